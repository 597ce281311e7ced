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
	void theSameSeedAndDateGiveByteIdenticalFiles() throws Exception {
		Path root = Files.createTempDirectory("bidbench-demo-twice");
		Path first = root.resolve("first");
		Path second = root.resolve("second");
		for (Path folder : java.util.List.of(first, second)) {
			CommandRun run = CommandRun.of(Path.of("."), "demo-workspace", folder.toString(), "--seed", "7", "--date", "2026-03-02");
			assertEquals(0, run.exitCode, run.toString());
		}
		java.util.List<Path> files;
		try (var walk = Files.walk(first)) {
			files = walk.filter(Files::isRegularFile).map(first::relativize).sorted().toList();
		}
		try (var walk = Files.walk(second)) {
			assertEquals(files, walk.filter(Files::isRegularFile).map(second::relativize).sorted().toList(), "the same files");
		}
		assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".pdf")), "the rendered quote is among them: " + files);
		for (Path file : files) {
			byte[] a = Files.readAllBytes(first.resolve(file));
			byte[] b = Files.readAllBytes(second.resolve(file));
			int at = java.util.Arrays.mismatch(a, b);
			assertEquals(-1, at, () -> file + " differs at byte " + at + ": '" + around(a, at) + "' vs '" + around(b, at) + "'");
		}
		// The PDF still reads as a PDF, dated at the demo's reference time, with a content-derived id.
		Path pdf = files.stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().map(first::resolve).orElseThrow();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
			assertTrue(document.getNumberOfPages() > 0);
			assertEquals(org.bidbench.sales.core.demo.DemoWorkspaceFactory.referenceTime(java.time.LocalDate.parse("2026-03-02")),
					document.getDocumentInformation().getCreationDate().toInstant(), "the creation date is the demo's");
			var id = (org.apache.pdfbox.cos.COSArray) document.getDocument().getTrailer().getDictionaryObject(org.apache.pdfbox.cos.COSName.ID);
			assertFalse(java.util.Arrays.equals(new byte[16], ((org.apache.pdfbox.cos.COSString) id.getObject(0)).getBytes()), "the id is set");
		}
		// A different date gives a different quote file: the stamp follows --date.
		Path third = root.resolve("third");
		assertEquals(0, CommandRun.of(Path.of("."), "demo-workspace", third.toString(), "--seed", "7", "--date", "2026-03-03").exitCode);
		try (var quotes = Files.list(third.resolve("quotes"))) {
			Path other = quotes.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
			assertFalse(java.util.Arrays.equals(Files.readAllBytes(pdf), Files.readAllBytes(other)), "another date, another stamp");
		}
	}

	private static String around(byte[] bytes, int at) {
		int from = Math.max(0, at - 40);
		return new String(bytes, from, Math.min(bytes.length, at + 40) - from, java.nio.charset.StandardCharsets.ISO_8859_1)
				.replaceAll("[^\\x20-\\x7e]", ".");
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
