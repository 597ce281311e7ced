package org.bidbench.cli.internal.ifc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.bidbench.cli.internal.CommandRun;
import org.junit.jupiter.api.Test;

class InfoCommandTest {

	@Test
	void describesTheSampleHouse() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-info");
		CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		CommandRun run = CommandRun.of(folder, "info", "AC20-FZK-Haus.ifc", "--json");
		assertEquals(0, run.exitCode, run.toString());
		// Expected counts taken independently with: grep -cE "^#[0-9]+= ?IFCSLAB\(" AC20-FZK-Haus.ifc (13 and 4)
		assertTrue(run.out.contains("\"schema\": \"IFC4\""), run.out);
		assertTrue(run.out.contains("\"entities\": 44249"), run.out);
		assertTrue(run.out.contains("\"IfcWallStandardCase\": 13"), run.out);
		assertTrue(run.out.contains("\"IfcSlab\": 4"), run.out);
		assertTrue(run.out.contains("\"Erdgeschoss\": 40") && run.out.contains("\"Dachgeschoss\": 59"), run.out);
		assertTrue(run.out.contains("\"problems\": []"), run.out);

		CommandRun text = CommandRun.of(folder, "info", "AC20-FZK-Haus.ifc");
		assertEquals(0, text.exitCode, text.toString());
		assertTrue(text.out.startsWith("AC20-FZK-Haus.ifc: IFC4, 44,249 entities"), text.out);
	}

	@Test
	void aFileThatIsNotIfcExitsOneWithTheReason() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-info");
		Files.writeString(folder.resolve("notes.ifc"), "these are meeting notes, not a model\n");
		CommandRun run = CommandRun.of(folder, "info", "notes.ifc");
		assertEquals(1, run.exitCode, run.toString());
		assertEquals("", run.out);
		assertEquals(1, run.err.strip().lines().count(), run.err);
		assertTrue(run.err.contains("notes.ifc") && run.err.contains("ISO-10303-21"), run.err);

		CommandRun missing = CommandRun.of(folder, "info", "absent.ifc");
		assertEquals(1, missing.exitCode);
		assertTrue(missing.err.contains("no such file"), missing.err);
	}

	@Test
	void aTruncatedModelStillOpensAndListsItsProblems() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-info");
		Path model = CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		byte[] bytes = Files.readAllBytes(model);
		Files.write(folder.resolve("cut.ifc"), Arrays.copyOf(bytes, bytes.length / 2));
		CommandRun run = CommandRun.of(folder, "info", "cut.ifc", "--json");
		assertEquals(0, run.exitCode, run.toString());
		assertTrue(!run.out.contains("\"problems\": []"), "a model cut in half has problems:\n" + run.out);
	}

	@Test
	void usageErrorsExitTwo() {
		assertEquals(2, CommandRun.of(Path.of("."), "info").exitCode);
		assertEquals(2, CommandRun.of(Path.of("."), "info", "a.ifc", "--xml").exitCode);
	}
}
