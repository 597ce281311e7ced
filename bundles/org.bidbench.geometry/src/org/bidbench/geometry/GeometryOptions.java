package org.bidbench.geometry;

import java.time.Duration;

/**
 * Settings of a {@link GeometrySession}.
 *
 * @param elementTimeBudget how long one element may take before it is interrupted and reported as
 *        {@link ProductGeometry.Status#FAILED} (web-ifc is known to take minutes on some booleans);
 *        {@code null} for no limit
 * @param modelTimeBudget how long one stream may take before the remaining products are reported
 *        as {@link ProductGeometry.Status#CANCELLED}; {@code null} for no limit
 * @param threads how many engine runtimes tessellate the model's products in parallel, each a
 *        disjoint share, the results merged back into the order of the products;
 *        {@link #AUTOMATIC} lets the engine choose (one per core, fewer when memory is short or
 *        the model is small). An engine that cannot work in parallel uses one.
 */
public record GeometryOptions(Duration elementTimeBudget, Duration modelTimeBudget, int threads) {

	/** {@link #threads()}: the engine chooses. */
	public static final int AUTOMATIC = 0;

	/** The most runtimes an engine is asked for. */
	public static final int MAX_THREADS = 64;

	public GeometryOptions {
		if (threads < 0 || threads > MAX_THREADS) {
			throw new IllegalArgumentException("threads must be from 1 to " + MAX_THREADS + ", or AUTOMATIC (0), not " + threads);
		}
	}

	/** Budgets only; the engine chooses how many runtimes. */
	public GeometryOptions(Duration elementTimeBudget, Duration modelTimeBudget) {
		this(elementTimeBudget, modelTimeBudget, AUTOMATIC);
	}

	/** No budgets; the engine chooses how many runtimes. */
	public static GeometryOptions defaults() {
		return new GeometryOptions(null, null, AUTOMATIC);
	}

	public GeometryOptions withElementTimeBudget(Duration budget) {
		return new GeometryOptions(budget, modelTimeBudget, threads);
	}

	public GeometryOptions withModelTimeBudget(Duration budget) {
		return new GeometryOptions(elementTimeBudget, budget, threads);
	}

	/** The same budgets with {@code count} runtimes ({@link #AUTOMATIC} to let the engine choose). */
	public GeometryOptions withThreads(int count) {
		return new GeometryOptions(elementTimeBudget, modelTimeBudget, count);
	}
}
