package org.bidbench.sales.core.process;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.model.Activity;
import org.bidbench.sales.model.ActivityKind;
import org.bidbench.sales.model.Deliverable;
import org.bidbench.sales.model.DeliverableStatus;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.model.StageChange;
import org.bidbench.sales.model.Team;

/**
 * Gate deadlines computed from the process and the opportunities' history: every gate of every
 * stage an opportunity has entered, when it is due and whether it was met.
 */
public final class GateDeadlines {

	private GateDeadlines() {
	}

	/** Every gate of every stage the opportunity has entered, in process order. */
	public static List<GateDeadline> of(Opportunity opportunity) {
		List<GateDeadline> result = new ArrayList<>();
		for (Stage stage : enteredStages(opportunity)) {
			for (Gate gate : stage.getGates()) {
				result.add(of(opportunity, gate));
			}
		}
		return result;
	}

	/** The state of one gate for one opportunity. */
	public static GateDeadline of(Opportunity opportunity, Gate gate) {
		Instant anchor = anchorOf(opportunity, gate);
		Instant due = anchor == null || gate.getDeadlineHours() <= 0
				? null
				: anchor.plus(Duration.ofHours(gate.getDeadlineHours()));
		return new GateDeadline(opportunity, gate, anchor, due, metAt(opportunity, gate),
				responsible(opportunity.getTeam(), gate.getResponsibleRole()));
	}

	/** Every gate of every opportunity, met or not. */
	public static List<GateDeadline> all(SalesWorkspace workspace) {
		List<GateDeadline> result = new ArrayList<>();
		for (Opportunity opportunity : workspace.getOpportunities()) {
			result.addAll(of(opportunity));
		}
		return result;
	}

	/** Gates not yet met of open opportunities, earliest due first (no deadline last). */
	public static List<GateDeadline> open(SalesWorkspace workspace) {
		List<GateDeadline> result = new ArrayList<>();
		for (GateDeadline deadline : all(workspace)) {
			if (!deadline.isMet() && deadline.opportunity().getStatus() == OpportunityStatus.OPEN) {
				result.add(deadline);
			}
		}
		result.sort(Comparator.comparing(GateDeadline::dueAt, Comparator.nullsLast(Comparator.naturalOrder())));
		return result;
	}

	/** Open gates past their deadline at {@code now}, most overdue first. */
	public static List<GateDeadline> overdue(SalesWorkspace workspace, Instant now) {
		return open(workspace).stream().filter(d -> d.isOverdue(now)).toList();
	}

	/**
	 * Open gates falling due from {@code now} up to {@code days} days later, grouped by the
	 * responsible person (gates whose role nobody fills in the team are under {@code null}).
	 */
	public static Map<Employee, List<GateDeadline>> dueWithin(SalesWorkspace workspace, Instant now, int days) {
		Instant until = now.plus(Duration.ofDays(days));
		Map<Employee, List<GateDeadline>> result = new LinkedHashMap<>();
		for (GateDeadline deadline : open(workspace)) {
			if (deadline.dueAt() != null && !deadline.dueAt().isBefore(now) && !deadline.dueAt().isAfter(until)) {
				result.computeIfAbsent(deadline.responsible(), e -> new ArrayList<>()).add(deadline);
			}
		}
		return result;
	}

	/** Stages the opportunity has entered, in process order, each once. */
	static List<Stage> enteredStages(Opportunity opportunity) {
		List<Stage> stages = new ArrayList<>();
		for (StageChange change : opportunity.getStageHistory()) {
			if (change.getStage() != null && !stages.contains(change.getStage())) {
				stages.add(change.getStage());
			}
		}
		if (opportunity.getStage() != null && !stages.contains(opportunity.getStage())) {
			stages.add(opportunity.getStage());
		}
		stages.sort(Comparator.comparingInt(StageTransitions::indexOf));
		return stages;
	}

	/** When the event the gate's deadline counts from happened, or null if it has not. */
	static Instant anchorOf(Opportunity opportunity, Gate gate) {
		return switch (gate.getAnchor()) {
			case STAGE_ENTERED -> firstEntry(opportunity, (Stage) gate.eContainer());
			case OPPORTUNITY_CREATED -> opportunity.getCreatedAt();
			case FIRST_VISIT -> opportunity.getActivities().stream()
					.filter(a -> a.getKind() == ActivityKind.VISIT && a.getAt() != null)
					.map(Activity::getAt).min(Comparator.naturalOrder()).orElse(null);
			case FIRST_QUOTE -> opportunity.getQuotes().stream().map(Quote::getCreatedAt)
					.filter(t -> t != null).min(Comparator.naturalOrder()).orElse(null);
		};
	}

	private static Instant firstEntry(Opportunity opportunity, Stage stage) {
		for (StageChange change : opportunity.getStageHistory()) {
			if (change.getStage() == stage) {
				return change.getEnteredAt();
			}
		}
		return null;
	}

	/** When the gate was met, or null. */
	public static Instant metAt(Opportunity opportunity, Gate gate) {
		return switch (gate.getKind()) {
			case DELIVERABLE -> {
				Instant earliest = null;
				for (Deliverable d : opportunity.getDeliverables()) {
					if (!gate.getDeliverableType().equals(d.getType())) {
						continue;
					}
					Instant when;
					if (gate.isSetReviewerRole()) {
						when = d.getStatus() == DeliverableStatus.ACCEPTED ? d.getReviewedAt() : null;
					} else {
						when = d.getStatus() == DeliverableStatus.SUBMITTED || d.getStatus() == DeliverableStatus.ACCEPTED
								? d.getSubmittedAt()
								: null;
					}
					if (when != null && (earliest == null || when.isBefore(earliest))) {
						earliest = when;
					}
				}
				yield earliest;
			}
			case QUOTE_RELEASED -> opportunity.getQuotes().stream().map(Quote::getReleasedAt).filter(t -> t != null)
					.min(Comparator.naturalOrder()).orElse(null);
			case CONTRACT_SIGNED -> opportunity.getContract() == null || opportunity.getContract().getSignedOn() == null
					? null
					: opportunity.getContract().getSignedOn().atStartOfDay().toInstant(ZoneOffset.UTC);
		};
	}

	/** The team member who holds a role; finance work falls to the commercial lead of the triangle. */
	public static Employee responsible(Team team, EmployeeRole role) {
		if (team == null || role == null) {
			return null;
		}
		return switch (role) {
			case SALES_LEAD -> team.getSalesLead();
			case TECHNICAL_LEAD -> team.getTechnicalLead();
			case COMMERCIAL_LEAD, FINANCE -> team.getCommercialLead();
			case PROJECT_MANAGER -> team.getProjectManager();
			default -> null;
		};
	}
}
