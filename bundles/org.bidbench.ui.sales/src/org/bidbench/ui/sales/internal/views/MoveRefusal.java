package org.bidbench.ui.sales.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.core.process.StageTransitions;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.GateEvent;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesProcess;
import org.bidbench.sales.model.Stage;
import org.eclipse.osgi.util.NLS;

/**
 * Why a stage move was refused, in the workbench's language: each gate that blocks it, who is
 * responsible for it, and what meets it. The operation's own (English) message is kept as the
 * detail, so nothing the rule said is lost when the gates do not explain the refusal (a lost
 * opportunity, a stage of another process).
 *
 * @param blocking one entry per unmet gate between the current and the target stage
 * @param detail   the message of the refused operation
 */
public record MoveRefusal(Opportunity opportunity, Stage target, List<BlockingGate> blocking, String detail) {

	/** One gate in the way, already worded. */
	public record BlockingGate(Gate gate, Stage stage, String responsible, String toDo) {
	}

	/** The gates that keep {@code opportunity} from moving to {@code target}, and the refusal's message. */
	public static MoveRefusal of(Opportunity opportunity, Stage target, String detail) {
		List<BlockingGate> blocking = new ArrayList<>();
		Stage current = opportunity.getStage();
		// A closed deal is refused for being closed, not for its gates.
		if (opportunity.getStatus() == OpportunityStatus.OPEN && current != null && target != null
				&& current.eContainer() instanceof SalesProcess process
				&& StageTransitions.indexOf(target) > StageTransitions.indexOf(current)) {
			for (int i = StageTransitions.indexOf(current); i < StageTransitions.indexOf(target); i++) {
				Stage leaving = process.getStages().get(i);
				if (leaving != current && leaving.isOptional()) {
					continue;
				}
				for (Gate gate : leaving.getGates()) {
					if (GateDeadlines.metAt(opportunity, gate) == null) {
						GateDeadline deadline = GateDeadlines.of(opportunity, gate);
						blocking.add(new BlockingGate(gate, leaving,
								SalesWording.responsible(gate.getResponsibleRole(), deadline.responsible()), toDo(opportunity, gate, deadline)));
					}
				}
			}
		}
		return new MoveRefusal(opportunity, target, List.copyOf(blocking), detail);
	}

	/** What meets the gate, as an instruction. */
	static String toDo(Opportunity opportunity, Gate gate, GateDeadline deadline) {
		String text = switch (gate.getKind()) {
			case DELIVERABLE -> gate.isSetReviewerRole()
					? NLS.bind(Messages.Refusal_toDoReviewed, SalesWording.gate(gate), SalesWording.role(gate.getReviewerRole()))
					: NLS.bind(Messages.Refusal_toDoSubmit, SalesWording.gate(gate));
			case QUOTE_RELEASED -> Messages.Refusal_toDoQuote;
			case CONTRACT_SIGNED -> Messages.Refusal_toDoContract;
		};
		if (gate.getAnchor() == GateEvent.FIRST_VISIT && deadline.anchorAt() == null) {
			text = text + " " + NLS.bind(Messages.Refusal_clockStartsAtVisit, gate.getDeadlineHours()); //$NON-NLS-1$
		}
		return text;
	}

	/** The whole explanation, one paragraph per blocking gate, for the dialog. */
	public String message() {
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.Refusal_heading, opportunity.getName(), SalesWording.stage(target)));
		if (blocking.isEmpty()) {
			text.append("\n\n").append(detail); //$NON-NLS-1$
			return text.toString();
		}
		for (BlockingGate gate : blocking) {
			text.append("\n\n").append(NLS.bind(Messages.Refusal_gate, SalesWording.gate(gate.gate()), SalesWording.stage(gate.stage()))); //$NON-NLS-1$
			text.append('\n').append(NLS.bind(Messages.Refusal_responsible, gate.responsible()));
			text.append('\n').append(NLS.bind(Messages.Refusal_toDo, gate.toDo()));
		}
		return text.toString();
	}
}
