package org.bidbench.viewer.bench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: runs {@code bench render --json} with and without instancing on the models named in
 * {@code BIDBENCH_RENDER_BENCH} (colon-separated paths) inside the test runtime and prints the JSON,
 * for docs/benchmarks.md without building the product. Skipped unless that variable is set; asserts
 * only that the command ran.
 */
class RenderBenchmarkRun {

	@Test
	void printsTheFiguresWithAndWithoutInstancing(@TempDir Path dir) {
		String models = System.getenv("BIDBENCH_RENDER_BENCH");
		Assumptions.assumeTrue(models != null && !models.isBlank(), "set BIDBENCH_RENDER_BENCH to run");
		for (String model : models.split(":")) {
			for (boolean instancing : new boolean[]{true, false}) {
				List<String> arguments = new ArrayList<>(List.of("bench", "render", model, "--frames", "30", "--baseline", "--json"));
				if (!instancing) {
					arguments.add("--no-instancing");
				} else {
					arguments.add("--instancing");
				}
				BenchRun run = BenchRun.of(dir, arguments.toArray(String[]::new));
				assertEquals(0, run.exitCode, run.toString());
				System.out.println("BENCHMARK render " + String.join(" ", arguments) + "\n" + run.out);
			}
		}
	}
}
