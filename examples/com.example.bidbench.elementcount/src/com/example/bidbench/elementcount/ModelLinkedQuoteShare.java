package com.example.bidbench.elementcount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import org.bidbench.sales.core.kpi.KpiProvider;
import org.bidbench.sales.core.kpi.KpiScope;
import org.bidbench.sales.core.kpi.KpiValue;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * An example third-party KPI, contributed through {@code org.bidbench.sales.core.kpiProviders}:
 * of the quotes made in the period, the share whose every line is linked to model elements.
 */
public class ModelLinkedQuoteShare implements KpiProvider {

	@Override
	public String id() {
		return "example.model-linked-quotes";
	}

	@Override
	public List<KpiValue> compute(SalesWorkspace workspace, Period period, KpiScope scope, Instant now) {
		int made = 0;
		int linked = 0;
		for (Opportunity opportunity : workspace.getOpportunities()) {
			if (!scope.includes(opportunity)) {
				continue;
			}
			for (Quote quote : opportunity.getQuotes()) {
				if (quote.getCreatedAt() == null || !period.contains(quote.getCreatedAt())) {
					continue;
				}
				made++;
				if (!quote.getLines().isEmpty() && quote.getLines().stream().allMatch(line -> !line.getGlobalIds().isEmpty())) {
					linked++;
				}
			}
		}
		BigDecimal value = made == 0
				? null
				: BigDecimal.valueOf(linked).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(made), 1, RoundingMode.HALF_UP);
		return List.of(new KpiValue("model-linked-quotes", "Model-linked quotes", value, "%", BigDecimal.valueOf(linked),
				BigDecimal.valueOf(made), "quotes of the period whose every line covers model elements / quotes of the period"));
	}
}
