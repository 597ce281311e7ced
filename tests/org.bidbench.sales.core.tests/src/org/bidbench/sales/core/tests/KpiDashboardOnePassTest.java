package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.kpi.KpiDashboard;
import org.bidbench.sales.core.kpi.KpiProvider;
import org.bidbench.sales.core.kpi.KpiSplit;
import org.bidbench.sales.core.kpi.KpiValue;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.core.kpi.StandardSalesKpis;
import org.bidbench.sales.model.SalesWorkspace;
import org.junit.jupiter.api.Test;

/**
 * The dashboard computes every group and period in one pass over the workspace; it must give
 * exactly the figures of asking the providers for each group and period on its own (the plain
 * computation it replaced), on the demo workspace and on the large benchmark workspace, for
 * every split and a quarter, a month, a year and a custom period.
 */
class KpiDashboardOnePassTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
	private static final Instant NOW = WeightedPipeline.endOf(TODAY);
	private static final List<String> PERIODS = List.of("2026Q3", "2026-10", "2025", "2026-02-10..2026-05-20");

	/** A third-party provider next to the standard one: its figures still come per group and period. */
	private static final KpiProvider OPEN_DEALS = (workspace, period, scope, now) -> List.of(new KpiValue("open-deals",
			"Open deals", BigDecimal.valueOf(workspace.getOpportunities().stream()
					.filter(o -> scope.includes(o) && o.getCreatedAt() != null && !o.getCreatedAt().isAfter(now)
							&& o.getClosedAt() == null)
					.count()),
			"count", null, null, "open opportunities"));

	@Test
	void onePassEqualsPerGroupOnTheDemoWorkspace() {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, TODAY);
		for (String period : PERIODS) {
			assertSameDashboards(ws, Period.parse(period), null);
			for (KpiSplit split : KpiSplit.values()) {
				assertSameDashboards(ws, Period.parse(period), split);
			}
		}
	}

	@Test
	void onePassEqualsPerGroupOnTheLargeWorkspace() {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, TODAY, DemoWorkspaceFactory.Size.LARGE);
		assertEquals(5000, ws.getOpportunities().size());
		for (KpiSplit split : KpiSplit.values()) {
			assertSameDashboards(ws, Period.parse("2026Q3"), split);
		}
		assertSameDashboards(ws, Period.parse("2025"), KpiSplit.REGION);
	}

	private static void assertSameDashboards(SalesWorkspace ws, Period period, KpiSplit split) {
		List<KpiProvider> providers = List.of(new StandardSalesKpis(), OPEN_DEALS);
		KpiDashboard onePass = KpiDashboard.compute(ws, period, split, NOW, providers);
		KpiDashboard perGroup = KpiDashboard.computePerGroup(ws, period, split, NOW, providers);
		String where = period.label() + " by " + (split == null ? "nothing" : split.id());
		assertEquals(perGroup.trendPeriods(), onePass.trendPeriods(), where);
		assertEquals(perGroup.groups().size(), onePass.groups().size(), where);
		int defined = 0;
		for (int g = 0; g < perGroup.groups().size(); g++) {
			KpiDashboard.Group expected = perGroup.groups().get(g);
			KpiDashboard.Group actual = onePass.groups().get(g);
			assertEquals(expected.name(), actual.name(), where);
			assertEquals(List.copyOf(expected.figures().keySet()), List.copyOf(actual.figures().keySet()),
					where + ", group " + expected.name());
			for (String kpi : expected.figures().keySet()) {
				// Records of BigDecimals: equal value and scale, numerator, denominator, and the whole trend.
				assertEquals(expected.figure(kpi), actual.figure(kpi), where + ", group " + expected.name() + ", " + kpi);
				defined += actual.figure(kpi).current().isDefined() ? 1 : 0;
			}
		}
		// The comparison means something only when figures have data.
		assertTrue(defined > onePass.groups().size(), where + ": only " + defined + " figures with data");
	}
}
