package org.bidbench.ifc.internal.step;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** What the parallel passes of the reader share: running parts of a pass and waiting for them. */
public final class ParallelParts {

	private ParallelParts() {
	}

	/**
	 * Runs {@code work} for parts 0 to {@code parts - 1}, part 0 on the calling thread and each other
	 * one on a daemon thread of its own, and returns when all are done.
	 */
	public static void inParallel(int parts, String threadName, IntConsumer work) {
		if (parts <= 1) {
			work.accept(0);
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(parts - 1, r -> {
			Thread t = new Thread(r, threadName);
			t.setDaemon(true);
			return t;
		});
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int k = 1; k < parts; k++) {
				int part = k;
				running.add(pool.submit(() -> work.accept(part)));
			}
			work.accept(0);
			awaitAll(running);
		} finally {
			pool.shutdownNow();
		}
	}

	/** The first of the {@code count} items that part {@code part} of {@code parts} takes (equal ranges, in order). */
	public static int rangeStart(int part, int count, int parts) {
		return (int) ((long) count * part / parts);
	}

	/**
	 * Waits for every part; a part's failure is thrown as it was thrown (unchecked ones as they are,
	 * anything else wrapped), and an interrupted wait is a cancelled read.
	 */
	static void awaitAll(List<Future<?>> parts) {
		try {
			for (Future<?> f : parts) {
				f.get();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancellationException("reading interrupted");
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
