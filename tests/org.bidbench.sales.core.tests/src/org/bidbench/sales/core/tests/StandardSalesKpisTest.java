package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bidbench.sales.core.kpi.KpiProvider;
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
                        .filter(a -> period.contains(a.getAt())).count()), "count", null, null, "visits in the period"));
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

        int[] scores = { 10, 9, 9, 7, 3 };
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
