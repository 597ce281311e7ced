package org.bidbench.ui.sales.internal.views;

import java.time.Duration;
import java.time.Instant;

import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Opportunity;
import org.eclipse.emf.ecore.EObject;

/**
 * One thing due: an open gate of an opportunity, a follow-up task, or a payment milestone to
 * collect.
 *
 * @param source      the gate, task or milestone it stands for (with {@code opportunity}, its identity)
 * @param what        what is due, worded for the view
 * @param clock       how the deadline came about ("48 h from the first visit on 3 Dec 14:00"); may be empty
 * @param dueAt       null while the clock has not started (a gate counting from a first visit not logged yet)
 * @param responsible who answers for it; null when nobody holds the role
 */
public record DueItem(Kind kind, Opportunity opportunity, EObject source, String what, String clock, Instant dueAt,
		Employee responsible) {

	/** Within this much of its deadline an item is "due soon" and notified. */
	public static final Duration SOON = Duration.ofHours(4);

	public enum Kind {
		GATE, FOLLOW_UP, MILESTONE
	}

	public boolean isOverdue(Instant now) {
		return dueAt != null && now.isAfter(dueAt);
	}

	/** Due within {@link #SOON} and not overdue yet. */
	public boolean isDueSoon(Instant now) {
		return dueAt != null && !now.isAfter(dueAt) && Duration.between(now, dueAt).compareTo(SOON) <= 0;
	}

	/** What identifies the item across recomputations (the same gate of the same opportunity). */
	public String key() {
		return kind + ":" + opportunity.getId() + ":" + System.identityHashCode(source); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
