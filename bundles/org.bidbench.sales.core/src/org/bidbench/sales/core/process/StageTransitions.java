package org.bidbench.sales.core.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesProcess;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.model.StageChange;

/**
 * Moves opportunities between the stages of their process, enforcing its gates: an
 * opportunity leaves a stage (or skips one) only when every gate of that stage is met; an
 * optional stage (a tender) may be skipped without its gates.
 * Moving back (rework) is always allowed and recorded.
 */
public final class StageTransitions {

	private StageTransitions() {
	}

	/** Whether the opportunity may move to the target stage, and if not, why. */
	public static RuleCheck check(Opportunity opportunity, Stage target) {
		List<String> reasons = new ArrayList<>();
		String who = "Opportunity " + opportunity.getId() + " '" + opportunity.getName() + "'";
		Stage current = opportunity.getStage();
		if (opportunity.getStatus() == OpportunityStatus.LOST) {
			reasons.add(who + " is closed lost; reopen it before moving it.");
		}
		if (!(target.eContainer() instanceof SalesProcess targetProcess)
				|| (current != null && current.eContainer() != targetProcess)) {
			reasons.add("Stage '" + target.getName() + "' is not part of the process of " + who + ".");
			return new RuleCheck(reasons);
		}
		if (current == target) {
			reasons.add(who + " is already in stage '" + target.getName() + "'.");
		}
		if (current != null && indexOf(target) > indexOf(current)) {
			List<Stage> stages = targetProcess.getStages();
			for (int i = indexOf(current); i < indexOf(target); i++) {
				Stage leaving = stages.get(i);
				if (leaving != current && leaving.isOptional()) {
					continue;
				}
				for (Gate gate : leaving.getGates()) {
					if (GateDeadlines.metAt(opportunity, gate) == null) {
						reasons.add("Cannot move " + who + " from '" + current.getName() + "' to '" + target.getName()
								+ "': gate '" + gate.getName() + "' of stage '" + leaving.getName() + "' is not met ("
								+ unmetDetail(gate) + ").");
					}
				}
			}
		}
		return new RuleCheck(reasons);
	}

	/**
	 * Moves the opportunity and records the change in its stage history. Entering the first
	 * signed stage wins the opportunity.
	 *
	 * @throws RefusedException with every reason when a gate is not met
	 */
	public static void move(Opportunity opportunity, Stage target, Employee by, Instant at, String note) {
		check(opportunity, target).orThrow();
		StageChange change = SalesFactory.eINSTANCE.createStageChange();
		change.setStage(target);
		change.setEnteredAt(at);
		change.setChangedBy(by);
		change.setNote(note);
		opportunity.getStageHistory().add(change);
		opportunity.setStage(target);
		if (target.isSigned() && opportunity.getStatus() == OpportunityStatus.OPEN) {
			opportunity.setStatus(OpportunityStatus.WON);
			opportunity.setClosedAt(at);
			opportunity.setProbability(100);
		}
	}

	/**
	 * Closes the opportunity as lost.
	 *
	 * @throws RefusedException when no reason is given (the win/loss analysis needs it)
	 */
	public static void markLost(Opportunity opportunity, String reason, String winningCompetitor, Instant at) {
		List<String> reasons = new ArrayList<>();
		if (reason == null || reason.isBlank()) {
			reasons.add("Opportunity " + opportunity.getId() + " cannot be closed lost without a reason.");
		}
		if (opportunity.getStatus() != OpportunityStatus.OPEN) {
			reasons.add("Opportunity " + opportunity.getId() + " is already " + opportunity.getStatus().getLiteral() + ".");
		}
		new RuleCheck(reasons).orThrow();
		opportunity.setStatus(OpportunityStatus.LOST);
		opportunity.setLostReason(reason);
		opportunity.setWinningCompetitor(winningCompetitor);
		opportunity.setClosedAt(at);
		opportunity.setProbability(0);
	}

	/** Position of the stage in its process, or -1 outside a process. */
	public static int indexOf(Stage stage) {
		return stage.eContainer() instanceof SalesProcess process ? process.getStages().indexOf(stage) : -1;
	}

	private static String unmetDetail(Gate gate) {
		return switch (gate.getKind()) {
			case DELIVERABLE -> (gate.isSetReviewerRole()
					? "no '" + gate.getDeliverableType() + "' deliverable accepted by the " + gate.getReviewerRole().getLiteral()
					: "no '" + gate.getDeliverableType() + "' deliverable submitted")
					+ "; responsible: " + gate.getResponsibleRole().getLiteral();
			case QUOTE_RELEASED -> "no quote revision has been released; a quote is released only after technical review"
					+ " and finance cost estimate are approved";
			case CONTRACT_SIGNED -> "no signed contract";
		};
	}
}
