package org.bidbench.ifc.internal.step;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** What the parallel passes of the reader share: waiting for their parts. */
final class ParallelParts {

	private ParallelParts() {
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
