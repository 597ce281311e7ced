package org.bidbench.cli.internal.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.internal.CommandDescriptor;
import org.bidbench.cli.internal.CommandLine;
import org.bidbench.cli.internal.CommandRun;
import org.junit.jupiter.api.Test;

/**
 * The hostile inputs an attack on the command line found (issue "Every input hostile-proof"),
 * each kept as a regression test: every one ends with exit 0 and its output, or exit 1 / 2 and a
 * one-line message that says what and where, never a stack trace, a hang or a silent wrong number.
 */
class HostileInputTest {

	/** A rule pack around one rule's select and measure lines. */
	private static String pack(String selectAndMeasure) {
		return """
				pack: hostile
				name: Hostile
				version: 1.0.0
				rules:
				  - id: walls
				    item: {code: X-1, description: Walls, unit: m3}
				""" + selectAndMeasure;
	}

	private static Path house(Path folder) throws IOException {
		return CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
	}

	/** Exit 1 or 2 with one line on stderr (warnings aside) and no stack trace. */
	private static void assertOneLineRefusal(CommandRun run, int exit, String mustContain) {
		assertEquals(exit, run.exitCode, run.toString());
		List<String> lines = run.err.lines().filter(l -> !l.startsWith("warning:") && !l.startsWith("usage:") && !l.isBlank()
				&& !l.startsWith("  ")).toList();
		assertEquals(1, lines.size(), "one line says what went wrong:\n" + run.err);
		assertTrue(lines.get(0).contains(mustContain), "the message says '" + mustContain + "':\n" + run.err);
		assertFalse(run.err.contains("\tat ") || run.err.contains("Exception:") && run.err.contains("\n\tat"), "no stack trace: " + run.err);
	}

	@Test
	void aFormulaOf2000NestedParenthesesIsRefusedWithItsLine() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		house(folder);
		String formula = "(".repeat(2000) + "NetVolume" + ")".repeat(2000);
		Files.writeString(folder.resolve("deep.qto.yaml"), pack("""
				    select:
				      class: IfcWall
				    measure: formula
				    formula: %s
				""".formatted(formula)));
		CommandRun run = CommandRun.of(folder, "takeoff", "AC20-FZK-Haus.ifc", "--rules", "deep.qto.yaml", "--authored-only");
		assertOneLineRefusal(run, 1, "nested deeper than");
		assertTrue(run.err.contains("deep.qto.yaml:"), run.err);
	}

	@Test
	void aPackNestedThousandsOfLevelsIsRefused() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		house(folder);
		StringBuilder deep = new StringBuilder("pack: deep\nname: Deep\nversion: 1.0.0\nrules:\n");
		for (int level = 0; level < 3000; level++) {
			deep.append(" ".repeat(2 + level)).append("k").append(level).append(":\n");
		}
		Files.writeString(folder.resolve("nested.qto.yaml"), deep);
		CommandRun run = CommandRun.of(folder, "takeoff", "AC20-FZK-Haus.ifc", "--rules", "nested.qto.yaml", "--authored-only");
		assertEquals(1, run.exitCode, run.toString());
		assertTrue(run.err.contains("nested deeper than"), run.err);
		assertFalse(run.err.contains("\tat "), run.err);
	}

	@Test
	void aBacktrackingGlobEndsAndMatchesNothing() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		house(folder);
		Files.writeString(folder.resolve("glob.qto.yaml"), pack("""
				    select:
				      class: IfcWall
				      type-name: "*?*?*?*?*?*?*?*?*?*?*?*?Z"
				    measure: net-volume
				"""));
		CommandRun run = CommandRun.of(folder, "takeoff", "AC20-FZK-Haus.ifc", "--rules", "glob.qto.yaml", "--authored-only",
				"--out", "glob.json");
		assertEquals(0, run.exitCode, run.toString());
		assertTrue(Files.size(folder.resolve("glob.json")) > 0);
	}

	@Test
	void aConditionOf100000SpacesEndsWithItsLine() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		house(folder);
		Files.writeString(folder.resolve("spaces.qto.yaml"), pack("""
				    select:
				      class: IfcWall
				      where: ["Width%s"]
				    measure: net-volume
				""".formatted(" ".repeat(100_000))));
		CommandRun run = CommandRun.of(folder, "takeoff", "AC20-FZK-Haus.ifc", "--rules", "spaces.qto.yaml", "--authored-only");
		assertOneLineRefusal(run, 1, "spaces.qto.yaml:");
		assertTrue(run.err.length() < 2_000, "the condition is abbreviated in the message: " + run.err.length());
	}

	@Test
	void aZipBombIsStoppedByTheRatioLimit() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		Path bomb = folder.resolve("bomb.ifczip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.putNextEntry(new ZipEntry("bomb.ifc"));
			zip.write("ISO-10303-21;\nHEADER;\n".getBytes(StandardCharsets.US_ASCII));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 300; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		assertTrue(Files.size(bomb) < 2_000_000, "a small file: " + Files.size(bomb));
		CommandRun run = CommandRun.of(folder, "info", "bomb.ifczip");
		assertOneLineRefusal(run, 1, "times its packed size");
	}

	@Test
	void anIfcWhoseIdsAreBeyond2To31IsAnErrorNotAnEmptyQuote() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		String house = Files.readString(house(folder), StandardCharsets.ISO_8859_1);
		// Every instance name moved past 2^31: #12 -> #300000000012.
		String shifted = house.replaceAll("#(\\d+)", "#30000000$1");
		Files.writeString(folder.resolve("big-ids.ifc"), shifted, StandardCharsets.ISO_8859_1);
		CommandRun run = CommandRun.of(folder, "quote", "big-ids.ifc", "--out", "q.html");
		assertEquals(1, run.exitCode, run.toString());
		assertTrue(run.err.contains("instances could not be read"), run.err);
		assertFalse(Files.exists(folder.resolve("q.html")), "no quote of 0.00 written");
	}

	@Test
	void badRatesAreUsageErrorsNamingTheOption() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		house(folder);
		assertOneLineRefusal(CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--out", "q.pdf", "--discount", "150"), 2, "--discount");
		assertOneLineRefusal(CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--out", "q.pdf", "--tax", "1e999999999"), 2, "--tax");
		assertOneLineRefusal(CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--out", "q.pdf", "--tax", "-9"), 2, "--tax");
		assertFalse(Files.exists(folder.resolve("q.pdf")));
	}

	@Test
	void badCatalogsAreRefusedWithFileAndLine() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		house(folder);
		String header = "catalog,Hostile,CNY\n";
		String item = "GEN-020-010,Walls,m3,structure,";
		record Case(String name, byte[] content, String expected) {
		}
		List<Case> cases = List.of(
				new Case("binary.csv", new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3, 0x28}, "not a text file in UTF-8"),
				new Case("negative.csv", (header + item + "-100,,\n").getBytes(StandardCharsets.UTF_8), "is negative"),
				new Case("twice.csv", (header + item + "100,,200\n" + item + "100,,300\n").getBytes(StandardCharsets.UTF_8),
						"already on line 2"),
				new Case("currency.csv", "catalog,Hostile,XYZ\n".getBytes(StandardCharsets.UTF_8), "not an ISO 4217 currency"),
				new Case("margin.csv", (header + item + "100,100,\n").getBytes(StandardCharsets.UTF_8), "out of range"),
				new Case("exponent.csv", (header + item + "1e999999999,,\n").getBytes(StandardCharsets.UTF_8), "not a plain decimal"));
		for (Case c : cases) {
			Files.write(folder.resolve(c.name()), c.content());
			CommandRun run = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--prices", c.name(), "--out", "q.html");
			assertOneLineRefusal(run, 1, c.expected());
			assertTrue(run.err.contains(c.name()), "names the file: " + run.err);
		}
	}

	@Test
	void aCorruptProcessDefinitionStopsTheGateCommandsNamingTheFile() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		Path workspace = folder.resolve("ws");
		assertEquals(0, CommandRun.of(folder, "demo-workspace", "ws").exitCode);
		Path sales = Files.isDirectory(workspace.resolve("sales")) ? workspace.resolve("sales") : workspace;
		Path process = sales.resolve("process.xmi");
		Files.writeString(process, Files.readString(process).substring(0, 200));
		byte[] before = Files.readAllBytes(process);
		CommandRun run = CommandRun.of(folder, "gates", "--workspace", "ws");
		assertOneLineRefusal(run, 1, "process.xmi");
		assertFalse(run.out.contains("0 overdue"), run.out);
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(process)), "the damaged file is left as it was");
	}

	@Test
	void twoOpportunitiesWithOneIdAreBothCountedAndReported() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		assertEquals(0, CommandRun.of(folder, "demo-workspace", "ws").exitCode);
		Path sales = Files.isDirectory(folder.resolve("ws/sales")) ? folder.resolve("ws/sales") : folder.resolve("ws");
		CommandRun before = CommandRun.of(folder, "pipeline", "--workspace", "ws", "--json");
		assertEquals(0, before.exitCode, before.toString());
		// Copy one open opportunity's file under a new name and link it from the root, keeping its id.
		Path opportunities = sales.resolve("opportunities");
		Path original;
		try (Stream<Path> files = Files.list(opportunities)) {
			original = files.filter(f -> {
				try {
					return Files.readString(f).contains("status=\"open\"") || !Files.readString(f).contains("status=");
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).sorted().findFirst().orElseThrow();
		}
		String id = original.getFileName().toString().replace(".xmi", "");
		Files.copy(original, opportunities.resolve("copy-of-" + id + ".xmi"));
		Path root = sales.resolve("workspace.xmi");
		String xml = Files.readString(root);
		String link = "<opportunities href=\"opportunities/" + id + ".xmi#" + id + "\"/>";
		assertTrue(xml.contains(link), "the root links its parts like this: " + link);
		Files.writeString(root, xml.replace(link, link + "\n  <opportunities href=\"opportunities/copy-of-" + id + ".xmi#" + id + "\"/>"));
		CommandRun after = CommandRun.of(folder, "pipeline", "--workspace", "ws", "--json");
		assertEquals(0, after.exitCode, after.toString());
		assertTrue(after.err.contains("'" + id + "' is used twice") && after.err.contains("copy-of-" + id + ".xmi"), after.err);
		assertFalse(before.out.equals(after.out), "the copy is counted, not silently dropped");
	}

	@Test
	void aReportIsWrittenWithTheUsersUmaskAndNoPartFileRemains() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		house(folder);
		CommandRun run = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--out", "q.html");
		assertEquals(0, run.exitCode, run.toString());
		Path probe = Files.createFile(folder.resolve("probe"));
		assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)),
				PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("q.html"))),
				"the report has the permissions of any new file (the umask), not 0600");
		try (Stream<Path> files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no part file left");
		}
	}

	@Test
	void validateReportsPlacementCyclesAndSelfDecomposition() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		Files.writeString(folder.resolve("graph.ifc"), """
				ISO-10303-21;
				HEADER;
				FILE_DESCRIPTION(('ViewDefinition [CoordinationView]'),'2;1');
				FILE_NAME('graph.ifc','2026-12-04T00:00:00',(''),(''),'','','');
				FILE_SCHEMA(('IFC4'));
				ENDSEC;
				DATA;
				#1=IFCPROJECT('0YvctVUKr0kugbFTf53O9L',$,'P',$,$,$,$,$,$);
				#2=IFCCARTESIANPOINT((0.,0.,0.));
				#3=IFCAXIS2PLACEMENT3D(#2,$,$);
				#4=IFCLOCALPLACEMENT(#5,#3);
				#5=IFCLOCALPLACEMENT(#4,#3);
				#6=IFCBUILDING('1YvctVUKr0kugbFTf53O9L',$,'B',$,$,#4,$,$,$,$,$);
				#7=IFCRELAGGREGATES('2YvctVUKr0kugbFTf53O9L',$,$,$,#6,(#6));
				ENDSEC;
				END-ISO-10303-21;
				""");
		CommandRun run = CommandRun.of(folder, "validate", "graph.ifc");
		assertEquals(1, run.exitCode, run.toString());
		String all = run.out + run.err;
		assertTrue(all.contains("placed relative to itself"), all);
		assertTrue(all.contains("decomposes itself"), all);
	}

	@Test
	void aLargeIdrQuoteIsWrittenInWordsAsInFigures() throws Exception {
		Path folder = Files.createTempDirectory("hostile");
		house(folder);
		// Rupiah at prices that take the total beyond a trillion (万亿), where the words used to stop.
		StringBuilder catalog = new StringBuilder("catalog,Rupiah,IDR\n");
		for (String line : Files.readAllLines(Path.of(System.getProperty("bidbench.repo"),
				"bundles/org.bidbench.sales.core/catalogs/general-building.prices.csv"))) {
			String[] cells = line.split(",", -1);
			if (cells.length == 7 && !line.startsWith("#")) {
				catalog.append(String.join(",", cells[0], cells[1], cells[2], cells[3], "", "", "900000000000")).append('\n');
			}
		}
		Files.writeString(folder.resolve("idr.csv"), catalog);
		CommandRun run = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--prices", "idr.csv", "--out", "q.html");
		assertEquals(0, run.exitCode, run.toString());
		String html = Files.readString(folder.resolve("q.html"));
		assertTrue(html.contains("trillion") || html.contains("quadrillion"), "the amount in words goes past a trillion");
	}

	@Test
	void errorsEndWithExit1AndOneLineEvenWithoutDebug() {
		for (Error error : List.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"), new AssertionError("boom"))) {
			CommandDescriptor failing = new CommandDescriptor("failing", "fails", "failing FILE", "test", () -> (context, arguments) -> {
				throw error;
			});
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
			int code = new CommandLine(List.of(failing), "test").run(List.of("failing", "model.ifc"),
					new CommandContext(new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
							new java.io.PrintStream(err, true, StandardCharsets.UTF_8), Path.of("."), false));
			String message = err.toString(StandardCharsets.UTF_8);
			assertEquals(1, code, error + ": " + message);
			assertEquals(1, message.lines().count(), "one line: " + message);
			assertTrue(message.contains("'model.ifc'") || error instanceof AssertionError, message);
			if (error instanceof OutOfMemoryError) {
				assertTrue(message.contains("BIDBENCH_VMARGS=-Xmx"), "says how to give more heap: " + message);
			}
		}
	}
}
