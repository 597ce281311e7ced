package org.bidbench.sales.core.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.NpsAnswer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.SalesProcess;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.model.StageChange;

/**
 * The KPIs of docs/domain.md, computed exactly as defined there. Amounts count only in the
 * workspace's currency; dates of instants are taken in UTC.
 */
public final class StandardSalesKpis implements KpiProvider {

    public static final String BOOKINGS = "bookings";
    public static final String REVENUE = "revenue";
    public static final String COLLECTION_RATE = "collection-rate";
    public static final String DSO = "dso";
    public static final String WIN_RATE = "win-rate";
    public static final String CYCLE_TIME = "cycle-time";
    public static final String PROJECT_MARGIN = "project-margin";
    public static final String RETENTION = "retention";
    public static final String NPS = "nps";
    public static final String GATE_COMPLIANCE = "gate-compliance";
    public static final String CHANGE_RATE = "post-award-change-rate";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

    @Override
    public String id() {
        return "bidbench.standard";
    }

    @Override
    public List<KpiValue> compute(SalesWorkspace workspace, Period period, KpiScope scope, Instant now) {
        String currency = workspace.getCurrency();
        List<Opportunity> opportunities = workspace.getOpportunities().stream().filter(scope::includes).toList();
        List<KpiValue> values = new ArrayList<>();

        BigDecimal bookings = BigDecimal.ZERO;
        BigDecimal contractValue = BigDecimal.ZERO;
        BigDecimal contractCost = BigDecimal.ZERO;
        int wonProjects = 0;
        int wonWithChanges = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        BigDecimal due = BigDecimal.ZERO;
        BigDecimal receivables = BigDecimal.ZERO;
        LocalDate lastDay = period.lastDay();
        for (Opportunity o : opportunities) {
            Contract c = o.getContract();
            if (c == null) {
                continue;
            }
            if (period.contains(c.getSignedOn()) && inCurrency(c.getValue(), currency)) {
                bookings = bookings.add(c.getValue().amount());
                wonProjects++;
                if (!c.getChangeOrders().isEmpty()) {
                    wonWithChanges++;
                }
                if (inCurrency(c.getEstimatedCost(), currency)) {
                    contractValue = contractValue.add(c.getValue().amount());
                    contractCost = contractCost.add(c.getEstimatedCost().amount());
                }
            }
            for (PaymentMilestone m : c.getMilestones()) {
                if (!inCurrency(m.getAmount(), currency)) {
                    continue;
                }
                if (period.contains(m.getDeliveredOn())) {
                    revenue = revenue.add(m.getAmount().amount());
                }
                if (period.contains(m.getDueDate())) {
                    due = due.add(m.getAmount().amount());
                }
                BigDecimal cash = inCurrency(m.getCollectedAmount(), currency) ? m.getCollectedAmount().amount() : BigDecimal.ZERO;
                if (period.contains(m.getCollectedOn())) {
                    collected = collected.add(cash);
                }
                if (m.getInvoicedOn() != null && !m.getInvoicedOn().isAfter(lastDay)) {
                    boolean collectedByEnd = m.getCollectedOn() != null && !m.getCollectedOn().isAfter(lastDay);
                    receivables = receivables.add(m.getAmount().amount().subtract(collectedByEnd ? cash : BigDecimal.ZERO));
                }
            }
        }
        values.add(new KpiValue(BOOKINGS, "Bookings", bookings, currency, null, null,
                "value of contracts signed in the period"));
        values.add(new KpiValue(REVENUE, "Revenue", revenue, currency, null, null,
                "value recognised in the period (milestones delivered)"));
        values.add(ratio(COLLECTION_RATE, "Collection rate", collected, due,
                "cash collected in the period / amount due in the period"));
        BigDecimal dso = revenue.signum() == 0 ? null
                : receivables.multiply(BigDecimal.valueOf(period.days())).divide(revenue, 1, RoundingMode.HALF_UP);
        values.add(new KpiValue(DSO, "Days sales outstanding", dso, "days", receivables, revenue,
                "receivables at period end / revenue of the period x days in the period"));

        int won = 0;
        int lost = 0;
        for (Opportunity o : opportunities) {
            if (period.contains(o.getClosedAt())) {
                if (o.getStatus() == OpportunityStatus.WON) {
                    won++;
                } else if (o.getStatus() == OpportunityStatus.LOST) {
                    lost++;
                }
            }
        }
        values.add(ratio(WIN_RATE, "Win rate", BigDecimal.valueOf(won), BigDecimal.valueOf(won + lost),
                "opportunities won / (won + lost) closed in the period"));

        values.addAll(cycleTimes(workspace.getProcess(), opportunities, period));
        values.add(ratio(PROJECT_MARGIN, "Project margin", contractValue.subtract(contractCost), contractValue,
                "(contract value - cost) / contract value, contracts signed in the period"));
        values.add(retention(workspace, period, scope, currency));
        values.add(nps(workspace, period, scope));

        int gatesDue = 0;
        int gatesOnTime = 0;
        for (Opportunity o : opportunities) {
            for (GateDeadline d : deadlines(o)) {
                if (d.dueAt() != null && period.contains(d.dueAt())) {
                    gatesDue++;
                    if (d.isMetOnTime()) {
                        gatesOnTime++;
                    }
                }
            }
        }
        values.add(ratio(GATE_COMPLIANCE, "Gate compliance", BigDecimal.valueOf(gatesOnTime), BigDecimal.valueOf(gatesDue),
                "gates met on time / gates due in the period"));
        values.add(ratio(CHANGE_RATE, "Post-award change rate", BigDecimal.valueOf(wonWithChanges),
                BigDecimal.valueOf(wonProjects), "won projects with change orders / won projects (signed in the period)"));
        return values;
    }

    /**
     * Days from entering qualification (the process's second stage) to signing, over
     * opportunities won in the period; then the average days spent in each stage, over stays
     * that ended in the period.
     */
    /**
     * The gate deadlines of each opportunity while a dashboard computes: they do not depend on
     * the period, and a dashboard asks for 8 periods of every group (the benchmark's largest cost).
     */
    private static final ThreadLocal<Map<Opportunity, List<GateDeadline>>> DEADLINES = new ThreadLocal<>();

    /** Runs {@code computation} with each opportunity's gate deadlines worked out once; nothing may change the workspace meanwhile. */
    static <T> T withDeadlinesOnce(java.util.function.Supplier<T> computation) {
        if (DEADLINES.get() != null) {
            return computation.get();
        }
        DEADLINES.set(new java.util.IdentityHashMap<>());
        try {
            return computation.get();
        } finally {
            DEADLINES.remove();
        }
    }

    private static List<GateDeadline> deadlines(Opportunity o) {
        Map<Opportunity, List<GateDeadline>> cache = DEADLINES.get();
        return cache == null ? GateDeadlines.of(o) : cache.computeIfAbsent(o, GateDeadlines::of);
    }

    private static List<KpiValue> cycleTimes(SalesProcess process, List<Opportunity> opportunities, Period period) {
        List<KpiValue> values = new ArrayList<>();
        Stage qualification = process == null || process.getStages().size() < 2 ? null : process.getStages().get(1);
        BigDecimal total = BigDecimal.ZERO;
        int count = 0;
        Map<Stage, BigDecimal[]> perStage = new LinkedHashMap<>();
        if (process != null) {
            for (Stage s : process.getStages()) {
                perStage.put(s, new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
            }
        }
        for (Opportunity o : opportunities) {
            if (o.getStatus() == OpportunityStatus.WON && period.contains(o.getClosedAt())) {
                Instant qualified = o.getStageHistory().stream().filter(c -> c.getStage() == qualification)
                        .map(StageChange::getEnteredAt).findFirst().orElse(null);
                if (qualified != null) {
                    total = total.add(days(qualified, o.getClosedAt()));
                    count++;
                }
            }
            List<StageChange> history = o.getStageHistory();
            for (int i = 0; i + 1 < history.size(); i++) {
                Instant left = history.get(i + 1).getEnteredAt();
                BigDecimal[] sum = perStage.get(history.get(i).getStage());
                if (sum != null && period.contains(left)) {
                    sum[0] = sum[0].add(days(history.get(i).getEnteredAt(), left));
                    sum[1] = sum[1].add(BigDecimal.ONE);
                }
            }
        }
        values.add(new KpiValue(CYCLE_TIME, "Cycle time", count == 0 ? null
                : total.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP), "days", total, BigDecimal.valueOf(count),
                "average days from qualification to signing, opportunities won in the period"));
        for (Map.Entry<Stage, BigDecimal[]> e : perStage.entrySet()) {
            BigDecimal[] sum = e.getValue();
            values.add(new KpiValue(CYCLE_TIME + "." + e.getKey().getId(), "Days in " + e.getKey().getName(),
                    sum[1].signum() == 0 ? null : sum[0].divide(sum[1], 1, RoundingMode.HALF_UP), "days", sum[0], sum[1],
                    "average days spent in the stage, stays that ended in the period"));
        }
        return values;
    }

    private static KpiValue retention(SalesWorkspace workspace, Period period, KpiScope scope, String currency) {
        Period previous = period.previous();
        Set<Customer> before = new HashSet<>();
        Set<Customer> now = new HashSet<>();
        for (Opportunity o : workspace.getOpportunities()) {
            Contract c = o.getContract();
            if (c == null || o.getCustomer() == null || !scope.includes(o.getCustomer())) {
                continue;
            }
            if (previous.contains(c.getSignedOn())) {
                before.add(o.getCustomer());
            }
            if (period.contains(c.getSignedOn())) {
                now.add(o.getCustomer());
            }
        }
        int kept = (int) before.stream().filter(now::contains).count();
        return ratio(RETENTION, "Retention", BigDecimal.valueOf(kept), BigDecimal.valueOf(before.size()),
                "customers with contracts signed in both the previous period and this one / customers of the previous period");
    }

    private static KpiValue nps(SalesWorkspace workspace, Period period, KpiScope scope) {
        int promoters = 0;
        int detractors = 0;
        int answers = 0;
        for (NpsAnswer a : workspace.getNpsAnswers()) {
            if (period.contains(a.getAnsweredOn()) && a.getCustomer() != null && scope.includes(a.getCustomer())) {
                answers++;
                if (a.getScore() >= 9) {
                    promoters++;
                } else if (a.getScore() <= 6) {
                    detractors++;
                }
            }
        }
        return ratio(NPS, "Net Promoter Score", BigDecimal.valueOf(promoters - detractors), BigDecimal.valueOf(answers),
                "% of answers 9-10 minus % of answers 0-6");
    }

    private static KpiValue ratio(String id, String name, BigDecimal numerator, BigDecimal denominator, String definition) {
        BigDecimal value = denominator.signum() == 0 ? null
                : numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
        return new KpiValue(id, name, value, "%", numerator, denominator, definition);
    }

    private static BigDecimal days(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toHours()).divide(HOURS_PER_DAY, 4, RoundingMode.HALF_UP);
    }

    private static boolean inCurrency(Money money, String currency) {
        return money != null && money.currency().equals(currency);
    }
}
