package org.bidbench.ifc;

/**
 * How to read a file.
 *
 * @param strict              fail on the first error instead of collecting problems
 * @param maxUncompressedBytes cap on the size of the IFC inside an {@code .ifczip} (zip bombs)
 * @param maxZipEntries        cap on the number of entries an {@code .ifczip} may hold
 * @param maxProblems          how many problems are kept; further ones are counted only
 * @param monitor              progress and cancellation
 */
public record ReadOptions(boolean strict, long maxUncompressedBytes, int maxZipEntries, int maxProblems,
        ReadMonitor monitor) {

    /** Lenient reading, 1 GiB zip cap, 1000 zip entries, 10000 problems kept. */
    public static ReadOptions defaults() {
        return new ReadOptions(false, 1L << 30, 1000, 10_000, ReadMonitor.NONE);
    }

    public ReadOptions withStrict(boolean value) {
        return new ReadOptions(value, maxUncompressedBytes, maxZipEntries, maxProblems, monitor);
    }

    public ReadOptions withMonitor(ReadMonitor value) {
        return new ReadOptions(strict, maxUncompressedBytes, maxZipEntries, maxProblems, value);
    }

    public ReadOptions withZipLimits(long maxBytes, int maxEntries) {
        return new ReadOptions(strict, maxBytes, maxEntries, maxProblems, monitor);
    }
}
