package org.bidbench.sales.core.kpi;

import java.time.Instant;
import java.util.List;

import org.bidbench.sales.model.SalesWorkspace;

/**
 * Computes KPIs over a workspace for a period. BidBench's own figures come from
 * {@link StandardSalesKpis}; third parties add theirs by implementing this interface (and,
 * inside Eclipse, registering it on the KPI provider extension point).
 */
public interface KpiProvider {

	/** What the figures are about, e.g. {@code bidbench.standard}; the class name unless overridden. */
	default String id() {
		return getClass().getName();
	}

	/**
	 * @param now the moment the report is made, for figures that depend on "today" (overdue)
	 */
	List<KpiValue> compute(SalesWorkspace workspace, Period period, KpiScope scope, Instant now);
}
