package org.bidbench.cli.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.cli.internal.CommandRun;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.junit.jupiter.api.Test;

class DemoWorkspaceCommandTest {

	@Test
	void createsSalesDataAndModelsThatLoad() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-demo").resolve("ws");
		CommandRun run = CommandRun.of(Path.of("."), "demo-workspace", folder.toString());
		assertEquals(0, run.exitCode, run.toString());
		assertTrue(run.out.contains("3 sample models"), run.out);
		assertTrue(Files.exists(folder.resolve(DemoWorkspaceCommand.MARKER)));
		assertTrue(Files.size(folder.resolve("models/AC20-FZK-Haus.ifc")) > 2_000_000);
		assertTrue(Files.exists(folder.resolve("models/NOTICE")), "attribution travels with the models");

		SalesWorkspaceFolder sales = SalesWorkspaceFolder.load(folder.resolve("sales"));
		assertTrue(sales.problems().isEmpty(), sales.problems().toString());
		assertFalse(sales.workspace().getCustomers().isEmpty(), "the demo has customers");

		// The house is priced into a quote whose lines keep the GlobalIds and the model's SHA-256.
		String sha256 = java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(folder.resolve("models/AC20-FZK-Haus.ifc"))));
		var quotes = sales.workspace().getOpportunities().stream().flatMap(o -> o.getQuotes().stream())
				.filter(q -> q.getLines().stream().anyMatch(l -> sha256.equals(l.getModelSha256()))).toList();
		assertEquals(1, quotes.size(), "one demo quote priced from the sample house");
		assertTrue(quotes.get(0).getLines().stream().allMatch(l -> !l.getGlobalIds().isEmpty()), "every line covers model elements");
		Path pdf = folder.resolve("quotes").resolve(quotes.get(0).getId() + ".pdf");
		assertTrue(Files.size(pdf) > 10_000, "the client quote PDF is written");
	}

	@Test
	void neverWritesIntoAFolderThatHoldsSomething() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-demo");
		Path mine = folder.resolve("my-quote.xlsx");
		Files.writeString(mine, "precious");
		CommandRun run = CommandRun.of(Path.of("."), "demo-workspace", folder.toString());
		assertEquals(1, run.exitCode, run.toString());
		assertTrue(run.err.contains("not empty"), run.err);
		assertEquals("precious", Files.readString(mine));
		try (var entries = Files.list(folder)) {
			assertEquals(1, entries.count(), "nothing was added");
		}
	}
}
