package org.bidbench.sales.core.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.core.wording.Wording;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.NpsAnswer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * What is behind a KPI figure: the opportunities (with their contract, milestone, gate or
 * answer) that {@link StandardSalesKpis} counted for it, in the same scope and period, so that a
 * click on a figure on the dashboard can open them.
 */
public final class KpiDrillDown {

	/**
	 * One opportunity behind a figure and what of it counted.
	 *
	 * @param counted e.g. "contract HT-2026-0012 signed 2026-08-03" or "milestone 'Advance payment' due 2026-07-30"
	 */
	public record Entry(Opportunity opportunity, Wording counted) {

		/** What counted, in English. */
		public String what() {
			return counted.toString();
		}

		/** What counted, in {@code locale}'s language (amounts with grouped digits). */
		public String what(Locale locale) {
			return counted.in(locale);
		}
	}

	private KpiDrillDown() {
	}

	/** The entries behind {@code kpi} (an id of {@link StandardSalesKpis}), one or more per opportunity, workspace order. */
	public static List<Entry> of(SalesWorkspace workspace, Period period, KpiScope scope, String kpi) {
		List<Entry> entries = new ArrayList<>();
		String base = kpi.contains(".") ? kpi.substring(0, kpi.indexOf('.')) : kpi;
		String stageId = kpi.contains(".") ? kpi.substring(kpi.indexOf('.') + 1) : null;
		LocalDate lastDay = period.lastDay();
		Period previous = period.previous();
		for (Opportunity o : workspace.getOpportunities()) {
			boolean inScope = scope.includes(o);
			Contract c = o.getContract();
			switch (base) {
				case StandardSalesKpis.BOOKINGS, StandardSalesKpis.PROJECT_MARGIN, StandardSalesKpis.CHANGE_RATE -> {
					if (inScope && c != null && period.contains(c.getSignedOn())) {
						entries.add(new Entry(o, base.equals(StandardSalesKpis.CHANGE_RATE)
								? Wording.of("counted.contractChanges", c.getNumber(), c.getSignedOn(), c.getValue(), c.getChangeOrders().size())
								: Wording.of("counted.contract", c.getNumber(), c.getSignedOn(), c.getValue())));
					}
				}
				case StandardSalesKpis.REVENUE, StandardSalesKpis.COLLECTION_RATE, StandardSalesKpis.DSO -> {
					if (!inScope || c == null) {
						break;
					}
					for (PaymentMilestone m : c.getMilestones()) {
						Wording counted = null;
						if (base.equals(StandardSalesKpis.REVENUE) && period.contains(m.getDeliveredOn())) {
							counted = Wording.of("counted.delivered", m.getDeliveredOn());
						} else if (base.equals(StandardSalesKpis.COLLECTION_RATE)
								&& (period.contains(m.getDueDate()) || period.contains(m.getCollectedOn()))) {
							counted = m.getCollectedOn() == null
									? Wording.of("counted.dueOpen", m.getDueDate())
									: Wording.of("counted.dueCollected", m.getDueDate(), m.getCollectedOn());
						} else if (base.equals(StandardSalesKpis.DSO) && (period.contains(m.getDeliveredOn())
								|| m.getInvoicedOn() != null && !m.getInvoicedOn().isAfter(lastDay)
										&& (m.getCollectedOn() == null || m.getCollectedOn().isAfter(lastDay)))) {
							counted = m.getCollectedOn() == null
									? Wording.of("counted.invoicedOpen", m.getInvoicedOn())
									: Wording.of("counted.invoicedCollected", m.getInvoicedOn(), m.getCollectedOn());
						}
						if (counted != null) {
							entries.add(new Entry(o, Wording.of("counted.milestone", m.getName(), m.getAmount(), counted)));
						}
					}
				}
				case StandardSalesKpis.WIN_RATE -> {
					if (inScope && period.contains(o.getClosedAt())
							&& (o.getStatus() == OpportunityStatus.WON || o.getStatus() == OpportunityStatus.LOST)) {
						entries.add(new Entry(o, Wording.of(o.getStatus() == OpportunityStatus.WON ? "counted.won" : "counted.lost",
								LocalDate.ofInstant(o.getClosedAt(), java.time.ZoneOffset.UTC))));
					}
				}
				case StandardSalesKpis.CYCLE_TIME -> {
					if (!inScope) {
						break;
					}
					if (stageId == null) {
						if (o.getStatus() == OpportunityStatus.WON && period.contains(o.getClosedAt())) {
							entries.add(new Entry(o, Wording.of("counted.won", LocalDate.ofInstant(o.getClosedAt(), java.time.ZoneOffset.UTC))));
						}
					} else {
						var history = o.getStageHistory();
						for (int i = 0; i + 1 < history.size(); i++) {
							if (history.get(i).getStage() != null && stageId.equals(history.get(i).getStage().getId())
									&& period.contains(history.get(i + 1).getEnteredAt())) {
								entries.add(new Entry(o, Wording.of("counted.leftStage", LocalDate.ofInstant(history.get(i + 1).getEnteredAt(),
										java.time.ZoneOffset.UTC))));
							}
						}
					}
				}
				case StandardSalesKpis.RETENTION -> {
					if (c != null && o.getCustomer() != null && scope.includes(o.getCustomer())
							&& (period.contains(c.getSignedOn()) || previous.contains(c.getSignedOn()))) {
						entries.add(new Entry(o, Wording.of("counted.customerContract", c.getNumber(), o.getCustomer().getName(), c.getSignedOn())));
					}
				}
				case StandardSalesKpis.GATE_COMPLIANCE -> {
					if (!inScope) {
						break;
					}
					for (GateDeadline d : GateDeadlines.of(o)) {
						if (d.dueAt() != null && period.contains(d.dueAt())) {
							entries.add(new Entry(o, Wording.of(d.isMetOnTime() ? "counted.gateOnTime" : d.isMet() ? "counted.gateLate" : "counted.gateOpen",
									d.gate().getName(), d.dueAt())));
						}
					}
				}
				default -> {
				}
			}
		}
		if (base.equals(StandardSalesKpis.NPS)) {
			for (NpsAnswer a : workspace.getNpsAnswers()) {
				if (period.contains(a.getAnsweredOn()) && a.getCustomer() != null && scope.includes(a.getCustomer())
						&& a.getOpportunity() != null) {
					entries.add(new Entry(a.getOpportunity(), Wording.of("counted.nps", a.getScore(), a.getAnsweredOn())));
				}
			}
		}
		return entries;
	}

	/** The distinct opportunities behind the figure, in workspace order. */
	public static List<Opportunity> opportunities(SalesWorkspace workspace, Period period, KpiScope scope, String kpi) {
		Map<Opportunity, Boolean> seen = new LinkedHashMap<>();
		for (Entry e : of(workspace, period, scope, kpi)) {
			seen.put(e.opportunity(), true);
		}
		return List.copyOf(seen.keySet());
	}
}
