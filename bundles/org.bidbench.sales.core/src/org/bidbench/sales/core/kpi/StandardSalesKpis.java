package org.bidbench.sales.core.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
		Sums sums = new Sums(workspace.getProcess());
		LocalDate lastDay = period.lastDay();
		for (Opportunity o : opportunities) {
			Contract c = o.getContract();
			if (c == null) {
				continue;
			}
			if (period.contains(c.getSignedOn()) && inCurrency(c.getValue(), currency)) {
				sums.signed(c.getValue().amount(), inCurrency(c.getEstimatedCost(), currency) ? c.getEstimatedCost().amount() : null,
						!c.getChangeOrders().isEmpty());
			}
			for (PaymentMilestone m : c.getMilestones()) {
				if (!inCurrency(m.getAmount(), currency)) {
					continue;
				}
				BigDecimal amount = m.getAmount().amount();
				if (period.contains(m.getDeliveredOn())) {
					sums.revenue = sums.revenue.add(amount);
				}
				if (period.contains(m.getDueDate())) {
					sums.due = sums.due.add(amount);
				}
				BigDecimal cash = inCurrency(m.getCollectedAmount(), currency) ? m.getCollectedAmount().amount() : BigDecimal.ZERO;
				if (period.contains(m.getCollectedOn())) {
					sums.collected = sums.collected.add(cash);
				}
				if (m.getInvoicedOn() != null && !m.getInvoicedOn().isAfter(lastDay)) {
					boolean collectedByEnd = m.getCollectedOn() != null && !m.getCollectedOn().isAfter(lastDay);
					sums.receivables = sums.receivables.add(amount.subtract(collectedByEnd ? cash : BigDecimal.ZERO));
				}
			}
		}
		for (Opportunity o : opportunities) {
			if (period.contains(o.getClosedAt())) {
				sums.closed(o.getStatus());
			}
		}
		cycleTimes(workspace.getProcess(), opportunities, period, sums);
		retention(workspace, period, scope, sums);
		nps(workspace, period, scope, sums);
		for (Opportunity o : opportunities) {
			for (GateDeadline d : deadlines(o)) {
				if (d.dueAt() != null && period.contains(d.dueAt())) {
					sums.gate(d.isMetOnTime());
				}
			}
		}
		return sums.values(period, currency);
	}

	/**
	 * The same figures as {@link #compute} for every period of {@code periods} and every scope of
	 * {@code scopes}, in one pass over the workspace: each opportunity's contract, milestones,
	 * stage history and gates are read once and added to every (scope, period) they count for.
	 * A dashboard (8 periods x 5 or more groups) spent its time reading EMF lists over and over
	 * when each group and period was computed on its own.
	 *
	 * @return the values of scope {@code g} and period {@code p} at {@code [g][p]}, each list as
	 *         {@link #compute} gives it
	 */
	public List<List<List<KpiValue>>> computeAll(SalesWorkspace workspace, List<Period> periods, List<KpiScope> scopes,
			Instant now) {
		String currency = workspace.getCurrency();
		SalesProcess process = workspace.getProcess();
		int periodCount = periods.size();
		Sums[][] sums = new Sums[scopes.size()][periodCount];
		for (Sums[] row : sums) {
			for (int p = 0; p < periodCount; p++) {
				row[p] = new Sums(process);
			}
		}
		Period[] within = periods.toArray(new Period[0]);
		Period[] before = new Period[periodCount];
		LocalDate[] lastDays = new LocalDate[periodCount];
		for (int p = 0; p < periodCount; p++) {
			before[p] = within[p].previous();
			lastDays[p] = within[p].lastDay();
		}
		Stage qualification = process == null || process.getStages().size() < 2 ? null : process.getStages().get(1);
		Set<Stage> processStages = process == null ? Set.of() : new HashSet<>(process.getStages());
		Map<Customer, int[]> customerScopes = new IdentityHashMap<>();
		java.util.function.Function<Customer, int[]> scopesOfCustomer = customer -> customerScopes.computeIfAbsent(customer,
				k -> indices(scopes, s -> s.includes(k)));

		for (Opportunity o : workspace.getOpportunities()) {
			Contract c = o.getContract();
			Customer customer = o.getCustomer();
			if (c != null && customer != null) {
				// Retention counts customers by the customer's scope, not the opportunity's.
				LocalDate signedOn = c.getSignedOn();
				int[] in = null;
				for (int p = 0; p < periodCount; p++) {
					boolean wasBefore = before[p].contains(signedOn);
					boolean isNow = within[p].contains(signedOn);
					if (wasBefore || isNow) {
						in = in == null ? scopesOfCustomer.apply(customer) : in;
						for (int g : in) {
							if (wasBefore) {
								sums[g][p].customersBefore.add(customer);
							}
							if (isNow) {
								sums[g][p].customersNow.add(customer);
							}
						}
					}
				}
			}
			int[] in = indices(scopes, s -> s.includes(o));
			if (in.length == 0) {
				continue;
			}
			if (c != null) {
				LocalDate signedOn = c.getSignedOn();
				if (inCurrency(c.getValue(), currency)) {
					BigDecimal value = c.getValue().amount();
					BigDecimal cost = inCurrency(c.getEstimatedCost(), currency) ? c.getEstimatedCost().amount() : null;
					boolean changed = !c.getChangeOrders().isEmpty();
					for (int p = 0; p < periodCount; p++) {
						if (within[p].contains(signedOn)) {
							for (int g : in) {
								sums[g][p].signed(value, cost, changed);
							}
						}
					}
				}
				for (PaymentMilestone m : c.getMilestones()) {
					if (!inCurrency(m.getAmount(), currency)) {
						continue;
					}
					BigDecimal amount = m.getAmount().amount();
					LocalDate deliveredOn = m.getDeliveredOn();
					LocalDate dueDate = m.getDueDate();
					LocalDate collectedOn = m.getCollectedOn();
					LocalDate invoicedOn = m.getInvoicedOn();
					BigDecimal cash = inCurrency(m.getCollectedAmount(), currency) ? m.getCollectedAmount().amount() : BigDecimal.ZERO;
					for (int p = 0; p < periodCount; p++) {
						boolean delivered = within[p].contains(deliveredOn);
						boolean due = within[p].contains(dueDate);
						boolean collected = within[p].contains(collectedOn);
						boolean invoiced = invoicedOn != null && !invoicedOn.isAfter(lastDays[p]);
						if (!(delivered || due || collected || invoiced)) {
							continue;
						}
						BigDecimal receivable = invoiced
								? amount.subtract(collectedOn != null && !collectedOn.isAfter(lastDays[p]) ? cash : BigDecimal.ZERO)
								: null;
						for (int g : in) {
							Sums s = sums[g][p];
							if (delivered) {
								s.revenue = s.revenue.add(amount);
							}
							if (due) {
								s.due = s.due.add(amount);
							}
							if (collected) {
								s.collected = s.collected.add(cash);
							}
							if (invoiced) {
								s.receivables = s.receivables.add(receivable);
							}
						}
					}
				}
			}
			Instant closedAt = o.getClosedAt();
			if (closedAt != null) {
				LocalDate closedOn = LocalDate.ofInstant(closedAt, ZoneOffset.UTC);
				OpportunityStatus status = o.getStatus();
				BigDecimal cycle = null;
				boolean cycleKnown = false;
				for (int p = 0; p < periodCount; p++) {
					if (!within[p].contains(closedOn)) {
						continue;
					}
					if (status == OpportunityStatus.WON && !cycleKnown) {
						Instant qualified = firstEntry(o, qualification);
						cycle = qualified == null ? null : days(qualified, closedAt);
						cycleKnown = true;
					}
					for (int g : in) {
						sums[g][p].closed(status);
						if (cycle != null) {
							sums[g][p].cycle(cycle);
						}
					}
				}
			}
			List<StageChange> history = o.getStageHistory();
			int changes = history.size();
			StageChange entered = changes == 0 ? null : history.get(0);
			for (int i = 0; i + 1 < changes; i++) {
				StageChange next = history.get(i + 1);
				Instant left = next.getEnteredAt();
				Stage stage = entered.getStage();
				if (left != null && stage != null && processStages.contains(stage)) {
					LocalDate leftOn = LocalDate.ofInstant(left, ZoneOffset.UTC);
					BigDecimal stay = null;
					for (int p = 0; p < periodCount; p++) {
						if (within[p].contains(leftOn)) {
							stay = stay == null ? days(entered.getEnteredAt(), left) : stay;
							for (int g : in) {
								sums[g][p].stay(stage, stay);
							}
						}
					}
				}
				entered = next;
			}
			for (GateDeadline d : deadlines(o)) {
				if (d.dueAt() == null) {
					continue;
				}
				LocalDate dueOn = LocalDate.ofInstant(d.dueAt(), ZoneOffset.UTC);
				for (int p = 0; p < periodCount; p++) {
					if (within[p].contains(dueOn)) {
						for (int g : in) {
							sums[g][p].gate(d.isMetOnTime());
						}
					}
				}
			}
		}
		for (NpsAnswer a : workspace.getNpsAnswers()) {
			if (a.getCustomer() == null) {
				continue;
			}
			for (int p = 0; p < periodCount; p++) {
				if (within[p].contains(a.getAnsweredOn())) {
					for (int g : scopesOfCustomer.apply(a.getCustomer())) {
						sums[g][p].answer(a.getScore());
					}
				}
			}
		}

		List<List<List<KpiValue>>> result = new ArrayList<>();
		for (Sums[] row : sums) {
			List<List<KpiValue>> perPeriod = new ArrayList<>();
			for (int p = 0; p < periodCount; p++) {
				perPeriod.add(row[p].values(within[p], currency));
			}
			result.add(perPeriod);
		}
		return result;
	}

	private static <T> int[] indices(List<T> items, java.util.function.Predicate<T> test) {
		int[] found = new int[items.size()];
		int n = 0;
		for (int i = 0; i < found.length; i++) {
			if (test.test(items.get(i))) {
				found[n++] = i;
			}
		}
		return java.util.Arrays.copyOf(found, n);
	}

	private static Instant firstEntry(Opportunity o, Stage stage) {
		for (StageChange c : o.getStageHistory()) {
			if (c.getStage() == stage) {
				return c.getEnteredAt();
			}
		}
		return null;
	}

	/**
	 * What one scope's figures of one period are made of: {@link #compute} and
	 * {@link #computeAll} add to it, and it turns into the figures the same way for both.
	 */
	private static final class Sums {
		BigDecimal bookings = BigDecimal.ZERO;
		BigDecimal contractValue = BigDecimal.ZERO;
		BigDecimal contractCost = BigDecimal.ZERO;
		int wonProjects;
		int wonWithChanges;
		BigDecimal revenue = BigDecimal.ZERO;
		BigDecimal collected = BigDecimal.ZERO;
		BigDecimal due = BigDecimal.ZERO;
		BigDecimal receivables = BigDecimal.ZERO;
		int won;
		int lost;
		BigDecimal cycleTotal = BigDecimal.ZERO;
		int cycleCount;
		/** Per stage of the process, in process order: days spent, stays counted. */
		final Map<Stage, BigDecimal[]> perStage = new LinkedHashMap<>();
		final Set<Customer> customersBefore = new HashSet<>();
		final Set<Customer> customersNow = new HashSet<>();
		int promoters;
		int detractors;
		int answers;
		int gatesDue;
		int gatesOnTime;

		Sums(SalesProcess process) {
			if (process != null) {
				for (Stage s : process.getStages()) {
					perStage.put(s, new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
				}
			}
		}

		/** A contract signed in the period, in the workspace's currency; {@code cost} null when not in that currency. */
		void signed(BigDecimal value, BigDecimal cost, boolean changed) {
			bookings = bookings.add(value);
			wonProjects++;
			if (changed) {
				wonWithChanges++;
			}
			if (cost != null) {
				contractValue = contractValue.add(value);
				contractCost = contractCost.add(cost);
			}
		}

		void closed(OpportunityStatus status) {
			if (status == OpportunityStatus.WON) {
				won++;
			} else if (status == OpportunityStatus.LOST) {
				lost++;
			}
		}

		void cycle(BigDecimal days) {
			cycleTotal = cycleTotal.add(days);
			cycleCount++;
		}

		void stay(Stage stage, BigDecimal days) {
			BigDecimal[] sum = perStage.get(stage);
			if (sum != null) {
				sum[0] = sum[0].add(days);
				sum[1] = sum[1].add(BigDecimal.ONE);
			}
		}

		void answer(int score) {
			answers++;
			if (score >= 9) {
				promoters++;
			} else if (score <= 6) {
				detractors++;
			}
		}

		void gate(boolean metOnTime) {
			gatesDue++;
			if (metOnTime) {
				gatesOnTime++;
			}
		}

		List<KpiValue> values(Period period, String currency) {
			List<KpiValue> values = new ArrayList<>();
			values.add(new KpiValue(BOOKINGS, "Bookings", bookings, currency, null, null,
					"value of contracts signed in the period"));
			values.add(new KpiValue(REVENUE, "Revenue", revenue, currency, null, null,
					"value recognised in the period (milestones delivered)"));
			values.add(ratio(COLLECTION_RATE, "Collection rate", collected, due,
					"cash collected in the period / amount due in the period"));
			BigDecimal dso = revenue.signum() == 0
					? null
					: receivables.multiply(BigDecimal.valueOf(period.days())).divide(revenue, 1, RoundingMode.HALF_UP);
			values.add(new KpiValue(DSO, "Days sales outstanding", dso, "days", receivables, revenue,
					"receivables at period end / revenue of the period x days in the period"));
			values.add(ratio(WIN_RATE, "Win rate", BigDecimal.valueOf(won), BigDecimal.valueOf(won + lost),
					"opportunities won / (won + lost) closed in the period"));
			values.add(new KpiValue(CYCLE_TIME, "Cycle time", cycleCount == 0
					? null
					: cycleTotal.divide(BigDecimal.valueOf(cycleCount), 1, RoundingMode.HALF_UP), "days", cycleTotal,
					BigDecimal.valueOf(cycleCount), "average days from qualification to signing, opportunities won in the period"));
			for (Map.Entry<Stage, BigDecimal[]> e : perStage.entrySet()) {
				BigDecimal[] sum = e.getValue();
				values.add(new KpiValue(CYCLE_TIME + "." + e.getKey().getId(), "Days in " + e.getKey().getName(),
						sum[1].signum() == 0 ? null : sum[0].divide(sum[1], 1, RoundingMode.HALF_UP), "days", sum[0], sum[1],
						"average days spent in the stage, stays that ended in the period"));
			}
			values.add(ratio(PROJECT_MARGIN, "Project margin", contractValue.subtract(contractCost), contractValue,
					"(contract value - cost) / contract value, contracts signed in the period"));
			int kept = (int) customersBefore.stream().filter(customersNow::contains).count();
			values.add(ratio(RETENTION, "Retention", BigDecimal.valueOf(kept), BigDecimal.valueOf(customersBefore.size()),
					"customers with contracts signed in both the previous period and this one / customers of the previous period"));
			values.add(ratio(NPS, "Net Promoter Score", BigDecimal.valueOf(promoters - detractors), BigDecimal.valueOf(answers),
					"% of answers 9-10 minus % of answers 0-6"));
			values.add(ratio(GATE_COMPLIANCE, "Gate compliance", BigDecimal.valueOf(gatesOnTime), BigDecimal.valueOf(gatesDue),
					"gates met on time / gates due in the period"));
			values.add(ratio(CHANGE_RATE, "Post-award change rate", BigDecimal.valueOf(wonWithChanges),
					BigDecimal.valueOf(wonProjects), "won projects with change orders / won projects (signed in the period)"));
			return values;
		}
	}

	/**
	 * The gate deadlines of each opportunity while a dashboard computes: they do not depend on
	 * the period, and a dashboard asks for 8 periods of every group.
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

	/**
	 * Days from entering qualification (the process's second stage) to signing, over
	 * opportunities won in the period; then the average days spent in each stage, over stays
	 * that ended in the period.
	 */
	private static void cycleTimes(SalesProcess process, List<Opportunity> opportunities, Period period, Sums sums) {
		Stage qualification = process == null || process.getStages().size() < 2 ? null : process.getStages().get(1);
		for (Opportunity o : opportunities) {
			if (o.getStatus() == OpportunityStatus.WON && period.contains(o.getClosedAt())) {
				Instant qualified = firstEntry(o, qualification);
				if (qualified != null) {
					sums.cycle(days(qualified, o.getClosedAt()));
				}
			}
			List<StageChange> history = o.getStageHistory();
			for (int i = 0; i + 1 < history.size(); i++) {
				Instant left = history.get(i + 1).getEnteredAt();
				if (period.contains(left) && sums.perStage.containsKey(history.get(i).getStage())) {
					sums.stay(history.get(i).getStage(), days(history.get(i).getEnteredAt(), left));
				}
			}
		}
	}

	private static void retention(SalesWorkspace workspace, Period period, KpiScope scope, Sums sums) {
		Period previous = period.previous();
		for (Opportunity o : workspace.getOpportunities()) {
			Contract c = o.getContract();
			if (c == null || o.getCustomer() == null || !scope.includes(o.getCustomer())) {
				continue;
			}
			if (previous.contains(c.getSignedOn())) {
				sums.customersBefore.add(o.getCustomer());
			}
			if (period.contains(c.getSignedOn())) {
				sums.customersNow.add(o.getCustomer());
			}
		}
	}

	private static void nps(SalesWorkspace workspace, Period period, KpiScope scope, Sums sums) {
		for (NpsAnswer a : workspace.getNpsAnswers()) {
			if (period.contains(a.getAnsweredOn()) && a.getCustomer() != null && scope.includes(a.getCustomer())) {
				sums.answer(a.getScore());
			}
		}
	}

	private static KpiValue ratio(String id, String name, BigDecimal numerator, BigDecimal denominator, String definition) {
		BigDecimal value = denominator.signum() == 0
				? null
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
