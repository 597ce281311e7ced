package org.bidbench.sales.core.quote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.bidbench.sales.core.process.RuleCheck;
import org.bidbench.sales.model.Approval;
import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.Verdict;

/**
 * The approval workflow of a quote revision: submit for review, approvals in the order of the
 * process's rules (technical review, finance cost estimate, and the sales manager when a
 * discount exceeds the threshold), and release only when every rule is satisfied for every line.
 */
public final class QuoteApprovals {

	private QuoteApprovals() {
	}

	/** Draft to in review. */
	public static void submitForReview(Quote quote) {
		requireStatus(quote, QuoteStatus.DRAFT, "submitted for review").orThrow();
		quote.setStatus(QuoteStatus.IN_REVIEW);
	}

	/** Whether the employee may now approve the quote in the rule of that employee's role. */
	public static RuleCheck checkApproval(Quote quote, Employee approver) {
		List<String> reasons = new ArrayList<>();
		if (quote.getStatus() != QuoteStatus.IN_REVIEW && quote.getStatus() != QuoteStatus.DRAFT
				&& quote.getStatus() != QuoteStatus.APPROVED) {
			reasons.add(label(quote) + " is " + quote.getStatus().getLiteral() + " and can no longer be approved.");
			return new RuleCheck(reasons);
		}
		List<ApprovalRule> missing = QuoteApprovalRequirements.missingApprovals(quote);
		ApprovalRule rule = missing.stream().filter(r -> r.getRole() == approver.getRole()).findFirst().orElse(null);
		if (rule == null) {
			reasons.add(approver.getName() + " (" + approver.getRole().getLiteral() + ") has nothing to approve on "
					+ label(quote) + ": the process asks for "
					+ (missing.isEmpty() ? "no further approval" : describe(missing)) + ".");
			return new RuleCheck(reasons);
		}
		for (ApprovalRule earlier : missing) {
			if (earlier.getSequence() < rule.getSequence()) {
				reasons.add(label(quote) + " needs the " + earlier.getPurpose() + " (" + earlier.getRole().getLiteral()
						+ ") before the " + rule.getPurpose() + ".");
			}
		}
		return new RuleCheck(reasons);
	}

	/**
	 * Records an approval by the employee, in the rule of the employee's role, covering the lines
	 * that still lacked that role's approval. The quote becomes approved when nothing is missing.
	 */
	public static Approval approve(Quote quote, Employee approver, Instant at, String comment) {
		checkApproval(quote, approver).orThrow();
		Approval approval = verdict(quote, approver, at, comment, Verdict.APPROVED);
		approval.getLines().addAll(QuoteApprovalRequirements.linesLackingApproval(quote, approver.getRole()));
		quote.getApprovals().add(approval);
		quote.setStatus(QuoteApprovalRequirements.missingApprovals(quote).isEmpty()
				? QuoteStatus.APPROVED
				: QuoteStatus.IN_REVIEW);
		return approval;
	}

	/** Records a rejection; the revision goes back to draft. */
	public static Approval reject(Quote quote, Employee approver, Instant at, String comment) {
		if (comment == null || comment.isBlank()) {
			new RuleCheck(List.of("A rejection of " + label(quote) + " needs a comment saying what to change.")).orThrow();
		}
		Approval approval = verdict(quote, approver, at, comment, Verdict.REJECTED);
		quote.getApprovals().add(approval);
		quote.setStatus(QuoteStatus.DRAFT);
		return approval;
	}

	/** Whether the revision may be released, with every missing approval named. */
	public static RuleCheck checkRelease(Quote quote) {
		List<String> reasons = new ArrayList<>();
		if (quote.getStatus() == QuoteStatus.RELEASED || quote.getStatus() == QuoteStatus.SUPERSEDED
				|| quote.getStatus() == QuoteStatus.ACCEPTED || quote.getStatus() == QuoteStatus.REJECTED) {
			reasons.add(label(quote) + " is already " + quote.getStatus().getLiteral() + ".");
		}
		if (quote.getLines().isEmpty()) {
			reasons.add(label(quote) + " has no lines.");
		}
		for (ApprovalRule rule : QuoteApprovalRequirements.applicableRules(quote)) {
			List<QuoteLine> lacking = QuoteApprovalRequirements.linesLackingApproval(quote, rule.getRole());
			if (lacking.isEmpty()) {
				continue;
			}
			String lines = lacking.size() == quote.getLines().size()
					? "all lines"
					: "line(s) " + lacking.stream().map(QuoteLine::getKey).collect(Collectors.joining(", "));
			String why = rule.getDiscountAbove() == null
					? ""
					: " because a discount exceeds " + rule.getDiscountAbove().toPlainString() + "%";
			reasons.add(label(quote) + " cannot be released: " + rule.getPurpose() + " by the "
					+ rule.getRole().getLiteral() + " is missing for " + lines + why + ".");
		}
		reasons.addAll(QuoteFlags.releaseReasons(quote));
		return new RuleCheck(reasons);
	}

	/**
	 * Releases the revision to the customer and marks the revision it was made from as superseded.
	 *
	 * @throws org.bidbench.sales.core.process.RefusedException naming every missing approval
	 */
	public static void release(Quote quote, Instant at) {
		checkRelease(quote).orThrow();
		quote.setStatus(QuoteStatus.RELEASED);
		quote.setReleasedAt(at);
		Quote previous = quote.getPreviousRevision();
		if (previous != null && previous.getStatus() == QuoteStatus.RELEASED) {
			previous.setStatus(QuoteStatus.SUPERSEDED);
		}
	}

	private static Approval verdict(Quote quote, Employee approver, Instant at, String comment, Verdict verdict) {
		Approval approval = SalesFactory.eINSTANCE.createApproval();
		approval.setRole(approver.getRole());
		approval.setApprover(approver);
		approval.setAt(at);
		approval.setComment(comment);
		approval.setVerdict(verdict);
		return approval;
	}

	private static RuleCheck requireStatus(Quote quote, QuoteStatus status, String action) {
		return quote.getStatus() == status
				? RuleCheck.allowed()
				: new RuleCheck(List.of(label(quote) + " is " + quote.getStatus().getLiteral() + "; only a "
						+ status.getLiteral() + " revision can be " + action + "."));
	}

	private static String describe(List<ApprovalRule> rules) {
		return rules.stream().map(r -> r.getPurpose() + " (" + r.getRole().getLiteral() + ")")
				.collect(Collectors.joining(", then "));
	}

	static String label(Quote quote) {
		return "Quote " + quote.getId() + " revision " + quote.getRevision();
	}
}
