package org.bidbench.viewer.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometryOptions;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ModelImporters;
import org.bidbench.jogl.JoglRuntime;
import org.bidbench.viewer.Camera;
import org.bidbench.viewer.FrameStatistics;
import org.bidbench.viewer.OffscreenRenderer;
import org.bidbench.viewer.OrbitBenchmark;
import org.bidbench.viewer.RgbImage;
import org.bidbench.viewer.Scene;

import com.jogamp.opengl.GLException;

/**
 * {@code bench render MODEL.ifc [--frames N] [--size WxH] [--simplification PX] [--moving-simplification PX] [--moving-scale F] [--moving-rounds N] [--no-occlusion] [--png FILE] [--baseline] [--instancing|--no-instancing] [--json]}:
 * loads a model the way the viewer does (IFC model, default geometry engine, {@link Scene}), uploads
 * it once and times an orbit of offscreen frames. With {@code --baseline} the same triangles are then
 * drawn as one buffer with one draw call, and the ratio says what the viewer's batching and culling
 * cost or save.
 *
 * <p>The viewer draws distant detail at coarser levels (at most {@code --simplification} pixels off,
 * default 1; 0 for full detail). So that this saving is never taken on trust, the command also draws
 * the first view at full detail and prints how many pixels differ, and {@code --png} writes both.
 *
 * <p>Geometry the model places several times (mapped items: windows, doors, furniture) is uploaded
 * once and drawn instanced; {@code --no-instancing} copies it into the batches like the rest, to
 * compare GPU memory ({@code gpu_mb}), upload time ({@code upload_s}) and frame times.
 *
 * <p>Figures go to stdout, one {@code name: value} per line, or with {@code --json} as one JSON object
 * whose names stay stable for scripts ({@code load_s}, {@code first_frame_s}, {@code median_ms},
 * {@code p95_ms}, {@code frames_per_s}, ...; see {@link #figures}); progress goes to stderr.
 *
 * <p>Contributed as the two-word command {@code bench render} by this bundle rather than by the command
 * line's own bundle, which must stay free of SWT and JOGL so that the core feature runs alone; the
 * arguments it receives are those after {@code render}.
 */
public class RenderBenchCommand implements CliCommand {

	private static final String USAGE = "bench render MODEL.ifc [--frames N] [--size WxH] [--simplification PX]"
			+ " [--moving-simplification PX] [--moving-scale F] [--moving-rounds N] [--no-occlusion] [--instancing|--no-instancing] [--png FILE] [--baseline] [--json]";

	/** Generous: a benchmark should time the whole model, not give up on a slow boolean. */
	private static final Duration ELEMENT_BUDGET = Duration.ofSeconds(60);

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments,
				Set.of("--frames", "--size", "--png", "--simplification", "--moving-simplification", "--moving-scale", "--moving-rounds"),
				Set.of("--baseline", "--json", "--no-occlusion", "--no-instancing", "--instancing"));
		List<String> files = options.positional();
		if (files.size() > 1) {
			throw new UsageException("one model file only; got " + files.get(0) + " and " + files.get(1));
		}
		Path file = files.isEmpty() ? null : context.resolve(files.get(0));
		int frames = options.positive("--frames", 30);
		int width = 1280, height = 720;
		String size = options.value("--size");
		if (size != null) {
			String[] parts = size.split("x", -1);
			if (parts.length != 2) {
				throw new UsageException("--size takes WIDTHxHEIGHT such as 1280x720, not '" + size + "'");
			}
			width = CommandOptions.positive("--size", parts[0]);
			height = CommandOptions.positive("--size", parts[1]);
		}
		boolean baseline = options.flag("--baseline");
		Path png = options.value("--png") == null ? null : context.resolve(options.value("--png"));
		float simplification = pixels(options, "--simplification", 1f);
		float movingSimplification = pixels(options, "--moving-simplification", 6f);
		boolean occlusion = !options.flag("--no-occlusion");
		float movingScale = share(options, "--moving-scale", OffscreenRenderer.MOVING_SCALE);
		int movingRounds = options.value("--moving-rounds") == null ? 0 : options.positive("--moving-rounds", 0);
		if (file == null) {
			throw new UsageException("missing the IFC file: " + USAGE);
		}
		if (!Files.isRegularFile(file)) {
			throw new CommandException(file + ": no such file; give the path of an .ifc or .ifczip file");
		}
		String display = System.getenv("DISPLAY");
		if (display == null || display.isBlank()) {
			// Checked before loading: a large model takes minutes to tessellate, and would then fail anyway.
			throw new CommandException("bench render needs an X display for OpenGL and DISPLAY is not set;"
					+ " run under xvfb-run (xvfb-run -a bidbench bench render ...)");
		}

		Scene scene = new Scene();
		// off by default until instanced copies get levels of detail; --no-instancing states it explicitly
		boolean instancing = options.flag("--instancing") && !options.flag("--no-instancing");
		scene.setInstancing(instancing);
		double[] streamed = {Double.NaN, 0};
		long loadStart;
		// The workbench starts the engine in the background at launch (EngineWarmUp), so the model a user
		// opens does not wait for it: so here, before the clock starts, and timed on its own.
		long engineStart = System.nanoTime();
		GeometryEngine engine;
		try {
			engine = GeometryEngines.getDefault();
			engine.warmUp(new GeometryOptions(ELEMENT_BUDGET, null));
		} catch (GeometryException e) {
			throw new CommandException(e.getMessage(), e);
		}
		double engineStartSeconds = (System.nanoTime() - engineStart) / 1e9;
		LoadStages stages = new LoadStages();
		try {
			JoglRuntime.initialise();
			// The viewer's window is open before the model is: its context is made before the clock starts.
			try (OffscreenRenderer streaming = new OffscreenRenderer(scene, width, height)) {
				int w = width, h = height;
				loadStart = System.nanoTime();
				long start = loadStart;
				stages.start = start;
				load(context, file, engine, scene, stages, () -> {
					// the first frame on screen while the rest streams in: what has been published so far
					Camera camera = OrbitBenchmark.startCamera(scene, w, h);
					FrameStatistics s = streaming.draw(camera);
					streamed[0] = (System.nanoTime() - start) / 1e9;
					streamed[1] = s.trianglesDrawn();
					if (png != null) {
						// After the clock: that frame as a picture, to look at (NAME-streamed-first.png)
						try {
							streaming.render(camera).writePng(sibling(png, "-streamed-first.png"));
						} catch (IOException e) {
							context.err().println("warning: cannot write the streamed first frame beside " + png + " ("
									+ e.getMessage() + ")");
						}
					}
				});
			}
		} catch (GLException e) {
			throw new CommandException("no OpenGL 3.3 core context on display " + display + " (" + e.getMessage()
					+ "); run under xvfb-run with Mesa installed (apt install xvfb libgl1-mesa-dri)", e);
		}
		double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

		PrintStream out = context.out();
		boolean json = options.flag("--json");
		Map<String, Object> figures = new LinkedHashMap<>();
		long firstStart = System.nanoTime();
		try {
			try (OffscreenRenderer renderer = new OffscreenRenderer(scene, width, height)) {
				renderer.renderer().setSimplification(simplification);
				renderer.renderer().setMovingSimplification(movingSimplification);
				renderer.renderer().setOcclusionCulling(occlusion);
				renderer.setMovingScale(movingScale);
				Camera camera = OrbitBenchmark.startCamera(scene, width, height);
				// The first frame uploads the scene: what a user waits for after the model has loaded.
				FrameStatistics first = renderer.draw(camera);
				double firstSeconds = (System.nanoTime() - firstStart) / 1e9;
				OrbitBenchmark.Result viewer = OrbitBenchmark.orbit(renderer, camera, frames, false);
				// Progressive rendering as the viewer does it while the user orbits: coarse, occlusion answers a
				// frame old; then the one still frame when the camera stops.
				Camera movingCamera = OrbitBenchmark.startCamera(scene, width, height);
				renderer.renderer().setMoving(true);
				OrbitBenchmark.Result moving = OrbitBenchmark.orbit(renderer, movingCamera, frames, false);
				// With --moving-rounds: the moving orbit at full size (as before reduced moving frames) and at
				// the moving scale, alternating, on the same load: a comparison in the same minutes of a shared machine.
				List<Map<String, Object>> rounds = new java.util.ArrayList<>();
				for (int round = 0; round < movingRounds; round++) {
					for (float scale : new float[]{1f, movingScale}) {
						renderer.setMovingScale(scale);
						Map<String, Object> m = orbitFigures(
								OrbitBenchmark.orbit(renderer, OrbitBenchmark.startCamera(scene, width, height), frames, false));
						m.put("round", round + 1);
						m.put("moving_scale", (double) scale);
						rounds.add(m);
					}
				}
				renderer.setMovingScale(movingScale);
				renderer.renderer().setMoving(false);
				long stillStart = System.nanoTime();
				renderer.draw(movingCamera);
				double stillMillis = (System.nanoTime() - stillStart) / 1e6;
				figures.put("benchmark", "render");
				figures.put("model", file.getFileName().toString());
				figures.put("elements", scene.elementCount());
				figures.put("batches", scene.batchCount());
				figures.put("load_s", round(loadSeconds));
				figures.put("first_frame_s", round(firstSeconds));
				figures.put("streamed_first_frame_s", Double.isNaN(streamed[0]) ? null : round(streamed[0]));
				figures.put("streamed_first_frame_triangles", (long) streamed[1]);
				// Where the time before the first frame goes: since the clock started, when each stage ended.
				figures.put("engine_start_s", round(engineStartSeconds));
				figures.put("streamed_ifc_open_s", stages.seconds(stages.ifcOpened));
				figures.put("streamed_geometry_open_s", stages.seconds(stages.geometryOpened));
				figures.put("streamed_first_product_s", stages.seconds(stages.firstProduct));
				figures.put("triangles", scene.triangleCount());
				figures.put("first_frame_triangles", first.trianglesDrawn());
				figures.put("simplification_px", (double) simplification);
				figures.put("first_frame_elements_coarser", first.elementsSimplified());
				figures.put("first_frame_elements_culled", first.elementsCulled());
				figures.put("occlusion", occlusion);
				figures.put("moving_simplification_px", (double) movingSimplification);
				figures.put("moving_scale", (double) movingScale);
				figures.put("instancing", instancing);
				figures.put("instanced_geometries", scene.instancedGeometryCount());
				figures.put("instances", scene.instanceCount());
				figures.put("gpu_mb", round(renderer.renderer().gpuBytes() / (1024.0 * 1024.0)));
				figures.put("upload_s", round(renderer.renderer().uploadSeconds()));
				figures.put("width", width);
				figures.put("height", height);
				figures.putAll(orbitFigures(viewer));
				figures.put("moving", orbitFigures(moving));
				figures.put("still_frame_ms", round(stillMillis));
				if (movingRounds > 0) {
					figures.put("moving_rounds", rounds);
				}
				FirstView view = firstView(renderer, scene, width, height, simplification);
				int differ = view.pixelsDiffering();
				figures.put("first_view_pixels_differing", differ);
				figures.put("first_view_differing_percent", round(100.0 * differ / (width * height)));
				int coarseDiffer = view.full().countDifferentFrom(view.coarse(), 24);
				figures.put("coarse_pixels_differing", coarseDiffer);
				figures.put("coarse_diff_percent", round(100.0 * coarseDiffer / (width * height)));
				int movingDiffer = view.full().countDifferentFrom(view.movingFrame(), 24);
				figures.put("moving_frame_pixels_differing", movingDiffer);
				figures.put("moving_frame_diff_percent", round(100.0 * movingDiffer / (width * height)));
				figures.put("first_view_elements_occluded", view.occluded());
				figures.put("images", png == null ? null : writeImages(view, png));
				figures.put("heap_mb", heapUsedAfterGc() >> 20);
				// The scene's batches live in direct buffers, outside the heap: without this figure the heap
				// would hide most of what a model costs. Measured before the baseline makes a copy.
				figures.put("direct_buffers_mb", directBytes() >> 20);
				if (baseline) {
					Camera baseCamera = OrbitBenchmark.startCamera(scene, width, height);
					renderer.drawBaseline(baseCamera); // uploads the single buffer, not timed
					OrbitBenchmark.Result base = OrbitBenchmark.orbit(renderer, baseCamera, frames, true);
					figures.put("baseline", orbitFigures(base));
					figures.put("viewer_baseline_ratio", round(viewer.medianMillis() / base.medianMillis()));
				}
			}
		} catch (GLException e) {
			throw new CommandException("no OpenGL 3.3 core context on display " + display + " (" + e.getMessage()
					+ "); run under xvfb-run with Mesa installed (apt install xvfb libgl1-mesa-dri)", e);
		}
		if (json) {
			out.print(JsonWriter.write(figures));
		} else {
			printText(out, figures);
		}
		return 0;
	}

	/** An orbit's figures under the names {@code --json} gives them. */
	private static Map<String, Object> orbitFigures(OrbitBenchmark.Result r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("frames", r.frames());
		m.put("median_ms", round(r.medianMillis()));
		m.put("p95_ms", round(r.p95Millis()));
		m.put("frames_per_s", round(r.framesPerSecond()));
		m.put("triangles_per_s", round(r.trianglesPerSecond()));
		m.put("draw_calls", r.drawCalls());
		return m;
	}

	/** The figures as lines of {@code name: value}, as the command has always printed them. */
	private static void printText(PrintStream out, Map<String, Object> f) {
		out.printf(Locale.ROOT, "model: %s%n", f.get("model"));
		out.printf(Locale.ROOT, "elements: %d in %d batches%n", f.get("elements"), f.get("batches"));
		out.printf(Locale.ROOT, "load: %.2f s (IFC, geometry, scene)%n", f.get("load_s"));
		out.printf(Locale.ROOT, "first frame: %.3f s (context, upload, draw)%n", f.get("first_frame_s"));
		if (f.get("streamed_first_frame_s") != null) {
			out.printf(Locale.ROOT, "first frame while streaming: %.3f s after opening (%d triangles)%n",
					f.get("streamed_first_frame_s"), f.get("streamed_first_frame_triangles"));
		}
		out.printf(Locale.ROOT, "engine start: %.3f s (before opening); IFC open done at %s s, geometry open at %s s,"
				+ " first product at %s s%n", f.get("engine_start_s"), f.get("streamed_ifc_open_s"),
				f.get("streamed_geometry_open_s"), f.get("streamed_first_product_s"));
		out.printf(Locale.ROOT, "triangles: %d (%d drawn in the first frame)%n", f.get("triangles"), f.get("first_frame_triangles"));
		out.printf(Locale.ROOT, "simplification: %s px (first frame: %d elements coarser, %d culled)%n",
				((Double) f.get("simplification_px")).floatValue(), f.get("first_frame_elements_coarser"), f.get("first_frame_elements_culled"));
		out.printf(Locale.ROOT, "instancing: %s (%d geometries drawn instanced, %d copies of them)%n",
				(Boolean) f.get("instancing") ? "on" : "off", f.get("instanced_geometries"), f.get("instances"));
		out.printf(Locale.ROOT, "gpu upload: %.3f MB in %.3f s (vertices, indices, placements)%n", f.get("gpu_mb"),
				f.get("upload_s"));
		printOrbit(out, "viewer", f.get("width"), f.get("height"), f);
		out.printf(Locale.ROOT, "occlusion culling: %s (first view: %d elements hidden by others)%n",
				(Boolean) f.get("occlusion") ? "on" : "off", f.get("first_view_elements_occluded"));
		printOrbit(out, "moving", f.get("width"), f.get("height"), (Map<?, ?>) f.get("moving"));
		out.printf(Locale.ROOT, "still frame after moving: %.2f ms%n", f.get("still_frame_ms"));
		if (f.get("moving_rounds") instanceof List<?> rounds) {
			for (Object o : rounds) {
				Map<?, ?> m = (Map<?, ?>) o;
				out.printf(Locale.ROOT, "moving round %d at %s of the size: median %.2f ms, p95 %.2f ms%n", m.get("round"),
						((Double) m.get("moving_scale")).floatValue(), m.get("median_ms"), m.get("p95_ms"));
			}
		}
		int pixels = (Integer) f.get("width") * (Integer) f.get("height");
		out.printf(Locale.ROOT, "first view vs full detail: %d of %d pixels differ by more than 24/255 (%.3f %%)%n",
				f.get("first_view_pixels_differing"), pixels, 100.0 * (Integer) f.get("first_view_pixels_differing") / pixels);
		out.printf(Locale.ROOT, "first view moving (%s px) vs full detail: %d of %d pixels differ (%.3f %%)%n",
				((Double) f.get("moving_simplification_px")).floatValue(), f.get("coarse_pixels_differing"), pixels,
				f.get("coarse_diff_percent"));
		out.printf(Locale.ROOT, "moving frame at %s of the size vs full detail: %d of %d pixels differ (%.3f %%)%n",
				((Double) f.get("moving_scale")).floatValue(), f.get("moving_frame_pixels_differing"), pixels,
				f.get("moving_frame_diff_percent"));
		if (f.get("images") instanceof List<?> images) {
			out.printf(Locale.ROOT, "images: %s (as timed), %s (full detail), %s (moving)%n", images.get(0), images.get(1),
					images.get(2));
		}
		out.printf(Locale.ROOT, "heap used: %d MB (after GC)%n", f.get("heap_mb"));
		out.printf(Locale.ROOT, "direct buffers: %d MB%n", f.get("direct_buffers_mb"));
		if (f.get("baseline") instanceof Map<?, ?> base) {
			printOrbit(out, "baseline", f.get("width"), f.get("height"), base);
			out.printf(Locale.ROOT, "viewer/baseline: %.2f (median frame time)%n", f.get("viewer_baseline_ratio"));
		}
	}

	private static void printOrbit(PrintStream out, String name, Object width, Object height, Map<?, ?> r) {
		out.printf(Locale.ROOT, "%s frames: %d at %dx%d, median %.2f ms, p95 %.2f ms, %.1f frames/s, %.2f M triangles/s%n",
				name, r.get("frames"), width, height, r.get("median_ms"), r.get("p95_ms"), r.get("frames_per_s"),
				(Double) r.get("triangles_per_s") / 1e6);
		out.printf(Locale.ROOT, "%s draw calls: %d per frame%n", name, r.get("draw_calls"));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/**
	 * The first view as timed (still), at full detail (no simplification, no occlusion culling: the
	 * reference), and as drawn while moving.
	 */
	private record FirstView(RgbImage drawn, RgbImage full, RgbImage coarse, RgbImage movingFrame, int occluded) {
		int pixelsDiffering() {
			return full.countDifferentFrom(drawn, 24);
		}
	}

	private static FirstView firstView(OffscreenRenderer renderer, Scene scene, int width, int height, float simplification) {
		var r = renderer.renderer();
		RgbImage drawn = renderer.render(OrbitBenchmark.startCamera(scene, width, height));
		int occluded = r.occludedElements();
		r.setMoving(true);
		renderer.draw(OrbitBenchmark.startCamera(scene, width, height)); // as in a drag: last frame's answers are for this view
		RgbImage movingFrame = renderer.render(OrbitBenchmark.startCamera(scene, width, height));
		// The coarse levels alone, at full size: what the moving frame's geometry gives up, apart from its
		// reduced resolution (which the moving frame's own figure counts).
		float movingScale = renderer.movingScale();
		renderer.setMovingScale(1);
		renderer.draw(OrbitBenchmark.startCamera(scene, width, height));
		RgbImage coarse = renderer.render(OrbitBenchmark.startCamera(scene, width, height));
		renderer.setMovingScale(movingScale);
		r.setMoving(false);
		boolean occlusion = r.occlusionCulling();
		r.setSimplification(0);
		r.setOcclusionCulling(false);
		RgbImage full = renderer.render(OrbitBenchmark.startCamera(scene, width, height));
		r.setSimplification(simplification);
		r.setOcclusionCulling(occlusion);
		return new FirstView(drawn, full, coarse, movingFrame, occluded);
	}

	/** A share in (0, 1] such as {@code --moving-scale 0.5}. */
	private static float share(CommandOptions options, String name, float otherwise) throws UsageException {
		String v = options.value(name);
		float value = v == null ? otherwise : number(v);
		if (!(value > 0 && value <= 1)) {
			throw new UsageException(name + " takes a share of the width and height above 0 and at most 1 (1: full size), not '" + v + "'");
		}
		return value;
	}

	private static float pixels(CommandOptions options, String name, float otherwise) throws UsageException {
		String v = options.value(name);
		float value = v == null ? otherwise : number(v);
		if (!(value >= 0) || Float.isInfinite(value)) {
			throw new UsageException(name + " takes a number of pixels, 0 or more, not '" + v + "'");
		}
		return value;
	}

	/** The option's value as a number, or -1 when it is none (which both checks above refuse). */
	private static float number(String v) {
		try {
			return Float.parseFloat(v);
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	/** {@code png}'s path with its {@code .png} ending replaced by {@code suffix}. */
	private static Path sibling(Path png, String suffix) {
		String name = png.getFileName().toString();
		String stem = name.toLowerCase(Locale.ROOT).endsWith(".png") ? name.substring(0, name.length() - 4) : name;
		return png.resolveSibling(stem + suffix);
	}

	/** Writes the first view as timed to {@code png} and at full detail beside it; returns both paths. */
	private static List<String> writeImages(FirstView view, Path png) throws CommandException {
		Path fullPng = sibling(png, "-full.png");
		Path coarsePng = sibling(png, "-moving.png");
		Path coarseFullSizePng = sibling(png, "-moving-full-size.png");
		try {
			view.drawn().writePng(png);
			view.full().writePng(fullPng);
			view.movingFrame().writePng(coarsePng);
			view.coarse().writePng(coarseFullSizePng);
		} catch (IOException e) {
			throw new CommandException(png + ": cannot write the image (" + e.getMessage()
					+ "); choose a writable place for --png", e);
		}
		return List.of(png.toString(), fullPng.toString(), coarsePng.toString(), coarseFullSizePng.toString());
	}

	/**
	 * Opens the model and adds every product's meshes to the scene, with progress on stderr. As the
	 * workbench's model load does, what has come is published {@link Scene#FIRST_PUBLISH_MILLIS} ms after
	 * the first product and {@code firstGeometry} draws it; the rest is published at the end.
	 */
	private static void load(CommandContext context, Path file, GeometryEngine engine, Scene scene, LoadStages stages,
			Runnable firstGeometry) throws CommandException {
		// As the workbench's model load: web-ifc reads the file while our own reader does.
		engine.preload(file);
		IfcModel ifc;
		try {
			ifc = ModelImporters.open(file);
		} catch (IOException e) {
			engine.forgetPreload();
			throw new CommandException(file + ": cannot be read as IFC (" + e.getMessage()
					+ "); check it with 'bidbench validate'", e);
		}
		stages.ifcOpened = System.nanoTime();
		int[] failed = {0};
		try (GeometrySession session = engine.open(ifc, new GeometryOptions(ELEMENT_BUDGET, null))) {
			stages.geometryOpened = System.nanoTime();
			int[] lastTenth = {-1};
			long[] firstProduct = {0};
			boolean[] shown = {false};
			session.streamAll(g -> {
				if (g.status() == ProductGeometry.Status.FAILED) {
					failed[0]++;
				}
				scene.add(g);
				long now = System.nanoTime();
				if (firstProduct[0] == 0) {
					firstProduct[0] = now;
					stages.firstProduct = now;
				}
				if (!shown[0] && now - firstProduct[0] >= Scene.FIRST_PUBLISH_MILLIS * 1_000_000L) {
					scene.publish();
					if (scene.batchCount() > 0) {
						shown[0] = true;
						firstGeometry.run();
					}
				}
			}, new GeometryMonitor() {
				@Override
				public void worked(int done, int total) {
					int tenth = total == 0 ? 10 : done * 10 / total;
					if (tenth != lastTenth[0]) {
						lastTenth[0] = tenth;
						context.err().printf(Locale.ROOT, "tessellating %s: %d%% (%d of %d)%n", file.getFileName(),
								tenth * 10, done, total);
					}
				}
			});
		} catch (GeometryException e) {
			throw new CommandException(e.getMessage(), e);
		}
		scene.publish();
		if (failed[0] > 0) {
			context.err().println("warning: " + failed[0] + " products failed to tessellate and are not drawn;"
					+ " 'bidbench quantities' lists them");
		}
	}

	/** When the stages of a streamed load ended ({@link System#nanoTime()}; 0 while not reached). */
	private static final class LoadStages {
		long start;
		long ifcOpened;
		long geometryOpened;
		long firstProduct;

		/** Seconds from the start to {@code end}, or null when the stage was not reached. */
		Double seconds(long end) {
			return end == 0 ? null : round((end - start) / 1e9);
		}
	}

	private static long heapUsedAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static long directBytes() {
		for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
			if (pool.getName().equals("direct")) {
				return pool.getMemoryUsed();
			}
		}
		return 0;
	}
}
