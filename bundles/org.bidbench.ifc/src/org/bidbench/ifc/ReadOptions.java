package org.bidbench.ifc;

/**
 * How to read a file.
 *
 * @param strict              fail on the first error instead of collecting problems
 * @param maxUncompressedBytes cap on the size of the IFC inside an {@code .ifczip} (zip bombs)
 * @param maxZipEntries        cap on the number of entries an {@code .ifczip} may hold
 * @param maxProblems          how many problems are kept; further ones are counted only
 * @param monitor              progress and cancellation
 * @param threads              how many threads the index pass, the type check and the {@code #id} map of a large
 *                             file may use (1: none besides the caller)
 */
public record ReadOptions(boolean strict, long maxUncompressedBytes, int maxZipEntries, int maxProblems,
		ReadMonitor monitor, int threads) {

	public ReadOptions {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, not " + threads);
		}
	}

	/** As before threads were an option: every core. */
	public ReadOptions(boolean strict, long maxUncompressedBytes, int maxZipEntries, int maxProblems, ReadMonitor monitor) {
		this(strict, maxUncompressedBytes, maxZipEntries, maxProblems, monitor, Runtime.getRuntime().availableProcessors());
	}

	/** Lenient reading, 1 GiB zip cap, 1000 zip entries, 10000 problems kept, every core for large files. */
	public static ReadOptions defaults() {
		return new ReadOptions(false, 1L << 30, 1000, 10_000, ReadMonitor.NONE);
	}

	public ReadOptions withStrict(boolean value) {
		return new ReadOptions(value, maxUncompressedBytes, maxZipEntries, maxProblems, monitor, threads);
	}

	public ReadOptions withMonitor(ReadMonitor value) {
		return new ReadOptions(strict, maxUncompressedBytes, maxZipEntries, maxProblems, value, threads);
	}

	public ReadOptions withZipLimits(long maxBytes, int maxEntries) {
		return new ReadOptions(strict, maxBytes, maxEntries, maxProblems, monitor, threads);
	}

	/** The same options with the open of a large file (index, type check, {@code #id} map) on {@code count} threads. */
	public ReadOptions withThreads(int count) {
		return new ReadOptions(strict, maxUncompressedBytes, maxZipEntries, maxProblems, monitor, count);
	}
}
