package org.bidbench.geometry.webifc.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Tessellation benchmark inside OSGi, the figures of docs/benchmarks.md ("Geometry"). Not a test:
 * it asserts nothing and runs only when the environment variable {@code BIDBENCH_GEOMETRY_BENCH}
 * is set (to extra files, separated by ':', or to {@code samples}). Prints a Markdown table and
 * writes it to {@code java.io.tmpdir/bidbench-geometry-bench.md}.
 */
class GeometryBenchmark {

	@Test
	void tessellateEverySample() throws Exception {
		String env = System.getenv("BIDBENCH_GEOMETRY_BENCH");
		Assumptions.assumeTrue(env != null && !env.isBlank(),
				"skipped: set BIDBENCH_GEOMETRY_BENCH=samples[:extra.ifc...] to run the geometry benchmark");
		List<Path> files = new ArrayList<>(Samples.all());
		for (String extra : env.split(":")) {
			if (!extra.equals("samples") && !extra.isBlank()) {
				files.add(Path.of(extra));
			}
		}
		GeometryEngine engine = GeometryEngines.getDefault();
		// Warm-up: starts Node.js and web-ifc and lets the JIT compile the Java side.
		for (Path f : files) {
			if (Files.size(f) < 20_000_000) {
				run(engine, f);
			}
		}
		StringBuilder table = new StringBuilder();
		table.append(
				"| file | MB | meshed products | triangles | open s | first mesh s | stream s | of which in web-ifc s | total s | triangles/s | peak RSS MB |\n");
		table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Path f : files) {
			Result best = null;
			int rounds = Files.size(f) < 20_000_000 ? 3 : 1;
			for (int i = 0; i < rounds; i++) {
				System.gc();
				resetPeakRss();
				Result r = run(engine, f);
				r.peakRssMb = peakRssMb();
				if (best == null || r.total < best.total) {
					best = r;
				}
			}
			String row = String.format(Locale.ROOT,
					"| %s | %.2f | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.2f M | %d |", f.getFileName(),
					Files.size(f) / 1e6, best.meshed, best.triangles, best.open, best.firstMesh, best.stream,
					best.inside, best.total, best.triangles / best.total / 1e6, best.peakRssMb);
			System.out.println(row);
			table.append(row).append('\n');
		}
		Path out = Path.of(System.getProperty("java.io.tmpdir"), "bidbench-geometry-bench.md");
		Files.writeString(out, table);
		System.out.println("geometry benchmark written to " + out + "; heap peak " + heapPeakMb() + " MB");
	}

	static final class Result {
		int meshed;
		long triangles;
		double open;
		double firstMesh;
		double total;
		double stream;
		double inside;
		long peakRssMb;
	}

	private static Result run(GeometryEngine engine, Path file) throws Exception {
		Result r = new Result();
		long t0 = System.nanoTime();
		IfcModel model = IfcModel.open(file);
		try (GeometrySession session = engine.open(model)) {
			r.open = (System.nanoTime() - t0) / 1e9;
			double insideBefore = ((WebIfcSession) session).millisInsideWebIfc();
			long s0 = System.nanoTime();
			session.streamAll(g -> {
				if (g.isMeshed()) {
					if (r.meshed++ == 0) {
						r.firstMesh = (System.nanoTime() - t0) / 1e9;
					}
					r.triangles += g.triangleCount();
				}
			}, GeometryMonitor.NONE);
			r.stream = (System.nanoTime() - s0) / 1e9;
			r.inside = (((WebIfcSession) session).millisInsideWebIfc() - insideBefore) / 1000;
		}
		r.total = (System.nanoTime() - t0) / 1e9;
		return r;
	}

	/** Resets the process's peak resident set (Linux), which covers the Java heap, Node.js and the WebAssembly memory. */
	private static void resetPeakRss() {
		try {
			Files.writeString(Path.of("/proc/self/clear_refs"), "5");
		} catch (IOException | RuntimeException e) {
			// Not Linux, or not allowed: the peak then covers the whole run so far.
		}
	}

	private static long peakRssMb() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmHWM:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return -1;
	}

	private static long heapPeakMb() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum / (1024 * 1024);
	}
}
