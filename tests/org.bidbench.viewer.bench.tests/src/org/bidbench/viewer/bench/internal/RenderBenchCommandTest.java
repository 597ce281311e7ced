package org.bidbench.viewer.bench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
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
		BenchRun.demoModel("AC20-FZK-Haus.ifc", dir);
		BenchRun run = BenchRun.of(dir, "bench", "render", "AC20-FZK-Haus.ifc", "--frames", "3");
		assertEquals(0, run.exitCode, run.toString());
		// 21842: the house's triangle count from web-ifc (issue 8); a change means the engine or the scene changed.
		assertTrue(Pattern.compile("(?m)^triangles: 21842\\b").matcher(run.out).find(), run.toString());
		assertTrue(Pattern.compile("(?m)^viewer draw calls: [1-9]\\d* per frame$").matcher(run.out).find(), run.toString());
		assertTrue(Pattern.compile("(?m)^viewer frames: 3 at 1280x720, median ").matcher(run.out).find(), run.toString());
	}

	/** {@code --json}: one JSON object on stdout with the figures under the names scripts rely on. */
	@Test
	void jsonGivesTheFiguresUnderStableNames(@TempDir Path dir) throws Exception {
		BenchRun.demoModel("AC20-FZK-Haus.ifc", dir);
		BenchRun run = BenchRun.of(dir, "bench", "render", "AC20-FZK-Haus.ifc", "--frames", "3", "--size", "320x200", "--baseline",
				"--json");
		assertEquals(0, run.exitCode, run.toString());
		com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(run.out).getAsJsonObject();
		assertEquals("render", json.get("benchmark").getAsString());
		assertEquals("AC20-FZK-Haus.ifc", json.get("model").getAsString());
		assertEquals(21842, json.get("triangles").getAsLong(), run.out);
		assertEquals(3, json.get("frames").getAsInt());
		assertEquals(320, json.get("width").getAsInt());
		for (String name : new String[]{"load_s", "first_frame_s", "median_ms", "p95_ms", "frames_per_s", "triangles_per_s",
				"heap_mb", "direct_buffers_mb", "viewer_baseline_ratio"}) {
			assertTrue(json.has(name) && json.get(name).getAsDouble() > 0, name + " in " + run.out);
		}
		assertTrue(json.get("draw_calls").getAsInt() >= 1, run.out);
		assertEquals(1, json.getAsJsonObject("baseline").get("draw_calls").getAsInt(), run.out);
		assertTrue(json.get("images").isJsonNull(), run.out);
		assertTrue(json.get("first_view_pixels_differing").getAsInt() < 640, "under 1 % of 64,000 pixels: " + run.out);
	}

	/**
	 * The house's windows and doors are mapped items: with instancing they are uploaded once, so the
	 * GPU holds less; {@code --no-instancing} copies them and reports none. The same triangles either way.
	 */
	@Test
	void instancingUploadsMappedGeometryOnceAndNoInstancingCopiesIt(@TempDir Path dir) throws Exception {
		BenchRun.demoModel("AC20-FZK-Haus.ifc", dir);
		com.google.gson.JsonObject on = json(BenchRun.of(dir, "bench", "render", "AC20-FZK-Haus.ifc", "--frames", "1",
				"--size", "320x200", "--baseline", "--json", "--instancing"));
		com.google.gson.JsonObject off = json(BenchRun.of(dir, "bench", "render", "AC20-FZK-Haus.ifc", "--frames", "1",
				"--size", "320x200", "--baseline", "--json", "--no-instancing"));
		assertTrue(on.get("instancing").getAsBoolean(), on.toString());
		assertTrue(on.get("instanced_geometries").getAsInt() > 0, on.toString());
		assertTrue(on.get("instances").getAsInt() >= 2 * on.get("instanced_geometries").getAsInt(), on.toString());
		assertEquals(false, off.get("instancing").getAsBoolean(), off.toString());
		assertEquals(0, off.get("instanced_geometries").getAsInt(), off.toString());
		assertEquals(0, off.get("instances").getAsInt(), off.toString());
		assertEquals(off.get("triangles").getAsLong(), on.get("triangles").getAsLong());
		assertTrue(on.get("gpu_mb").getAsDouble() > 0 && on.get("gpu_mb").getAsDouble() < off.get("gpu_mb").getAsDouble(),
				"instanced " + on.get("gpu_mb") + " MB, copied " + off.get("gpu_mb") + " MB");
		// a small model uploads in well under a millisecond, which rounds to 0: the figure is there and not negative
		assertTrue(on.get("upload_s").getAsDouble() >= 0 && off.get("upload_s").getAsDouble() >= 0, on + " " + off);
		// the baseline copies instanced geometry back out: it draws every triangle in one call either way
		assertEquals(1, on.getAsJsonObject("baseline").get("draw_calls").getAsInt(), on.toString());
	}

	private static com.google.gson.JsonObject json(BenchRun run) {
		assertEquals(0, run.exitCode, run.toString());
		return com.google.gson.JsonParser.parseString(run.out).getAsJsonObject();
	}

	@Test
	void theBaselineDrawsTheSameTrianglesInOneCall(@TempDir Path dir) throws Exception {
		BenchRun.demoModel("AC20-FZK-Haus.ifc", dir);
		BenchRun run = BenchRun.of(dir, "bench", "render", "AC20-FZK-Haus.ifc", "--frames", "2", "--size", "320x200",
				"--baseline");
		assertEquals(0, run.exitCode, run.toString());
		assertTrue(run.out.contains("baseline draw calls: 1 per frame"), run.toString());
		assertTrue(run.out.contains("viewer/baseline: "), run.toString());
	}

	/**
	 * The levels of detail on a real model seen whole: fewer triangles, and a picture that differs from
	 * full detail in a few hundred of its 921,600 pixels (499 when measured, issue 8), nowhere near 1%.
	 */
	@Test
	void coarserLevelsDrawFewerTrianglesAndLookTheSame(@TempDir Path dir) throws Exception {
		String samples = System.getProperty("bidbench.samples");
		Path mini = samples == null ? null : Path.of(samples, "ISSUE_021_Mini_Project.ifc");
		if ((mini == null || !Files.isRegularFile(mini)) && System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
			org.junit.jupiter.api.Assertions.fail("no shared sample at " + mini + " but CI is set: the CI machine must provide ../shared/samples/ifc");
		}
		Assumptions.assumeTrue(mini != null && Files.isRegularFile(mini), "skipped: no shared sample at " + mini);
		BenchRun run = BenchRun.of(dir, "bench", "render", mini.toString(), "--frames", "2", "--png", "view.png");
		assertEquals(0, run.exitCode, run.toString());
		Matcher triangles = Pattern.compile("(?m)^triangles: (\\d+) \\((\\d+) drawn in the first frame\\)$").matcher(run.out);
		assertTrue(triangles.find(), run.toString());
		long total = Long.parseLong(triangles.group(1)), drawn = Long.parseLong(triangles.group(2));
		assertTrue(drawn < total * 3 / 4, drawn + " of " + total + " triangles drawn");
		Matcher differ = Pattern.compile("(?m)^first view vs full detail: (\\d+) of 921600 pixels").matcher(run.out);
		assertTrue(differ.find(), run.toString());
		assertTrue(Integer.parseInt(differ.group(1)) < 9216, differ.group(1) + " pixels differ");
		assertTrue(Files.size(dir.resolve("view.png")) > 10_000 && Files.size(dir.resolve("view-full.png")) > 10_000,
				"both images are written");

		BenchRun full = BenchRun.of(dir, "bench", "render", mini.toString(), "--frames", "1", "--simplification", "0");
		assertTrue(full.out.contains("(" + total + " drawn in the first frame)"), "0 px draws everything: " + full);
		assertTrue(full.out.contains("first view vs full detail: 0 of 921600"), full.toString());
	}

	/**
	 * Every shared sample loads, batches with its levels of detail, and draws: the clustering meets
	 * every kind of mesh the samples have, and the whole-model view stays within 1 % of full detail.
	 */
	@Test
	void everySampleDrawsAndItsLevelsOfDetailStayCloseToFullDetail(@TempDir Path dir) throws Exception {
		String samples = System.getProperty("bidbench.samples");
		Path folder = samples == null ? null : Path.of(samples);
		if ((folder == null || !Files.isDirectory(folder)) && System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
			org.junit.jupiter.api.Assertions.fail("no shared samples at " + folder + " but CI is set: the CI machine must provide ../shared/samples/ifc");
		}
		Assumptions.assumeTrue(folder != null && Files.isDirectory(folder), "skipped: no shared samples at " + folder);
		java.util.List<Path> models;
		try (var files = Files.list(folder)) {
			models = files.filter(p -> p.getFileName().toString().endsWith(".ifc")).sorted().toList();
		}
		assertTrue(models.size() >= 10, "the shared samples: " + models);
		for (Path model : models) {
			BenchRun run = BenchRun.of(dir, "bench", "render", model.toString(), "--frames", "1", "--size", "400x300");
			assertEquals(0, run.exitCode, model.getFileName() + ": " + run);
			Matcher differ = Pattern.compile("(?m)^first view vs full detail: (\\d+) of 120000 pixels").matcher(run.out);
			assertTrue(differ.find(), run.toString());
			assertTrue(Integer.parseInt(differ.group(1)) < 1200, model.getFileName() + ": " + differ.group(1) + " pixels differ");
		}
	}

	@Test
	void helpListsBenchRenderAndShowsItsUsage(@TempDir Path dir) {
		BenchRun help = BenchRun.of(dir, "help");
		assertTrue(Pattern.compile("(?m)^  bench render +Time the 3D viewer offscreen").matcher(help.out).find(), help.toString());
		BenchRun usage = BenchRun.of(dir, "help", "bench", "render");
		assertEquals(0, usage.exitCode, usage.toString());
		assertTrue(usage.out.contains("usage: bidbench bench render MODEL.ifc [--frames N]"), usage.toString());
	}

	@Test
	void wrongArgumentsAreUsageErrors(@TempDir Path dir) {
		assertEquals(2, BenchRun.of(dir, "bench", "paint", "x.ifc").exitCode);
		assertEquals(2, BenchRun.of(dir, "bench", "render", "x.ifc", "--frames", "0").exitCode);
		assertEquals(2, BenchRun.of(dir, "bench", "render", "x.ifc", "--size", "1280").exitCode);
		assertEquals(2, BenchRun.of(dir, "bench", "render", "x.ifc", "--simplification", "-1").exitCode);
		assertEquals(2, BenchRun.of(dir, "bench", "render", "x.ifc", "--simplification", "much").exitCode);
		BenchRun missing = BenchRun.of(dir, "bench", "render", "missing.ifc");
		assertEquals(1, missing.exitCode, missing.toString());
		assertTrue(missing.err.startsWith("bidbench bench render: "), missing.toString());
	}
}
