package org.bidbench.ifc.tests.tools;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ReadMonitor;
import org.bidbench.ifc.internal.step.NameTable;
import org.bidbench.ifc.internal.step.StepDecoder;
import org.bidbench.ifc.internal.step.StepIndex;
import org.bidbench.ifc.internal.step.StepSyntaxException;

/**
 * A plain benchmark (no JMH, so it runs from the bare JDK): for each file, after warm-up,
 * times the index pass, the decoding of every instance, and a full {@link IfcModel#open},
 * single-threaded, and prints MB/s and instances/s. Run:
 * {@code java -cp bundles/org.bidbench.ifc/target/classes org.bidbench.ifc.internal.bench.ParseBench [-n N] FILE_OR_DIR...}
 */
public final class ParseBench {

	private ParseBench() {
	}

	public static void main(String[] args) throws IOException {
		int rounds = 5;
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("-n")) {
				rounds = Integer.parseInt(args[++i]);
			} else {
				Path p = Path.of(args[i]);
				if (Files.isDirectory(p)) {
					try (var s = Files.list(p)) {
						s.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".ifc")).sorted().forEach(files::add);
					}
				} else {
					files.add(p);
				}
			}
		}
		if (files.isEmpty()) {
			System.err.println("usage: ParseBench [-n ROUNDS] FILE_OR_DIR...");
			System.exit(2);
		}
		System.out.printf(Locale.ROOT, "%-30s %8s %9s %10s %10s %10s %12s %10s%n", "file", "MB", "instances",
				"index MB/s", "decode MB/s", "open MB/s", "decode inst/s", "heap MB");
		double totalMb = 0;
		double totalIndexS = 0;
		double totalDecodeS = 0;
		double totalOpenS = 0;
		long totalInstances = 0;
		for (Path file : files) {
			Result r = measure(file, rounds);
			System.out.printf(Locale.ROOT, "%-30s %8.1f %9d %10.0f %10.0f %10.0f %12.0f %10.1f%n",
					truncate(file.getFileName().toString()), r.mb, r.instances, r.mb / r.indexSeconds,
					r.mb / r.decodeSeconds, r.mb / r.openSeconds, r.instances / r.decodeSeconds, r.heapMb);
			totalMb += r.mb;
			totalIndexS += r.indexSeconds;
			totalDecodeS += r.decodeSeconds;
			totalOpenS += r.openSeconds;
			totalInstances += r.instances;
		}
		System.out.printf(Locale.ROOT, "%-30s %8.1f %9d %10.0f %10.0f %10.0f %12.0f%n", "ALL (time-weighted)", totalMb,
				totalInstances, totalMb / totalIndexS, totalMb / totalDecodeS, totalMb / totalOpenS,
				totalInstances / totalDecodeS);
	}

	private static String truncate(String s) {
		return s.length() <= 30 ? s : s.substring(0, 27) + "...";
	}

	private record Result(double mb, long instances, double indexSeconds, double decodeSeconds, double openSeconds,
			double heapMb) {
	}

	private static Result measure(Path file, int rounds) throws IOException {
		ByteBuffer buf;
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
			buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
		}
		double mb = buf.limit() / 1e6;
		// Warm-up so the JIT has compiled the scanner and decoder before timing.
		int warmups = Math.max(2, (int) Math.ceil(20 / Math.max(mb, 0.5)));
		for (int i = 0; i < warmups; i++) {
			decodeAll(StepIndex.scan(buf, (o, id, e, m) -> {
			}, ReadMonitor.NONE));
		}
		double bestIndex = Double.MAX_VALUE;
		double bestDecode = Double.MAX_VALUE;
		double bestOpen = Double.MAX_VALUE;
		long instances = 0;
		double heapMb = 0;
		for (int r = 0; r < rounds; r++) {
			long t0 = System.nanoTime();
			StepIndex index = StepIndex.scan(buf, (o, id, e, m) -> {
			}, ReadMonitor.NONE);
			long t1 = System.nanoTime();
			long decoded = decodeAll(index);
			long t2 = System.nanoTime();
			IfcModel model = IfcModel.open(file);
			long t3 = System.nanoTime();
			instances = decoded;
			bestIndex = Math.min(bestIndex, (t1 - t0) / 1e9);
			bestDecode = Math.min(bestDecode, (t2 - t1) / 1e9);
			bestOpen = Math.min(bestOpen, (t3 - t2) / 1e9);
			if (r == rounds - 1) {
				System.gc();
				heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
				if (model.size() != index.count) {
					throw new IllegalStateException("model and index disagree on " + file);
				}
			}
		}
		return new Result(mb, instances, bestIndex, bestDecode, bestOpen, heapMb);
	}

	/** Decodes every instance's parameters (values are built, then dropped). */
	private static long decodeAll(StepIndex index) {
		StepDecoder decoder = new StepDecoder(index.buf, new NameTable());
		long values = 0;
		for (int i = 0; i < index.count; i++) {
			try {
				values += decoder.decodeParameters(index.offsets[i]).length;
			} catch (StepSyntaxException e) {
				values--;
			}
		}
		return values >= 0 ? index.count : 0;
	}
}
