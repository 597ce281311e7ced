package org.bidbench.sales.core.process;

import java.time.Instant;

import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.Opportunity;

/**
 * Where one gate of one opportunity stands: when its anchor event happened, when it is due,
 * when (if) it was met, and who answers for it.
 *
 * @param anchorAt    when the event the deadline counts from happened; null if not yet
 * @param dueAt       anchor plus the gate's deadline; null without deadline or anchor
 * @param metAt       when the gate was met; null while open
 * @param responsible the team member holding the gate's responsible role; null if the team
 *                    lacks that role
 */
public record GateDeadline(Opportunity opportunity, Gate gate, Instant anchorAt, Instant dueAt, Instant metAt,
		Employee responsible) {

	public boolean isMet() {
		return metAt != null;
	}

	public boolean isOverdue(Instant now) {
		return metAt == null && dueAt != null && now.isAfter(dueAt);
	}

	/** Met, and not after the deadline (a gate without deadline counts as on time). */
	public boolean isMetOnTime() {
		return metAt != null && (dueAt == null || !metAt.isAfter(dueAt));
	}

	@Override
	public String toString() {
		return opportunity.getId() + " " + gate.getName() + " due " + dueAt + (metAt == null ? " open" : " met " + metAt);
	}
}
