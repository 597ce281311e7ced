package org.bidbench.sales.core.kpi;

import java.math.BigDecimal;

/**
 * One KPI figure with the parts it was computed from, so that a report can show the
 * arithmetic.
 *
 * @param id          stable key, e.g. {@code win-rate} or {@code cycle-time.stage-quote}
 * @param value       the figure; null when undefined (nothing to divide by)
 * @param unit        {@code %}, {@code days}, {@code count} or a currency code
 * @param numerator   for ratios, what was divided; otherwise null
 * @param denominator for ratios, what it was divided by; otherwise null
 */
public record KpiValue(String id, String name, BigDecimal value, String unit, BigDecimal numerator,
		BigDecimal denominator, String definition) {

	public boolean isDefined() {
		return value != null;
	}
}
