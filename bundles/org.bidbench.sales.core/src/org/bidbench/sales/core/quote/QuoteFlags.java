package org.bidbench.sales.core.quote;

import java.time.Instant;
import java.util.List;

import org.bidbench.sales.core.process.RuleCheck;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.FlagSeverity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteFlag;

/**
 * The take-off flags a quote revision carries: errors (a quantity that is missing, counted twice
 * or in the wrong unit) block the release until the technical reviewer acknowledges each with a
 * comment; warnings are listed in the internal review and acknowledged the same way.
 */
public final class QuoteFlags {

	private QuoteFlags() {
	}

	/** The flags of a severity that nobody acknowledged yet. */
	public static List<QuoteFlag> unacknowledged(Quote quote, FlagSeverity severity) {
		return quote.getFlags().stream().filter(f -> f.getSeverity() == severity && !f.isAcknowledged()).toList();
	}

	/** Whether the employee may acknowledge the flag: the technical lead, with a comment, on a revision still in work. */
	public static RuleCheck checkAcknowledge(Quote quote, QuoteFlag flag, Employee reviewer, String comment) {
		List<String> reasons = new java.util.ArrayList<>();
		if (!quote.getFlags().contains(flag)) {
			reasons.add("The flag on " + flag.getGlobalId() + " is not one of " + QuoteApprovals.label(quote) + "'s flags.");
		}
		if (reviewer == null || reviewer.getRole() != EmployeeRole.TECHNICAL_LEAD) {
			reasons.add("Only the technical lead acknowledges take-off flags (technical review)"
					+ (reviewer == null ? "." : "; " + reviewer.getName() + " is " + reviewer.getRole().getLiteral() + "."));
		}
		if (comment == null || comment.isBlank()) {
			reasons.add("Acknowledging the " + flag.getKind() + " flag on " + flag.getGlobalId()
					+ " needs a comment saying why the price may stand.");
		}
		switch (quote.getStatus()) {
			case DRAFT, IN_REVIEW, APPROVED -> {
			}
			default -> reasons.add(QuoteApprovals.label(quote) + " is " + quote.getStatus().getLiteral()
					+ "; its flags can no longer be acknowledged.");
		}
		return new RuleCheck(reasons);
	}

	/** Records the technical reviewer's acknowledgement with the comment. */
	public static void acknowledge(Quote quote, QuoteFlag flag, Employee reviewer, Instant at, String comment) {
		checkAcknowledge(quote, flag, reviewer, comment).orThrow();
		flag.setAcknowledged(true);
		flag.setAcknowledgedBy(reviewer);
		flag.setAcknowledgedAt(at);
		flag.setComment(comment);
	}

	/** The release reasons the flags give: one per unacknowledged error, empty when none. */
	static List<String> releaseReasons(Quote quote) {
		List<QuoteFlag> errors = unacknowledged(quote, FlagSeverity.ERROR);
		if (errors.isEmpty()) {
			return List.of();
		}
		StringBuilder b = new StringBuilder(QuoteApprovals.label(quote) + " cannot be released: " + errors.size()
				+ " take-off error flag(s) are not acknowledged by the technical lead (");
		for (int i = 0; i < Math.min(3, errors.size()); i++) {
			QuoteFlag f = errors.get(i);
			b.append(i == 0 ? "" : "; ").append(f.getKind()).append(" on ").append(f.getGlobalId());
		}
		b.append(errors.size() > 3 ? "; and " + (errors.size() - 3) + " more" : "").append(").");
		return List.of(b.toString());
	}
}
