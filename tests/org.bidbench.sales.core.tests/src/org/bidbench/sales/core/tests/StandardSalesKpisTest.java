package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bidbench.sales.core.kpi.CollectionsReport;
import org.bidbench.sales.core.kpi.KpiDashboard;
import org.bidbench.sales.core.kpi.KpiDrillDown;
import org.bidbench.sales.core.kpi.KpiProvider;
import org.bidbench.sales.core.kpi.KpiSplit;
import org.bidbench.sales.core.kpi.KpiTargets;
import org.bidbench.sales.core.kpi.KpiReport;
import org.bidbench.sales.core.kpi.KpiScope;
import org.bidbench.sales.core.kpi.KpiValue;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.core.kpi.StandardSalesKpis;
import org.bidbench.sales.model.*;
import org.junit.jupiter.api.Test;

/**
 * KPIs on a small workspace whose figures are worked out by hand in the comments. The period is
 * 2026Q3: 1 July to 30 September, 92 days.
 */
class StandardSalesKpisTest {

	private final SalesFixture fx = new SalesFixture();
	private final Instant now = Instant.parse("2026-10-01T00:00:00Z");

	private KpiReport report(KpiScope scope) {
		build();
		return KpiReport.compute(fx.ws, Period.parse("2026Q3"), scope, now, List.of());
	}

	@Test
	void figuresMatchTheHandCalculation() {
		KpiReport r = report(KpiScope.all());
		// Contracts signed in Q3: O1 1,000,000 and O2 500,000.
		assertFigure("1500000", r, StandardSalesKpis.BOOKINGS);
		// Delivered in Q3: O1 200,000 (07-20) + 300,000 (09-10), O2 100,000 (08-25).
		assertFigure("600000", r, StandardSalesKpis.REVENUE);
		// Collected in Q3: 200,000 (O1, 08-25) + 350,000 (O5, 07-20) = 550,000;
		// due in Q3: 200,000 (08-19) + 100,000 (09-24) + 400,000 (07-01) = 700,000; 550/700.
		assertFigure("78.57", r, StandardSalesKpis.COLLECTION_RATE);
		// Receivables on 30 Sep: 300,000 + 100,000 + (400,000 - 350,000) = 450,000; 450/600 x 92.
		assertFigure("69.0", r, StandardSalesKpis.DSO);
		// Closed in Q3: O1 and O2 won, O3 lost (O4 was lost in Q2).
		assertFigure("66.67", r, StandardSalesKpis.WIN_RATE);
		// Qualification to signing: O1 75 days, O2 50 days.
		assertFigure("62.5", r, StandardSalesKpis.CYCLE_TIME);
		assertFigure("62.5", r, StandardSalesKpis.CYCLE_TIME + ".stage-qualification");
		// (1,500,000 - 1,250,000) / 1,500,000.
		assertFigure("16.67", r, StandardSalesKpis.PROJECT_MARGIN);
		// Q2 customers C2 and C3; of them only C2 signed again in Q3.
		assertFigure("50.00", r, StandardSalesKpis.RETENTION);
		// Scores 10, 9, 9, 7, 3: 60% promoters - 20% detractors.
		assertFigure("40.00", r, StandardSalesKpis.NPS);
		// Requirements reports due 07-04 (met 07-03) and 08-03 (met 08-05); O9's solution is due in October.
		assertFigure("50.00", r, StandardSalesKpis.GATE_COMPLIANCE);
		// O1 has a change order, O2 none.
		assertFigure("50.00", r, StandardSalesKpis.CHANGE_RATE);
	}

	@Test
	void scopedToARegionAndUndefinedFigures() {
		KpiReport r = report(KpiScope.region("East"));
		assertFigure("1000000", r, StandardSalesKpis.BOOKINGS);
		assertFigure("50.00", r, StandardSalesKpis.WIN_RATE, "O1 won, O3 lost");
		assertNull(value(r, StandardSalesKpis.RETENTION), "no East customer signed in Q2: nothing to divide by");
	}

	@Test
	void thirdPartyProvidersAddTheirFigures() {
		build();
		KpiProvider visits = (ws, period, scope, at) -> List.of(new KpiValue("visits", "Visits", BigDecimal.valueOf(
				ws.getOpportunities().stream().flatMap(o -> o.getActivities().stream())
						.filter(a -> period.contains(a.getAt())).count()),
				"count", null, null, "visits in the period"));
		KpiReport r = KpiReport.compute(fx.ws, Period.quarter(2026, 3), KpiScope.all(), now, List.of(visits));
		assertFigure("2", r, "visits");
	}

	@Test
	void theStandardProviderIsRegisteredOnTheExtensionPoint() {
		build();
		List<String> problems = new java.util.ArrayList<>();
		List<KpiProvider> providers = org.bidbench.sales.core.kpi.KpiProviders.registered(problems);
		assertEquals(List.of(), problems);
		assertEquals(StandardSalesKpis.class, providers.get(0).getClass());
		KpiReport r = KpiReport.computeRegistered(fx.ws, Period.parse("2026Q3"), KpiScope.all(), now, problems);
		assertFigure("1500000", r, StandardSalesKpis.BOOKINGS);
	}

	private static BigDecimal value(KpiReport r, String id) {
		return r.get(id).orElseThrow(() -> new AssertionError("no KPI " + id)).value();
	}

	/**
	 * A second sales lead, 刘洋 of team Utilities, owns O2 (North, won 20 Aug, 500,000, cost
	 * 450,000, milestone 100,000 due 24 Sep not collected) and O3 (lost 1 Sep); 王伟 of team
	 * Infrastructure keeps the rest.
	 */
	private Employee splitOwners() {
		build();
		Employee second = fx.f.createEmployee();
		second.setId("E6");
		second.setName("刘洋");
		second.setRole(EmployeeRole.SALES_LEAD);
		second.setTeam("Utilities");
		fx.ws.getEmployees().add(second);
		fx.sales.setTeam("Infrastructure");
		for (Opportunity o : fx.ws.getOpportunities()) {
			if (o.getId().equals("O2") || o.getId().equals("O3")) {
				o.getTeam().setSalesLead(second);
			}
		}
		return second;
	}

	@Test
	void splitByPersonAndTeamAddsUpToTheWhole() {
		splitOwners();
		for (KpiSplit split : new KpiSplit[]{KpiSplit.PERSON, KpiSplit.TEAM}) {
			KpiDashboard d = KpiDashboard.compute(fx.ws, Period.parse("2026Q3"), split, now);
			assertEquals(3, d.groups().size(), split + ": the whole and two groups");
			KpiDashboard.Group first = d.groups().get(1);
			KpiDashboard.Group second = d.groups().get(2);
			String e1 = split == KpiSplit.PERSON ? "王伟" : "Infrastructure";
			String e6 = split == KpiSplit.PERSON ? "刘洋" : "Utilities";
			assertEquals(java.util.Set.of(e1, e6), java.util.Set.of(first.name(), second.name()));
			KpiDashboard.Group a = d.group(e1);
			KpiDashboard.Group b = d.group(e6);
			// Bookings: O1 1,000,000 | O2 500,000.
			assertDashboard("1000000", a, StandardSalesKpis.BOOKINGS);
			assertDashboard("500000", b, StandardSalesKpis.BOOKINGS);
			// Revenue: O1's 200,000 + 300,000 delivered in Q3 | O2's 100,000.
			assertDashboard("500000", a, StandardSalesKpis.REVENUE);
			assertDashboard("100000", b, StandardSalesKpis.REVENUE);
			// Collection rate: (200,000 + 350,000) / (200,000 + 400,000) | 0 / 100,000.
			assertDashboard("91.67", a, StandardSalesKpis.COLLECTION_RATE);
			assertDashboard("0", b, StandardSalesKpis.COLLECTION_RATE);
			// Win rate: O1 won of O1 | O2 won, O3 lost.
			assertDashboard("100", a, StandardSalesKpis.WIN_RATE);
			assertDashboard("50", b, StandardSalesKpis.WIN_RATE);
			// Margin: 200,000 / 1,000,000 | 50,000 / 500,000.
			assertDashboard("20", a, StandardSalesKpis.PROJECT_MARGIN);
			assertDashboard("10", b, StandardSalesKpis.PROJECT_MARGIN);
			// Change rate: O1 has a change order | O2 none.
			assertDashboard("100", a, StandardSalesKpis.CHANGE_RATE);
			assertDashboard("0", b, StandardSalesKpis.CHANGE_RATE);
			// Retention counts a person's customers (those with an opportunity of theirs): 王伟's are C1, C2, C3;
			// Q2 signed C2 (O5) and C3 (O6), Q3 signed C1 (O1) and C2 (O2): 1 of 2 | 刘洋's are C1, C2: Q2 C2, Q3 C1 and C2: 1 of 1.
			assertDashboard("50", a, StandardSalesKpis.RETENTION);
			assertDashboard("100", b, StandardSalesKpis.RETENTION);
			// Gate compliance: O7 met on time, O8 late (both 王伟's) | no gates due: no data.
			assertDashboard("50", a, StandardSalesKpis.GATE_COMPLIANCE);
			assertNull(b.figure(StandardSalesKpis.GATE_COMPLIANCE).current().value());
			// The groups' bookings add up to the whole.
			assertEquals(0, d.whole().figure(StandardSalesKpis.BOOKINGS).current().value()
					.compareTo(a.figure(StandardSalesKpis.BOOKINGS).current().value().add(b.figure(StandardSalesKpis.BOOKINGS).current().value())));
		}
	}

	@Test
	void splitByRegion() {
		build();
		KpiDashboard d = KpiDashboard.compute(fx.ws, Period.parse("2026Q3"), KpiSplit.REGION, now);
		assertEquals(List.of("all", "East", "North", "South"), d.groups().stream().map(KpiDashboard.Group::name).toList());
		assertDashboard("1000000", d.group("East"), StandardSalesKpis.BOOKINGS);
		assertDashboard("500000", d.group("North"), StandardSalesKpis.BOOKINGS);
		assertDashboard("0", d.group("South"), StandardSalesKpis.BOOKINGS);
		// North: O2 won in Q3, O4 lost in Q2 (not counted) -> 1 / 1.
		assertDashboard("100", d.group("North"), StandardSalesKpis.WIN_RATE);
		assertNull(d.group("South").figure(StandardSalesKpis.WIN_RATE).current().value(), "South closed nothing in Q3");
		// North's collection rate: O5's 350,000 collected of 400,000 due, O2's 100,000 due not collected.
		assertDashboard("70", d.group("North"), StandardSalesKpis.COLLECTION_RATE);
	}

	@Test
	void previousPeriodTargetAndTrend() {
		build();
		KpiTargets.set(fx.ws, StandardSalesKpis.BOOKINGS, Period.Length.QUARTER, new BigDecimal("1200000"));
		KpiTargets.set(fx.ws, StandardSalesKpis.WIN_RATE, null, new BigDecimal("60"));
		KpiDashboard d = KpiDashboard.compute(fx.ws, Period.parse("2026Q3"), KpiSplit.REGION, now);
		KpiDashboard.Figure bookings = d.whole().figure(StandardSalesKpis.BOOKINGS);
		// Q2: O5 2,000,000 + O6 100,000.
		assertEquals(0, new BigDecimal("2100000").compareTo(bookings.previous().value()));
		assertEquals(0, new BigDecimal("-600000").compareTo(bookings.change()));
		assertEquals(0, new BigDecimal("1200000").compareTo(bookings.target()));
		assertEquals(0, new BigDecimal("300000").compareTo(bookings.againstTarget()));
		assertNull(d.group("East").figure(StandardSalesKpis.BOOKINGS).target(), "an amount target is the firm's, not each region's");
		assertEquals(0, new BigDecimal("60").compareTo(d.group("East").figure(StandardSalesKpis.WIN_RATE).target()));
		assertEquals(8, bookings.trend().size());
		assertEquals(List.of("2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3"),
				d.trendPeriods().stream().map(Period::label).toList());
		assertEquals(0, new BigDecimal("1500000").compareTo(bookings.trend().get(7).value()));
		assertEquals(0, new BigDecimal("2100000").compareTo(bookings.trend().get(6).value()));
		assertNull(d.whole().figure(StandardSalesKpis.WIN_RATE).trend().get(0).value(), "nothing closed in 2024Q4: no data");
		assertNull(KpiTargets.of(fx.ws, StandardSalesKpis.BOOKINGS, Period.parse("2026-07")), "a quarter's target is not a month's");
	}

	@Test
	void periodsOfEveryLength() {
		assertEquals(Period.Length.MONTH, Period.parse("2026-07").length());
		assertEquals(Period.Length.QUARTER, Period.parse("2026Q3").length());
		assertEquals(Period.Length.YEAR, Period.parse("2026").length());
		Period custom = Period.parse("2026-07-15..2026-08-14");
		assertEquals(Period.Length.CUSTOM, custom.length());
		assertEquals(31, custom.days());
		assertEquals(Period.parse("2026-06-14..2026-07-14"), custom.previous());
		assertEquals("2026-07-15..2026-08-14", custom.label());
		assertEquals(Period.parse("2026Q2"), Period.parse("2026Q3").previous());
		assertEquals(Period.parse("2025"), Period.parse("2026").previous());
		build();
		KpiReport r = KpiReport.compute(fx.ws, custom, KpiScope.all(), now, List.of());
		// O1 signed 15 Jul: in; O2 signed 20 Aug: out.
		assertFigure("1000000", r, StandardSalesKpis.BOOKINGS);
	}

	@Test
	void drillDownListsWhatTheFigureCounted() {
		build();
		Period q3 = Period.parse("2026Q3");
		assertEquals(List.of("O1", "O2"), ids(KpiDrillDown.opportunities(fx.ws, q3, KpiScope.all(), StandardSalesKpis.BOOKINGS)));
		assertEquals(List.of("O1", "O2", "O3"), ids(KpiDrillDown.opportunities(fx.ws, q3, KpiScope.all(), StandardSalesKpis.WIN_RATE)));
		assertEquals(List.of("O1", "O2", "O5"),
				ids(KpiDrillDown.opportunities(fx.ws, q3, KpiScope.all(), StandardSalesKpis.COLLECTION_RATE)));
		assertEquals(List.of("O1"), ids(KpiDrillDown.opportunities(fx.ws, q3, KpiScope.region("East"), StandardSalesKpis.BOOKINGS)));
		assertEquals(List.of("O7", "O8"), ids(KpiDrillDown.opportunities(fx.ws, q3, KpiScope.all(), StandardSalesKpis.GATE_COMPLIANCE)));
	}

	@Test
	void receivablesAgeByBucketCustomerAndRegion() {
		build();
		CollectionsReport c = CollectionsReport.compute(fx.ws, LocalDate.of(2026, 10, 1));
		// O1 M2 300,000 due 10 Oct: current. O2 100,000 due 24 Sep: 7 days, 1-30. O5 400,000 due 1 Jul with 350,000 collected: 50,000 at 92 days.
		CollectionsReport.Ageing total = c.total();
		assertEquals(0, new BigDecimal("300000").compareTo(total.amount(CollectionsReport.Bucket.CURRENT)));
		assertEquals(0, new BigDecimal("100000").compareTo(total.amount(CollectionsReport.Bucket.DAYS_1_30)));
		assertEquals(0, BigDecimal.ZERO.compareTo(total.amount(CollectionsReport.Bucket.DAYS_31_60)));
		assertEquals(0, BigDecimal.ZERO.compareTo(total.amount(CollectionsReport.Bucket.DAYS_61_90)));
		assertEquals(0, new BigDecimal("50000").compareTo(total.amount(CollectionsReport.Bucket.OVER_90)));
		// East (C1): 300,000 current; North (C2): 100,000 at 1-30 days and 50,000 over 90.
		assertEquals(List.of("East", "North"), c.byRegion().stream().map(CollectionsReport.Ageing::name).toList(), "largest first");
		assertEquals(0, new BigDecimal("300000").compareTo(c.byRegion().get(0).amount(CollectionsReport.Bucket.CURRENT)));
		assertEquals(0, new BigDecimal("150000").compareTo(c.byRegion().get(1).total()));
		assertEquals(0, new BigDecimal("50000").compareTo(c.byRegion().get(1).amount(CollectionsReport.Bucket.OVER_90)));
		assertEquals(List.of("杭州地铁集团有限公司", "C2"), c.byCustomer().stream().map(CollectionsReport.Ageing::name).toList());
		assertEquals(List.of("O5", "O2"), c.overdue().stream().map(r -> r.opportunity().getId()).toList());
		assertEquals(92, c.overdue().get(0).daysPastDue());
		assertEquals(fx.commercial, c.overdue().get(0).responsible(), "no project manager: the commercial lead chases it");
		// Cash: collected 350,000 in July and 200,000 in August; all 450,000 outstanding expected in October.
		assertEquals(List.of("2026-07", "2026-08", "2026-10"), c.cashByMonth().stream().map(m -> m.month().toString()).toList());
		assertEquals(0, new BigDecimal("350000").compareTo(c.cashByMonth().get(0).collected()));
		assertEquals(0, new BigDecimal("450000").compareTo(c.cashByMonth().get(2).expected()));
		assertEquals(CollectionsReport.Bucket.DAYS_31_60, CollectionsReport.Bucket.of(31));
		assertEquals(CollectionsReport.Bucket.DAYS_61_90, CollectionsReport.Bucket.of(90));
		assertEquals(CollectionsReport.Bucket.OVER_90, CollectionsReport.Bucket.of(91));
		assertEquals(CollectionsReport.Bucket.CURRENT, CollectionsReport.Bucket.of(0));
	}

	private static List<String> ids(List<Opportunity> opportunities) {
		return opportunities.stream().map(Opportunity::getId).toList();
	}

	private static void assertDashboard(String expected, KpiDashboard.Group g, String id) {
		BigDecimal actual = g.figure(id).current().value();
		assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> g.name() + " " + id + ": expected " + expected + " but was " + actual);
	}

	/** Compares numerically: 50 and 50.00 are the same figure. */
	private static void assertFigure(String expected, KpiReport r, String id, String... why) {
		BigDecimal actual = value(r, id);
		assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> id + ": expected " + expected + " but was " + actual
				+ (why.length > 0 ? " (" + why[0] + ")" : ""));
	}

	private Customer customer(String id, String region) {
		Customer c = fx.f.createCustomer();
		c.setId(id);
		c.setName(id);
		c.setRegion(region);
		fx.ws.getCustomers().add(c);
		return c;
	}

	private void build() {
		Customer c1 = fx.customer;
		Customer c2 = customer("C2", "North");
		Customer c3 = customer("C3", "South");
		Opportunity o1 = won("O1", c1, "2026-05-01T10:00:00Z", "2026-07-15T10:00:00Z", "1000000", "800000");
		milestone(o1, "200000", "2026-07-20", "2026-08-19", "2026-08-25", "200000");
		milestone(o1, "300000", "2026-09-10", "2026-10-10", null, null);
		milestone(o1, "500000", null, null, null, null);
		ChangeOrder change = fx.f.createChangeOrder();
		change.setId("O1-CO1");
		change.setAmount(Money.of("20000", "CNY"));
		o1.getContract().getChangeOrders().add(change);
		Opportunity o2 = won("O2", c2, "2026-07-01T10:00:00Z", "2026-08-20T10:00:00Z", "500000", "450000");
		milestone(o2, "100000", "2026-08-25", "2026-09-24", null, null);
		lost("O3", c1, "2026-09-01T00:00:00Z");
		lost("O4", c2, "2026-06-01T00:00:00Z");
		Opportunity o5 = won("O5", c2, "2026-03-01T10:00:00Z", "2026-05-10T10:00:00Z", "2000000", "1500000");
		milestone(o5, "400000", "2026-06-01", "2026-07-01", "2026-07-20", "350000");
		won("O6", c3, "2026-03-01T10:00:00Z", "2026-06-10T10:00:00Z", "100000", "90000");

		Opportunity o7 = fx.opportunity("O7", "stage-qualification", Instant.parse("2026-07-01T00:00:00Z"));
		fx.visit(o7, Instant.parse("2026-07-02T09:00:00Z"));
		fx.acceptedReport(o7, Instant.parse("2026-07-03T09:00:00Z"));
		Opportunity o8 = fx.opportunity("O8", "stage-qualification", Instant.parse("2026-08-01T00:00:00Z"));
		fx.visit(o8, Instant.parse("2026-08-01T09:00:00Z"));
		fx.acceptedReport(o8, Instant.parse("2026-08-05T09:00:00Z"));
		fx.opportunity("O9", "stage-solution", Instant.parse("2026-09-25T00:00:00Z"));

		int[] scores = {10, 9, 9, 7, 3};
		for (int i = 0; i < scores.length; i++) {
			NpsAnswer a = fx.f.createNpsAnswer();
			a.setCustomer(i % 2 == 0 ? c1 : c2);
			a.setScore(scores[i]);
			a.setAnsweredOn(LocalDate.of(2026, 7 + i % 3, 10));
			fx.ws.getNpsAnswers().add(a);
		}
		NpsAnswer old = fx.f.createNpsAnswer();
		old.setCustomer(c1);
		old.setScore(0);
		old.setAnsweredOn(LocalDate.of(2026, 6, 30));
		fx.ws.getNpsAnswers().add(old);
	}

	private Opportunity won(String id, Customer c, String qualified, String signed, String value, String cost) {
		Opportunity o = fx.opportunity(id, "stage-qualification", Instant.parse(qualified));
		o.setCustomer(c);
		StageChange change = fx.f.createStageChange();
		change.setStage(fx.stage("stage-execution"));
		change.setEnteredAt(Instant.parse(signed));
		o.getStageHistory().add(change);
		o.setStage(fx.stage("stage-execution"));
		o.setStatus(OpportunityStatus.WON);
		o.setClosedAt(Instant.parse(signed));
		Contract k = fx.f.createContract();
		k.setId(id + "-K");
		k.setSignedOn(LocalDate.ofInstant(Instant.parse(signed), java.time.ZoneOffset.UTC));
		k.setValue(Money.of(value, "CNY"));
		k.setEstimatedCost(Money.of(cost, "CNY"));
		o.setContract(k);
		return o;
	}

	private void lost(String id, Customer c, String closed) {
		Opportunity o = fx.opportunity(id, "stage-quote", Instant.parse("2026-04-01T00:00:00Z"));
		o.setCustomer(c);
		o.setStatus(OpportunityStatus.LOST);
		o.setLostReason("price");
		o.setClosedAt(Instant.parse(closed));
	}

	private void milestone(Opportunity o, String amount, String delivered, String due, String collectedOn, String collected) {
		PaymentMilestone m = fx.f.createPaymentMilestone();
		m.setName("M" + (o.getContract().getMilestones().size() + 1));
		m.setAmount(Money.of(amount, "CNY"));
		if (delivered != null) {
			m.setDeliveredOn(LocalDate.parse(delivered));
			m.setInvoicedOn(LocalDate.parse(delivered));
			m.setDueDate(LocalDate.parse(due));
		}
		if (collectedOn != null) {
			m.setCollectedOn(LocalDate.parse(collectedOn));
			m.setCollectedAmount(Money.of(collected, "CNY"));
		}
		o.getContract().getMilestones().add(m);
	}
}
