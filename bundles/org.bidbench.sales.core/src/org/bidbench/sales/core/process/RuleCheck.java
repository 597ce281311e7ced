package org.bidbench.sales.core.process;

import java.util.List;

/**
 * The outcome of checking a sales rule (a stage move, a quote release): allowed, or refused
 * with one reason per unmet condition, each a sentence a salesperson can act on.
 */
public record RuleCheck(List<String> reasons) {

	public RuleCheck {
		reasons = List.copyOf(reasons);
	}

	public static RuleCheck allowed() {
		return new RuleCheck(List.of());
	}

	public boolean isAllowed() {
		return reasons.isEmpty();
	}

	/** All reasons in one message. */
	public String message() {
		return String.join(" ", reasons);
	}

	/** Throws {@link RefusedException} unless allowed. */
	public void orThrow() {
		if (!isAllowed()) {
			throw new RefusedException(this);
		}
	}
}
