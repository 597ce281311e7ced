package org.bidbench.sales.core.kpi;

import java.math.BigDecimal;

import org.bidbench.sales.model.KpiTarget;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesWorkspace;

/** The targets the management set for KPIs ({@code KpiTarget} in the workspace). */
public final class KpiTargets {

	private KpiTargets() {
	}

	/**
	 * The target of a KPI for a period: the one set for the period's length (month, quarter,
	 * year), else one set for every period; null without a target.
	 */
	public static BigDecimal of(SalesWorkspace workspace, String kpi, Period period) {
		BigDecimal any = null;
		for (KpiTarget t : workspace.getKpiTargets()) {
			if (!kpi.equals(t.getKpi())) {
				continue;
			}
			if (period.length().id().equals(t.getPeriodLength())) {
				return t.getValue();
			}
			if (t.getPeriodLength() == null || t.getPeriodLength().isBlank()) {
				any = t.getValue();
			}
		}
		return any;
	}

	/** Sets (replaces) the target of a KPI for periods of a length ({@code null}: every period). */
	public static void set(SalesWorkspace workspace, String kpi, Period.Length length, BigDecimal value) {
		String lengthId = length == null ? null : length.id();
		workspace.getKpiTargets().removeIf(t -> kpi.equals(t.getKpi()) && java.util.Objects.equals(lengthId,
				t.getPeriodLength() == null || t.getPeriodLength().isBlank() ? null : t.getPeriodLength()));
		if (value != null) {
			KpiTarget t = SalesFactory.eINSTANCE.createKpiTarget();
			t.setKpi(kpi);
			t.setPeriodLength(lengthId);
			t.setValue(value);
			workspace.getKpiTargets().add(t);
		}
	}
}
