package org.bidbench.cli.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bidbench.cli.internal.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench parse}: figures under their stable names, on the samples, on one and two threads. */
class ParseBenchCommandTest {

	@Test
	void jsonNamesEveryFigureForEachFileAndThreadCount(@TempDir Path folder) throws Exception {
		Path house = CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		Path small = Files.copy(house, folder.resolve("copy.ifc"));
		for (String threads : new String[]{"1", "2"}) {
			CommandRun run = CommandRun.of(house.getParent(), "bench", "parse", house.toString(), small.toString(), "--threads",
					threads, "--rounds", "1", "--json");
			assertEquals(0, run.exitCode, run::toString);
			for (String field : new String[]{"\"file\"", "\"mb\"", "\"instances\"", "\"threads\"", "\"index_mb_s\"", "\"open_mb_s\"",
					"\"heap_mb\"", "\"index_s\"", "\"open_s\"", "\"decode_s\"", "\"decode_mb_s\""}) {
				assertTrue(run.out.contains(field), field + " in " + run.out);
			}
			assertTrue(run.out.contains("\"threads\":" + threads) || run.out.contains("\"threads\": " + threads), run.out);
			// The same instance count as the reader reports elsewhere (AC20: 44,249 instances).
			Matcher instances = Pattern.compile("\"instances\"\\s*:\\s*(\\d+)").matcher(run.out);
			assertTrue(instances.find());
			assertEquals(44_249, Integer.parseInt(instances.group(1)), run.out);
		}
	}

	@Test
	void badThreadCountsAndMissingFilesAreUsageErrors(@TempDir Path folder) throws Exception {
		Path house = CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		CommandRun zero = CommandRun.of(house.getParent(), "bench", "parse", house.toString(), "--threads", "0");
		assertEquals(2, zero.exitCode, zero::toString);
		assertTrue(zero.err.contains("--threads"), zero.err);
		CommandRun missing = CommandRun.of(house.getParent(), "bench", "parse", "no-such.ifc");
		assertEquals(2, missing.exitCode, missing::toString);
		assertTrue(missing.err.contains("no-such.ifc"), missing.err);
	}
}
