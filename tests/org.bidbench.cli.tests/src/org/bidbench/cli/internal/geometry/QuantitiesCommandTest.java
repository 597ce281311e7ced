package org.bidbench.cli.internal.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.cli.internal.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quantities --threads N}: the same table, row for row, whatever the number of engine runtimes. */
class QuantitiesCommandTest {

	@Test
	void oneTwoAndThreeRuntimesWriteTheSameTable(@TempDir Path folder) throws Exception {
		Path house = CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		String[] tables = new String[3];
		for (int threads = 1; threads <= 3; threads++) {
			Path csv = folder.resolve("q" + threads + ".csv");
			CommandRun run = CommandRun.of(folder, "quantities", house.toString(), "--csv", csv.toString(), "--threads",
					String.valueOf(threads));
			assertEquals(0, run.exitCode, run::toString);
			tables[threads - 1] = Files.readString(csv);
		}
		assertTrue(tables[0].lines().count() > 100, "one row per product of the house:\n" + tables[0]);
		assertEquals(tables[0], tables[1], "2 runtimes");
		assertEquals(tables[0], tables[2], "3 runtimes");
	}

	@Test
	void aBadThreadCountIsAUsageError(@TempDir Path folder) throws Exception {
		Path house = CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		CommandRun run = CommandRun.of(folder, "quantities", house.toString(), "--csv", "-", "--threads", "many");
		assertEquals(2, run.exitCode, run::toString);
		assertTrue(run.err.contains("--threads"), run.err);
	}
}
