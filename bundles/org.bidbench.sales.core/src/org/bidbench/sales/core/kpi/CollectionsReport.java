package org.bidbench.sales.core.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bidbench.sales.core.risk.RiskFlags;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * Collections (回款) as of a day: the receivables ageing (current, 1-30, 31-60, 61-90 and over
 * 90 days past due) by customer and by region, the overdue milestones with the person who chases
 * them, and the expected cash by month from the milestones (the cash-flow curve). Amounts count
 * only in the workspace's currency.
 *
 * <p>A receivable is what is invoiced on or before the day and not collected by then (a partial
 * collection leaves the rest). Expected cash: each milestone's outstanding amount in the month
 * of its due date (overdue ones in the current month, since the cash is still expected), or,
 * not yet invoiced, {@value #PAYMENT_TERMS_DAYS} days after its planned date.
 */
public final class CollectionsReport {

	public static final int PAYMENT_TERMS_DAYS = 30;

	/** The ageing buckets, in order. */
	public enum Bucket {
		CURRENT("current"), DAYS_1_30("1-30"), DAYS_31_60("31-60"), DAYS_61_90("61-90"), OVER_90("over-90");

		private final String id;

		Bucket(String id) {
			this.id = id;
		}

		public String id() {
			return id;
		}

		/** The bucket of a receivable {@code daysPastDue} days past its due date (0 or less: current). */
		public static Bucket of(long daysPastDue) {
			return daysPastDue <= 0
					? CURRENT
					: daysPastDue <= 30
							? DAYS_1_30
							: daysPastDue <= 60
									? DAYS_31_60
									: daysPastDue <= 90 ? DAYS_61_90 : OVER_90;
		}
	}

	/** The amounts of one customer or region per bucket, in bucket order. */
	public record Ageing(String name, BigDecimal[] amounts) {

		public BigDecimal amount(Bucket bucket) {
			return amounts[bucket.ordinal()];
		}

		public BigDecimal total() {
			BigDecimal t = BigDecimal.ZERO;
			for (BigDecimal a : amounts) {
				t = t.add(a);
			}
			return t;
		}
	}

	/** One receivable: a milestone with money outstanding. */
	public record Receivable(Opportunity opportunity, Contract contract, PaymentMilestone milestone, BigDecimal outstanding,
			LocalDate dueDate, long daysPastDue, Bucket bucket, Employee responsible) {
	}

	/** Cash in one month: what was collected and what is still expected. */
	public record CashMonth(YearMonth month, BigDecimal collected, BigDecimal expected) {
	}

	private final LocalDate asOf;
	private final String currency;
	private final List<Receivable> receivables;
	private final List<Ageing> byCustomer;
	private final List<Ageing> byRegion;
	private final List<CashMonth> cash;

	private CollectionsReport(LocalDate asOf, String currency, List<Receivable> receivables, List<Ageing> byCustomer,
			List<Ageing> byRegion, List<CashMonth> cash) {
		this.asOf = asOf;
		this.currency = currency;
		this.receivables = receivables;
		this.byCustomer = byCustomer;
		this.byRegion = byRegion;
		this.cash = cash;
	}

	/**
	 * @param monthsBack how many months of collected cash before {@code asOf}'s month the curve shows
	 */
	public static CollectionsReport compute(SalesWorkspace workspace, LocalDate asOf, KpiScope scope, int monthsBack) {
		String currency = workspace.getCurrency();
		List<Receivable> receivables = new ArrayList<>();
		Map<String, BigDecimal[]> customers = new TreeMap<>();
		Map<String, BigDecimal[]> regions = new TreeMap<>();
		Map<YearMonth, BigDecimal[]> months = new TreeMap<>(); // {collected, expected}
		YearMonth thisMonth = YearMonth.from(asOf);
		YearMonth firstMonth = thisMonth.minusMonths(monthsBack);
		for (Opportunity o : workspace.getOpportunities()) {
			Contract c = o.getContract();
			if (c == null || !scope.includes(o)) {
				continue;
			}
			for (PaymentMilestone m : c.getMilestones()) {
				if (!inCurrency(m.getAmount(), currency)) {
					continue;
				}
				BigDecimal cashIn = inCurrency(m.getCollectedAmount(), currency) && m.getCollectedOn() != null
						&& !m.getCollectedOn().isAfter(asOf) ? m.getCollectedAmount().amount() : BigDecimal.ZERO;
				if (cashIn.signum() > 0) {
					YearMonth month = YearMonth.from(m.getCollectedOn());
					if (!month.isBefore(firstMonth)) {
						months.computeIfAbsent(month, k -> zeros(2))[0] = months.get(month)[0].add(cashIn);
					}
				}
				BigDecimal outstanding = m.getAmount().amount().subtract(cashIn);
				if (outstanding.signum() <= 0) {
					continue;
				}
				boolean invoiced = m.getInvoicedOn() != null && !m.getInvoicedOn().isAfter(asOf);
				LocalDate expectedOn = m.getDueDate() != null
						? m.getDueDate()
						: m.getPlannedDate() != null ? m.getPlannedDate().plusDays(PAYMENT_TERMS_DAYS) : null;
				if (expectedOn != null) {
					YearMonth month = expectedOn.isBefore(asOf) ? thisMonth : YearMonth.from(expectedOn);
					months.computeIfAbsent(month, k -> zeros(2))[1] = months.get(month)[1].add(outstanding);
				}
				if (!invoiced) {
					continue;
				}
				LocalDate due = m.getDueDate() != null ? m.getDueDate() : m.getInvoicedOn().plusDays(PAYMENT_TERMS_DAYS);
				long past = ChronoUnit.DAYS.between(due, asOf);
				Bucket bucket = Bucket.of(past);
				receivables.add(new Receivable(o, c, m, outstanding, due, past, bucket, RiskFlags.collectionOwner(o)));
				Customer customer = o.getCustomer();
				String customerName = customer == null ? "?" : customer.getName();
				String region = customer == null || customer.getRegion() == null ? "?" : customer.getRegion();
				add(customers, customerName, bucket, outstanding);
				add(regions, region, bucket, outstanding);
			}
		}
		receivables.sort(Comparator.comparingLong(Receivable::daysPastDue).reversed()
				.thenComparing(r -> r.opportunity().getId()));
		List<CashMonth> cash = new ArrayList<>();
		months.forEach((month, v) -> cash.add(new CashMonth(month, v[0], v[1])));
		return new CollectionsReport(asOf, currency, List.copyOf(receivables), ageing(customers), ageing(regions), List.copyOf(cash));
	}

	public static CollectionsReport compute(SalesWorkspace workspace, LocalDate asOf) {
		return compute(workspace, asOf, KpiScope.all(), 12);
	}

	public LocalDate asOf() {
		return asOf;
	}

	public String currency() {
		return currency;
	}

	/** Every receivable, most overdue first. */
	public List<Receivable> receivables() {
		return receivables;
	}

	/** The receivables past their due date, most overdue first. */
	public List<Receivable> overdue() {
		return receivables.stream().filter(r -> r.daysPastDue() > 0).toList();
	}

	/** By customer name, largest total first. */
	public List<Ageing> byCustomer() {
		return byCustomer;
	}

	/** By region, largest total first. */
	public List<Ageing> byRegion() {
		return byRegion;
	}

	/** The whole firm per bucket. */
	public Ageing total() {
		BigDecimal[] sums = zeros(Bucket.values().length);
		for (Receivable r : receivables) {
			sums[r.bucket().ordinal()] = sums[r.bucket().ordinal()].add(r.outstanding());
		}
		return new Ageing("total", sums);
	}

	/** Collected and expected cash per month, oldest first (months with neither left out). */
	public List<CashMonth> cashByMonth() {
		return cash;
	}

	private static void add(Map<String, BigDecimal[]> into, String name, Bucket bucket, BigDecimal amount) {
		BigDecimal[] a = into.computeIfAbsent(name, k -> zeros(Bucket.values().length));
		a[bucket.ordinal()] = a[bucket.ordinal()].add(amount);
	}

	private static List<Ageing> ageing(Map<String, BigDecimal[]> map) {
		List<Ageing> list = new ArrayList<>();
		map.forEach((name, amounts) -> list.add(new Ageing(name, amounts)));
		list.sort(Comparator.comparing(Ageing::total).reversed().thenComparing(Ageing::name));
		return List.copyOf(list);
	}

	private static BigDecimal[] zeros(int n) {
		BigDecimal[] a = new BigDecimal[n];
		java.util.Arrays.fill(a, BigDecimal.ZERO);
		return a;
	}

	private static boolean inCurrency(Money money, String currency) {
		return money != null && money.currency().equals(currency);
	}
}
