package org.bidbench.cli.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bidbench.cli.internal.CommandRun;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportSignCommandTest {

	@TempDir
	Path folder;

	private void demo() throws Exception {
		DemoWorkspaceFactory.write(folder.resolve("ws"), DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse("2026-10-15"));
	}

	@Test
	void aBadRowImportsNothingUntilTheGoodRowsAreAskedFor() throws Exception {
		demo();
		CommandRun customers = CommandRun.of(folder, "export", "customers", "--workspace", "ws", "--out", "customers.csv");
		assertEquals(0, customers.exitCode, customers.toString());
		String customer = Files.readAllLines(folder.resolve("customers.csv")).get(1).split(",")[0];
		Files.writeString(folder.resolve("new.csv"), """
				name,customer,stage,amount,probability
				Pump house,%1$s,Quote,100000,40
				Valve chamber,%1$s,Quote,one hundred,40
				Control room,%1$s,Bid,75000,50
				""".formatted(customer), StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(folder.resolve("ws/workspace.xmi"));

		CommandRun dry = CommandRun.of(folder, "import", "opportunities", "new.csv", "--workspace", "ws", "--dry-run", "--good-rows");
		assertEquals(0, dry.exitCode, dry.toString());
		assertTrue(dry.out.contains("row 2: create opportunity 'Pump house'") && dry.out.contains("row 4: create opportunity 'Control room'"),
				dry.out);
		assertTrue(dry.err.contains("row 3, column 'amount'"), dry.err);

		CommandRun refused = CommandRun.of(folder, "import", "opportunities", "new.csv", "--workspace", "ws");
		assertEquals(1, refused.exitCode, refused.toString());
		assertTrue(refused.err.contains("1 bad row(s) (3)") && refused.err.contains("nothing was imported"), refused.err);
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve("ws/workspace.xmi"))), "nothing written");

		CommandRun good = CommandRun.of(folder, "import", "opportunities", "new.csv", "--workspace", "ws", "--good-rows");
		assertEquals(0, good.exitCode, good.toString());
		assertTrue(good.out.contains("2 created, 0 updated; bad rows left out: 3"), good.out);
		CommandRun export = CommandRun.of(folder, "export", "opportunities", "--workspace", "ws", "--out", "opportunities.xlsx");
		assertEquals(0, export.exitCode, export.toString());
		CommandRun again = CommandRun.of(folder, "import", "opportunities", "opportunities.xlsx", "--workspace", "ws", "--dry-run");
		assertEquals(0, again.exitCode, again.toString());
		assertTrue(again.out.contains("0 to create") && !again.out.contains(": create "), "the round trip matches every record: " + again.out);
	}

	@Test
	void theSalesforceExampleImportsThroughTheCommand() throws Exception {
		demo();
		Path mappings = folder.resolve("mappings");
		Files.createDirectories(mappings.resolve("samples"));
		for (String entry : List.of("salesforce-accounts.yaml", "samples/salesforce-accounts.csv")) {
			try (var in = org.eclipse.core.runtime.Platform.getBundle("org.bidbench.sales.exchange").getEntry("mappings/" + entry).openStream()) {
				Files.copy(in, mappings.resolve(entry));
			}
		}
		CommandRun run = CommandRun.of(folder, "import", "customers", "mappings/samples/salesforce-accounts.csv", "--workspace", "ws", "--mapping",
				"mappings/salesforce-accounts.yaml");
		assertEquals(0, run.exitCode, run.toString());
		assertTrue(run.out.contains("imported customers from salesforce-accounts.csv"), run.out);
	}

	@Test
	void aSignedQuoteAndContractVerifyAndAChangedByteFails() throws Exception {
		Path keystore = folder.resolve("firm.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "firm",
				"-keyalg", "RSA", "-keysize", "2048", "-validity", "365", "-dname", "CN=Li Na (Sales Director), O=BidBench Test Engineering",
				"-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "firm-pw", "-keypass", "firm-pw").redirectErrorStream(true)
				.start();
		keytool.getInputStream().readAllBytes();
		assertTrue(keytool.waitFor(2, TimeUnit.MINUTES) && keytool.exitValue() == 0, "keytool made the test key store");
		CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);

		CommandRun wrong = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--out", "quote.pdf", "--sign", "firm.p12", "--sign-password", "nope");
		assertEquals(1, wrong.exitCode, wrong.toString());
		assertFalse(Files.exists(folder.resolve("quote.pdf")), "no unsigned quote is left behind");

		CommandRun quote = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--out", "quote.pdf", "--sign", "firm.p12", "--sign-password", "firm-pw");
		assertEquals(0, quote.exitCode, quote.toString());
		CommandRun verify = CommandRun.of(folder, "sign", "quote.pdf", "--verify");
		assertEquals(0, verify.exitCode, verify.toString());
		assertTrue(verify.out.contains("signed by Li Na (Sales Director)") && verify.out.contains("valid, unchanged since"), verify.out);
		String poppler = pdfsig(folder.resolve("quote.pdf"));
		assertTrue(poppler.contains("Signature is Valid"), poppler);

		// Any PDF stands in for a contract: the unsigned client quote.
		assertEquals(0, CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--out", "contract.pdf").exitCode);
		CommandRun contract = CommandRun.of(folder, "sign", "contract.pdf", "--keystore", "firm.p12", "--sign-password", "firm-pw", "--out",
				"contract-signed.pdf", "--reason", "Contract signed");
		assertEquals(0, contract.exitCode, contract.toString());
		byte[] bytes = Files.readAllBytes(folder.resolve("contract-signed.pdf"));
		bytes[bytes.length / 3] ^= 0x01; // one bit of the first signed range
		Files.write(folder.resolve("contract-signed.pdf"), bytes);
		CommandRun broken = CommandRun.of(folder, "sign", "contract-signed.pdf", "--verify");
		assertEquals(1, broken.exitCode, broken.toString());
		assertTrue(broken.out.contains("NOT valid") || broken.err.contains("not a readable PDF"), broken.toString());
		String changed = pdfsig(folder.resolve("contract-signed.pdf"));
		assertFalse(changed.contains("Signature is Valid"), changed);
	}

	private static String pdfsig(Path pdf) throws Exception {
		Process process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(1, TimeUnit.MINUTES));
		return output;
	}
}
