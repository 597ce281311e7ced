package org.bidbench.ifc.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ReadMonitor;
import org.bidbench.ifc.ReadOptions;
import org.bidbench.ifc.internal.step.NameTable;
import org.bidbench.ifc.internal.step.ParallelParts;
import org.bidbench.ifc.internal.step.StepDecoder;
import org.bidbench.ifc.internal.step.StepIndex;
import org.bidbench.ifc.internal.step.StepSyntaxException;

/**
 * Times reading one file for {@code bidbench bench parse}: the index pass alone (the file mapped
 * once, so that the figure is the scanner's, not the disk's), decoding every instance's parameters
 * into values (dropped after), and a whole {@link IfcModel#open} (map, index, schema, type check,
 * {@code #id} map), on a given number of threads, best of some rounds after a warm-up, and the heap
 * the open model holds.
 */
public final class ParseMeasurement {

	/**
	 * @param megabytes      file size in 10^6 bytes
	 * @param instances      instances indexed
	 * @param threads        threads the index pass was allowed
	 * @param indexSeconds   best index pass
	 * @param decodeSeconds  best decode of every instance (the instances split over the threads)
	 * @param openSeconds    best whole open
	 * @param heapMegabytes  heap in use with the model open, after a collection
	 */
	public record Result(Path file, double megabytes, int instances, int threads, double indexSeconds, double decodeSeconds,
			double openSeconds, double heapMegabytes) {

		public double indexMegabytesPerSecond() {
			return megabytes / indexSeconds;
		}

		public double decodeMegabytesPerSecond() {
			return megabytes / decodeSeconds;
		}

		public double openMegabytesPerSecond() {
			return megabytes / openSeconds;
		}
	}

	private ParseMeasurement() {
	}

	/** Measures {@code file} on {@code threads} threads, {@code rounds} timed rounds after a warm-up of about 20 MB read. */
	public static Result measure(Path file, int threads, int rounds) throws IOException {
		ByteBuffer buf;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			buf = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
		}
		double megabytes = buf.limit() / 1e6;
		ReadOptions options = ReadOptions.defaults().withThreads(threads);
		int warmups = Math.max(1, (int) Math.ceil(20 / Math.max(megabytes, 0.5)));
		for (int i = 0; i < warmups; i++) {
			decodeAll(index(buf, threads), threads);
		}
		double bestIndex = Double.MAX_VALUE;
		double bestDecode = Double.MAX_VALUE;
		double bestOpen = Double.MAX_VALUE;
		int instances = 0;
		double heap = 0;
		for (int r = 0; r < Math.max(1, rounds); r++) {
			long t0 = System.nanoTime();
			StepIndex index = index(buf, threads);
			instances = index.count;
			long t1 = System.nanoTime();
			IfcModel model = IfcModel.open(file, options);
			long t2 = System.nanoTime();
			decodeAll(index, threads);
			long t3 = System.nanoTime();
			bestIndex = Math.min(bestIndex, (t1 - t0) / 1e9);
			bestOpen = Math.min(bestOpen, (t2 - t1) / 1e9);
			bestDecode = Math.min(bestDecode, (t3 - t2) / 1e9);
			index = null;
			if (r == rounds - 1 || rounds <= 1) {
				System.gc();
				heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
				if (model.size() != instances) {
					throw new IllegalStateException(file + ": the model has " + model.size() + " instances, the index "
							+ instances);
				}
			}
		}
		return new Result(file, megabytes, instances, threads, bestIndex, bestDecode, bestOpen, heap);
	}

	private static StepIndex index(ByteBuffer buf, int threads) {
		return StepIndex.scan(buf, (offset, id, error, message) -> {
		}, ReadMonitor.NONE, threads, StepIndex.DEFAULT_MIN_PARALLEL_BYTES);
	}

	/** Decodes every instance's parameters, equal ranges of instances on each thread; returns how many failed. */
	private static int decodeAll(StepIndex index, int threads) {
		int parts = Math.max(1, Math.min(threads, index.count));
		int[] failed = new int[parts];
		ParallelParts.inParallel(parts, "bidbench-bench-decode", part -> {
			StepDecoder decoder = new StepDecoder(index.buf.duplicate(), new NameTable());
			for (int i = ParallelParts.rangeStart(part, index.count, parts), end = ParallelParts.rangeStart(part + 1, index.count,
					parts); i < end; i++) {
				try {
					decoder.decodeParameters(index.offsets[i]);
				} catch (StepSyntaxException e) {
					failed[part]++;
				}
			}
		});
		int total = 0;
		for (int f : failed) {
			total += f;
		}
		return total;
	}
}
