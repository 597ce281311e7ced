package org.bidbench.ui.sales.internal.views;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.model.Activity;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.FollowUpTask;
import org.bidbench.sales.model.GateEvent;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Team;
import org.eclipse.osgi.util.NLS;

/**
 * What is due for an employee or the employee's team, most urgent first: open gates of open
 * opportunities (from {@link GateDeadlines}, so the 48-hour rule counts from the first visit),
 * follow-up tasks not done, and payment milestones not fully collected.
 */
public final class DueItems {

	/** Whose work the list shows. */
	public enum Scope {
		/** What the employee answers for. */
		MINE,
		/**
		 * What the teams the employee sits in answer for; for a sales manager or an executive, every
		 * opportunity of their region (all of them without a region).
		 */
		TEAM
	}

	private DueItems() {
	}

	/** Everything due for {@code user} in {@code scope}, overdue first, then by deadline, clocks not started last. */
	public static List<DueItem> of(SalesWorkspace workspace, Employee user, Scope scope) {
		List<DueItem> items = new ArrayList<>();
		if (workspace == null) {
			return items;
		}
		for (GateDeadline deadline : GateDeadlines.open(workspace)) {
			Opportunity opportunity = deadline.opportunity();
			boolean waitsForVisit = deadline.dueAt() == null && deadline.gate().getAnchor() == GateEvent.FIRST_VISIT
					&& deadline.gate().getDeadlineHours() > 0;
			if (deadline.dueAt() == null && !waitsForVisit) {
				continue;
			}
			if (concerns(user, scope, opportunity, deadline.responsible(), deadline.gate().getResponsibleRole())) {
				items.add(new DueItem(DueItem.Kind.GATE, opportunity, deadline.gate(), SalesWording.gate(deadline.gate()),
						clock(deadline), deadline.dueAt(), deadline.responsible()));
			}
		}
		for (Opportunity opportunity : workspace.getOpportunities()) {
			if (opportunity.getStatus() == OpportunityStatus.LOST) {
				continue;
			}
			for (Activity activity : opportunity.getActivities()) {
				for (FollowUpTask task : activity.getFollowUps()) {
					if (!task.isDone() && task.getDue() != null
							&& concerns(user, scope, opportunity, task.getAssignee(), null)) {
						items.add(new DueItem(DueItem.Kind.FOLLOW_UP, opportunity, task,
								NLS.bind(Messages.Due_followUp, task.getDescription()), "", task.getDue(), task.getAssignee())); //$NON-NLS-1$
					}
				}
			}
			Contract contract = opportunity.getContract();
			if (contract == null) {
				continue;
			}
			Employee commercial = opportunity.getTeam() == null ? null : opportunity.getTeam().getCommercialLead();
			for (PaymentMilestone milestone : contract.getMilestones()) {
				if (milestone.getDueDate() == null || fullyCollected(milestone)) {
					continue;
				}
				if (concerns(user, scope, opportunity, commercial, EmployeeRole.COMMERCIAL_LEAD)) {
					Instant due = milestone.getDueDate().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
					items.add(new DueItem(DueItem.Kind.MILESTONE, opportunity, milestone,
							NLS.bind(Messages.Due_milestone, milestone.getName(), SalesWording.money(milestone.getAmount())),
							"", due, commercial)); //$NON-NLS-1$
				}
			}
		}
		items.sort(Comparator.comparing(DueItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder())));
		return items;
	}

	static boolean fullyCollected(PaymentMilestone milestone) {
		return milestone.getAmount() != null && milestone.getCollectedAmount() != null
				&& milestone.getCollectedAmount().amount().compareTo(milestone.getAmount().amount()) >= 0;
	}

	private static boolean concerns(Employee user, Scope scope, Opportunity opportunity, Employee responsible, EmployeeRole role) {
		if (user == null) {
			return scope == Scope.TEAM;
		}
		if (Objects.equals(responsible, user)) {
			return true;
		}
		if (scope == Scope.MINE) {
			return false;
		}
		if (user.getRole() == EmployeeRole.SALES_MANAGER || user.getRole() == EmployeeRole.EXECUTIVE) {
			Employee owner = opportunity.getTeam() == null ? null : opportunity.getTeam().getSalesLead();
			return user.getRegion() == null || owner == null || user.getRegion().equals(owner.getRegion());
		}
		Team team = opportunity.getTeam();
		return team != null && (user == team.getSalesLead() || user == team.getTechnicalLead() || user == team.getCommercialLead()
				|| user == team.getProjectManager());
	}

	/** "48 h from the first visit on 3 Dec 2026, 14:00", or that the clock waits for the first visit. */
	private static String clock(GateDeadline deadline) {
		int hours = deadline.gate().getDeadlineHours();
		String anchor = switch (deadline.gate().getAnchor()) {
			case FIRST_VISIT -> Messages.Due_anchorFirstVisit;
			case STAGE_ENTERED -> Messages.Due_anchorStageEntered;
			case OPPORTUNITY_CREATED -> Messages.Due_anchorCreated;
			case FIRST_QUOTE -> Messages.Due_anchorFirstQuote;
		};
		if (deadline.anchorAt() == null) {
			return NLS.bind(Messages.Due_clockNotStarted, hours, anchor);
		}
		return NLS.bind(Messages.Due_clock, new Object[]{hours, anchor, dateTime(deadline.anchorAt())});
	}

	static String dateTime(Instant at) {
		Locale locale = SalesWording.chinese() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
				.format(at.atZone(ZoneId.systemDefault()));
	}
}
