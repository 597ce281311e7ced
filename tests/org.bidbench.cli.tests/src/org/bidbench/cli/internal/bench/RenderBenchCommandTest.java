package org.bidbench.cli.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.bidbench.cli.internal.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench render} as the launcher runs it, on the committed sample house. Frame times depend on
 * the machine, so only what the model fixes is checked: its triangles and that draw calls are named.
 * Needs an X display: the build runs the tests under xvfb-run.
 */
class RenderBenchCommandTest {

	@Test
	void rendersTheHouseAndNamesItsTrianglesAndDrawCalls(@TempDir Path dir) throws Exception {
		CommandRun.demoModel("AC20-FZK-Haus.ifc", dir);
		CommandRun run = CommandRun.of(dir, "bench", "render", "AC20-FZK-Haus.ifc", "--frames", "3");
		assertEquals(0, run.exitCode, run.toString());
		// 21842: the house's triangle count from web-ifc (issue 8); a change means the engine or the scene changed.
		assertTrue(Pattern.compile("(?m)^triangles: 21842\\b").matcher(run.out).find(), run.toString());
		assertTrue(Pattern.compile("(?m)^viewer draw calls: [1-9]\\d* per frame$").matcher(run.out).find(), run.toString());
		assertTrue(Pattern.compile("(?m)^viewer frames: 3 at 1280x720, median ").matcher(run.out).find(), run.toString());
	}

	@Test
	void theBaselineDrawsTheSameTrianglesInOneCall(@TempDir Path dir) throws Exception {
		CommandRun.demoModel("AC20-FZK-Haus.ifc", dir);
		CommandRun run = CommandRun.of(dir, "bench", "render", "AC20-FZK-Haus.ifc", "--frames", "2", "--size", "320x200",
				"--baseline");
		assertEquals(0, run.exitCode, run.toString());
		assertTrue(run.out.contains("baseline draw calls: 1 per frame"), run.toString());
		assertTrue(run.out.contains("viewer/baseline: "), run.toString());
	}

	@Test
	void wrongArgumentsAreUsageErrors(@TempDir Path dir) {
		assertEquals(2, CommandRun.of(dir, "bench", "paint", "x.ifc").exitCode);
		assertEquals(2, CommandRun.of(dir, "bench", "render", "x.ifc", "--frames", "0").exitCode);
		assertEquals(2, CommandRun.of(dir, "bench", "render", "x.ifc", "--size", "1280").exitCode);
		CommandRun missing = CommandRun.of(dir, "bench", "render", "missing.ifc");
		assertEquals(1, missing.exitCode, missing.toString());
	}
}
