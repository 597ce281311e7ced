package org.bidbench.cli.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.cli.internal.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code bench geometry}: figures under their stable names, on a shared sample, on one and two runtimes. */
class GeometryBenchCommandTest {

	static Path sample(String name) {
		Path p = Path.of(System.getProperty("bidbench.samples", "../shared/samples/ifc"), name);
		if (!Files.isRegularFile(p)) {
			String ci = System.getenv("CI");
			if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
				fail("sample " + p.toAbsolutePath() + " is absent but CI is set: the CI machine must provide ../shared/samples/ifc");
			}
			System.out.println("SKIPPED: sample " + p.toAbsolutePath() + " is absent; outside CI the test is skipped");
			assumeTrue(false);
		}
		return p;
	}

	@Test
	void jsonNamesEveryFigureAndTwoRuntimesCountWhatOneCounts() throws Exception {
		Path model = sample("Allplan-Smiley-West.ifc");
		JsonObject[] files = new JsonObject[2];
		for (int threads = 1; threads <= 2; threads++) {
			CommandRun run = CommandRun.of(model.getParent(), "bench", "geometry", model.toString(), "--threads", String.valueOf(threads),
					"--rounds", "1", "--json");
			assertEquals(0, run.exitCode, run::toString);
			JsonObject json = JsonParser.parseString(run.out).getAsJsonObject();
			assertEquals("geometry", json.get("benchmark").getAsString());
			assertEquals(threads, json.get("threads").getAsInt());
			double start = json.get("engine_start_s").getAsDouble();
			assertTrue(start >= 0 && start < 600, "engine_start_s " + start);
			JsonObject file = json.getAsJsonArray("files").get(0).getAsJsonObject();
			for (String field : new String[]{"file", "megabytes", "products", "meshed", "triangles", "threads", "open_s", "tessellate_s",
					"products_per_s", "triangles_per_s", "heap_mb"}) {
				assertTrue(file.has(field), field + " in " + file);
			}
			assertEquals("Allplan-Smiley-West.ifc", file.get("file").getAsString());
			assertEquals(4.08, file.get("megabytes").getAsDouble(), 0.01);
			assertTrue(file.get("products").getAsInt() > 0 && file.get("meshed").getAsInt() > 0, file.toString());
			assertTrue(file.get("triangles").getAsLong() > 0, file.toString());
			assertTrue(file.get("tessellate_s").getAsDouble() > 0, file.toString());
			assertTrue(file.get("products_per_s").getAsDouble() > 0 && file.get("triangles_per_s").getAsDouble() > 0, file.toString());
			// products / tessellate_s is what products_per_s says, to rounding.
			assertEquals(file.get("products").getAsInt() / file.get("tessellate_s").getAsDouble(), file.get("products_per_s").getAsDouble(),
					file.get("products_per_s").getAsDouble() * 0.01 + 1);
			assertTrue(file.get("heap_mb").getAsDouble() > 0, file.toString());
			files[threads - 1] = file;
		}
		assertEquals(files[0].get("products").getAsInt(), files[1].get("products").getAsInt(), "products at 1 and 2 threads");
		assertEquals(files[0].get("meshed").getAsInt(), files[1].get("meshed").getAsInt(), "meshed at 1 and 2 threads");
		assertEquals(files[0].get("triangles").getAsLong(), files[1].get("triangles").getAsLong(), "triangles at 1 and 2 threads");
	}

	@Test
	void badThreadCountsAndMissingFilesAreUsageErrors(@TempDir Path folder) throws Exception {
		CommandRun zero = CommandRun.of(folder, "bench", "geometry", "x.ifc", "--threads", "0");
		assertEquals(2, zero.exitCode, zero::toString);
		assertTrue(zero.err.contains("--threads"), zero.err);
		CommandRun missing = CommandRun.of(folder, "bench", "geometry", "no-such.ifc");
		assertEquals(2, missing.exitCode, missing::toString);
		assertTrue(missing.err.contains("no-such.ifc"), missing.err);
	}
}
