package org.bidbench.cli.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.cli.internal.CommandRun;
import org.bidbench.sales.core.audit.ActingUser;
import org.bidbench.sales.core.audit.AuditAction;
import org.bidbench.sales.core.audit.AuditEvent;
import org.bidbench.sales.core.audit.AuditFile;
import org.bidbench.sales.core.audit.ChainedAuditLog;
import org.bidbench.sales.core.audit.UserKeyStore;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

	@TempDir
	Path folder;
	private Path log;

	/** A demo workspace whose two users registered their keys through the command and then made five changes. */
	@BeforeEach
	void history() throws Exception {
		DemoWorkspaceFactory.write(folder.resolve("ws"), DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse("2026-10-15"));
		Files.writeString(folder.resolve("pw.txt"), "correct horse\n");
		for (String user : List.of("E001", "E002")) {
			CommandRun run = CommandRun.of(folder, "audit", "register-key", "--workspace", "ws", "--user", user, "--keystore", user + ".p12",
					"--password-file", "pw.txt");
			assertEquals(0, run.exitCode, run.toString());
			assertTrue(run.out.contains("made key") && run.out.contains("registered as audit entry"), run.out);
		}
		ActingUser sales = UserKeyStore.open(folder.resolve("E001.p12"), "correct horse".toCharArray()).user("E001");
		ActingUser finance = UserKeyStore.open(folder.resolve("E002.p12"), "correct horse".toCharArray()).user("E002");
		ChainedAuditLog bySales = ChainedAuditLog.forFolder(folder.resolve("ws"), sales);
		ChainedAuditLog byFinance = ChainedAuditLog.forFolder(folder.resolve("ws"), finance);
		bySales.append(AuditEvent.of(AuditAction.STAGE_CHANGE, "E001", "O0001", null).with("from", "Qualification").with("to", "Proposal"));
		byFinance.append(AuditEvent.of(AuditAction.APPROVAL, "E002", "O0001", "O0001-Q-r1").with("verdict", "APPROVED"));
		bySales.append(AuditEvent.of(AuditAction.QUOTE_RELEASE, "E001", "O0001", "O0001-Q-r1").with("total", "880000.00"));
		bySales.append(AuditEvent.of(AuditAction.STAGE_CHANGE, "E001", "O0002", null).with("to", "Negotiation"));
		byFinance.append(AuditEvent.of(AuditAction.MILESTONE_COLLECTION, "E002", "O0001", "Advance").with("amount", "264000.00"));
		log = AuditFile.in(folder.resolve("ws"));
	}

	@Test
	void verifyCountsAnIntactChainAndLogListsIt() throws Exception {
		CommandRun verify = CommandRun.of(folder, "audit", "verify", "--workspace", "ws", "--witness", "witness.properties");
		assertEquals(0, verify.exitCode, verify.toString());
		assertTrue(verify.out.startsWith("audit log intact: 7 entries"), verify.out);

		CommandRun list = CommandRun.of(folder, "audit", "log", "--workspace", "ws", "--opportunity", "O0001", "--json");
		assertEquals(0, list.exitCode, list.toString());
		assertEquals(4, list.out.split("\"sequence\"", -1).length - 1, list.out);
		assertTrue(list.out.contains("\"action\": \"quote-release\"") && list.out.contains("\"previousHash\""), list.out);
		CommandRun table = CommandRun.of(folder, "audit", "log", "--workspace", "ws");
		assertEquals(0, table.exitCode, table.toString());
		assertTrue(table.out.contains("key-registration") && table.out.contains("milestone-collection"), table.out);
		assertTrue(table.err.contains("7 entries"), table.err);
	}

	@Test
	void verifyNamesTheAlteredEntry() throws Exception {
		edit(lines -> lines.set(5, lines.get(5).replace("total=880000.00", "total=680000.00")));
		CommandRun verify = CommandRun.of(folder, "audit", "verify", "--workspace", "ws", "--no-witness");
		assertEquals(1, verify.exitCode, verify.toString());
		assertTrue(verify.err.contains("audit entry #5 at audit-log.txt line 6 was altered"), verify.err);
	}

	@Test
	void verifyNamesTheRemovedEntry() throws Exception {
		edit(lines -> lines.remove(4));
		CommandRun verify = CommandRun.of(folder, "audit", "verify", "--workspace", "ws", "--no-witness", "--json");
		assertEquals(1, verify.exitCode, verify.toString());
		assertTrue(verify.err.contains("audit entry #4 was removed"), verify.err);
		assertTrue(verify.out.contains("\"intact\": false") && verify.out.contains("\"kind\": \"removed\""), verify.out);
	}

	@Test
	void verifyNamesTheReorderedEntry() throws Exception {
		edit(lines -> lines.add(4, lines.remove(5)));
		CommandRun verify = CommandRun.of(folder, "audit", "verify", "--workspace", "ws", "--no-witness");
		assertEquals(1, verify.exitCode, verify.toString());
		assertTrue(verify.err.contains("audit entry #5 at audit-log.txt line 5 was reordered"), verify.err);
	}

	@Test
	void verifyRemembersWhatItSawAndNoticesEntriesCutOffTheEnd() throws Exception {
		assertEquals(0, CommandRun.of(folder, "audit", "verify", "--workspace", "ws", "--witness", "witness.properties").exitCode);
		edit(lines -> lines.remove(lines.size() - 1));
		CommandRun verify = CommandRun.of(folder, "audit", "verify", "--workspace", "ws", "--witness", "witness.properties");
		assertEquals(1, verify.exitCode, verify.toString());
		assertTrue(verify.err.contains("audit entry #7 was removed from the end"), verify.err);
	}

	@Test
	void registeringNeedsAnEmployeeOfTheWorkspaceAndTheKeyStoresPassword() throws Exception {
		CommandRun stranger = CommandRun.of(folder, "audit", "register-key", "--workspace", "ws", "--user", "E999", "--keystore", "E999.p12",
				"--password-file", "pw.txt");
		assertEquals(1, stranger.exitCode, stranger.toString());
		assertTrue(stranger.err.contains("no employee 'E999'"), stranger.err);
		Files.writeString(folder.resolve("wrong.txt"), "guess\n");
		CommandRun wrong = CommandRun.of(folder, "audit", "register-key", "--workspace", "ws", "--user", "E001", "--keystore", "E001.p12",
				"--password-file", "wrong.txt");
		assertEquals(1, wrong.exitCode, wrong.toString());
		assertTrue(wrong.err.contains("E001.p12"), wrong.err);
		CommandRun again = CommandRun.of(folder, "audit", "register-key", "--workspace", "ws", "--user", "E001", "--keystore", "E001.p12",
				"--password-file", "pw.txt");
		assertEquals(0, again.exitCode, again.toString());
		assertTrue(again.out.contains("already registered"), again.out);
	}

	private void edit(java.util.function.Consumer<List<String>> change) throws Exception {
		List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
		change.accept(lines);
		Files.write(log, lines, StandardCharsets.UTF_8);
	}
}
