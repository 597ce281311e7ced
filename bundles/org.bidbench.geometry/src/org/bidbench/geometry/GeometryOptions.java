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
 */
public record GeometryOptions(Duration elementTimeBudget, Duration modelTimeBudget) {

	/** No budgets. */
	public static GeometryOptions defaults() {
		return new GeometryOptions(null, null);
	}

	public GeometryOptions withElementTimeBudget(Duration budget) {
		return new GeometryOptions(budget, modelTimeBudget);
	}

	public GeometryOptions withModelTimeBudget(Duration budget) {
		return new GeometryOptions(elementTimeBudget, budget);
	}
}
