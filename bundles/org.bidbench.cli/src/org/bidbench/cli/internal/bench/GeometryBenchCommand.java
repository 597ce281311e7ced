package org.bidbench.cli.internal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ModelImporters;

/**
 * {@code bidbench bench geometry FILE... [--threads N] [--rounds N] [--json]}: how long the geometry
 * engine takes to start (once per process, cold), then per file how long it takes to open the model
 * (our reader and the engine's) and to tessellate every product on N runtimes, best of the rounds,
 * in products and triangles per second.
 */
final class GeometryBenchCommand {

	static final String USAGE = "bench geometry FILE.ifc... [--threads N] [--rounds N] [--json]";

	int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--threads", "--rounds"), Set.of("--json"));
		int threads = ParseBenchCommand.count(options.value("--threads"), "--threads", Runtime.getRuntime().availableProcessors());
		if (threads > GeometryOptions.MAX_THREADS) {
			throw new UsageException("--threads takes a whole number from 1 to " + GeometryOptions.MAX_THREADS + ", not " + threads);
		}
		int rounds = ParseBenchCommand.count(options.value("--rounds"), "--rounds", 3);
		boolean json = options.flag("--json");
		List<Path> files = ParseBenchCommand.files(context, options, USAGE);
		GeometryOptions geometry = GeometryOptions.defaults().withThreads(threads);
		GeometryEngine engine;
		long start = System.nanoTime();
		try {
			engine = GeometryEngines.getDefault();
			engine.warmUp(geometry);
		} catch (GeometryException e) {
			throw new CommandException(e.getMessage(), e);
		}
		double engineStart = (System.nanoTime() - start) / 1e9;
		if (!json) {
			context.out().printf(Locale.ROOT, "engine %s started in %.3f s (%d runtimes)%n", engine.name(), engineStart, threads);
			context.out().printf(Locale.ROOT, "%-32s %7s %8s %10s %7s %7s %11s %11s %12s %8s%n", "file", "MB", "products", "triangles",
					"threads", "open s", "tessellate s", "products/s", "triangles/s", "heap MB");
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Path file : files) {
			Measurement best = null;
			for (int r = 0; r < rounds; r++) {
				Measurement m = measure(engine, file, geometry);
				if (best == null || m.open + m.tessellate < best.open + best.tessellate) {
					best = m;
				}
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("file", file.getFileName().toString());
			row.put("megabytes", round(best.megabytes));
			row.put("products", best.products);
			row.put("meshed", best.meshed);
			row.put("failed", best.failed);
			row.put("triangles", best.triangles);
			row.put("threads", threads);
			row.put("open_s", round(best.open));
			row.put("tessellate_s", round(best.tessellate));
			row.put("total_s", round(best.open + best.tessellate));
			row.put("products_per_s", round(best.products / best.tessellate));
			row.put("triangles_per_s", Math.round(best.triangles / best.tessellate));
			row.put("heap_mb", round(best.heapMegabytes));
			rows.add(row);
			if (!json) {
				String name = file.getFileName().toString();
				context.out().printf(Locale.ROOT, "%-32s %7.1f %8d %10d %7d %7.3f %12.3f %11.0f %12.0f %8.1f%n",
						name.length() <= 32 ? name : name.substring(0, 29) + "...", best.megabytes, best.products, best.triangles, threads,
						best.open, best.tessellate, best.products / best.tessellate, best.triangles / best.tessellate, best.heapMegabytes);
			}
		}
		if (json) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("benchmark", "geometry");
			out.put("engine", engine.name());
			out.put("threads", threads);
			out.put("rounds", rounds);
			out.put("cores", Runtime.getRuntime().availableProcessors());
			out.put("engine_start_s", round(engineStart));
			out.put("files", rows);
			context.out().println(JsonWriter.write(out));
		}
		return 0;
	}

	/** One round on one file. */
	private static final class Measurement {
		double megabytes;
		int products;
		int meshed;
		int failed;
		long triangles;
		double open;
		double tessellate;
		double heapMegabytes;
	}

	private static Measurement measure(GeometryEngine engine, Path file, GeometryOptions options) throws CommandException {
		Measurement m = new Measurement();
		long t0 = System.nanoTime();
		IfcModel model;
		try {
			model = ModelImporters.open(file);
		} catch (IOException e) {
			throw new CommandException(file + ": cannot be read as IFC (" + e.getMessage() + "); check it with 'bidbench validate'", e);
		}
		m.megabytes = model.byteSize() / 1e6;
		try (GeometrySession session = engine.open(model, options)) {
			m.open = (System.nanoTime() - t0) / 1e9;
			long t1 = System.nanoTime();
			session.streamAll(g -> {
				m.products++;
				m.triangles += g.triangleCount();
				switch (g.status()) {
					case MESHED -> m.meshed++;
					case FAILED -> m.failed++;
					default -> {
					}
				}
			}, GeometryMonitor.NONE);
			m.tessellate = Math.max(1e-9, (System.nanoTime() - t1) / 1e9);
			// What the open model holds on the Java side while the engine has it (meshes were streamed, not kept).
			System.gc();
			Runtime rt = Runtime.getRuntime();
			m.heapMegabytes = (rt.totalMemory() - rt.freeMemory()) / 1e6;
		} catch (GeometryException e) {
			throw new CommandException(e.getMessage(), e);
		}
		return m;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}
}
