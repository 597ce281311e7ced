package org.bidbench.sales.core.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bidbench.sales.model.SalesWorkspace;

/** The KPIs of several providers for one period and scope. */
public record KpiReport(Period period, String scope, List<KpiValue> values) {

	/** Computes the standard KPIs plus those of the given third-party providers. */
	public static KpiReport compute(SalesWorkspace workspace, Period period, KpiScope scope, Instant now,
			List<KpiProvider> extraProviders) {
		List<KpiValue> values = new ArrayList<>(new StandardSalesKpis().compute(workspace, period, scope, now));
		for (KpiProvider provider : extraProviders) {
			values.addAll(provider.compute(workspace, period, scope, now));
		}
		return new KpiReport(period, scope.describe(), List.copyOf(values));
	}

	/** Computes the KPIs of every provider registered on the extension point (ours included). */
	public static KpiReport computeRegistered(SalesWorkspace workspace, Period period, KpiScope scope, Instant now,
			List<String> problems) {
		List<KpiValue> values = new ArrayList<>();
		for (KpiProvider provider : KpiProviders.registered(problems)) {
			values.addAll(provider.compute(workspace, period, scope, now));
		}
		return new KpiReport(period, scope.describe(), List.copyOf(values));
	}

	public Optional<KpiValue> get(String id) {
		return values.stream().filter(v -> v.id().equals(id)).findFirst();
	}
}
