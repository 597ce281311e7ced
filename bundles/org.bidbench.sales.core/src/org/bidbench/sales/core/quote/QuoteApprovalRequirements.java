package org.bidbench.sales.core.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.bidbench.sales.model.Approval;
import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Verdict;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Which approvals a quote revision needs before release, and which of its lines still lack
 * them. Shared by the validator of the approval invariant ({@link QuoteApprovalValidator}) and the approval workflow
 * so that both apply exactly the same rule.
 */
public final class QuoteApprovalRequirements {

	private QuoteApprovalRequirements() {
	}

	/**
	 * The approval rules of the workspace's process that apply to this quote, in sequence order.
	 * Without a process (a quote outside a workspace) the SOP minimum applies: technical review
	 * and finance cost estimate.
	 */
	public static List<ApprovalRule> applicableRules(Quote quote) {
		List<ApprovalRule> rules = new ArrayList<>();
		SalesWorkspace workspace = workspaceOf(quote);
		if (workspace != null && workspace.getProcess() != null) {
			rules.addAll(workspace.getProcess().getQuoteApprovalRules());
		} else {
			rules.add(rule(EmployeeRole.TECHNICAL_LEAD, "technical review", 10));
			rules.add(rule(EmployeeRole.FINANCE, "finance cost estimate", 20));
		}
		BigDecimal maxDiscount = maxDiscountPercent(quote);
		rules.removeIf(r -> r.getDiscountAbove() != null && maxDiscount.compareTo(r.getDiscountAbove()) <= 0);
		rules.sort(Comparator.comparingInt(ApprovalRule::getSequence));
		return rules;
	}

	/** The largest line discount of the quote in percent, zero when no line is discounted. */
	public static BigDecimal maxDiscountPercent(Quote quote) {
		BigDecimal max = BigDecimal.ZERO;
		for (QuoteLine line : quote.getLines()) {
			if (line.getDiscountPercent() != null && line.getDiscountPercent().compareTo(max) > 0) {
				max = line.getDiscountPercent();
			}
		}
		return max;
	}

	/**
	 * Lines of the quote not approved by the given role: no approval of that role covers them,
	 * or the latest verdict of that role on them is a rejection.
	 */
	public static List<QuoteLine> linesLackingApproval(Quote quote, EmployeeRole role) {
		List<QuoteLine> lacking = new ArrayList<>();
		for (QuoteLine line : quote.getLines()) {
			Approval latest = null;
			for (Approval approval : quote.getApprovals()) {
				if (approval.getRole() == role && covers(approval, line)
						&& (latest == null || !isBefore(approval, latest))) {
					latest = approval;
				}
			}
			if (latest == null || latest.getVerdict() != Verdict.APPROVED) {
				lacking.add(line);
			}
		}
		return lacking;
	}

	/** Roles whose approval is still missing for at least one line, in rule order. */
	public static List<ApprovalRule> missingApprovals(Quote quote) {
		List<ApprovalRule> missing = new ArrayList<>();
		for (ApprovalRule rule : applicableRules(quote)) {
			if (!linesLackingApproval(quote, rule.getRole()).isEmpty()) {
				missing.add(rule);
			}
		}
		return missing;
	}

	/**
	 * An approval with no lines listed covers the whole revision it was given on. An approval
	 * carried over from the previous revision covers only its lines that are still unchanged,
	 * so that a changed line needs a fresh approval while the others keep theirs.
	 */
	public static boolean covers(Approval approval, QuoteLine line) {
		if (approval.isCarriedOver()) {
			return approval.getLines().contains(line) && unchangedSincePreviousRevision(line);
		}
		return approval.getLines().isEmpty() || approval.getLines().contains(line);
	}

	/** True when the previous revision has a line with the same key and the same content. */
	public static boolean unchangedSincePreviousRevision(QuoteLine line) {
		if (!(line.eContainer() instanceof Quote quote) || quote.getPreviousRevision() == null) {
			return false;
		}
		for (QuoteLine before : quote.getPreviousRevision().getLines()) {
			if (Objects.equals(before.getKey(), line.getKey())) {
				return sameContent(before, line);
			}
		}
		return false;
	}

	/** Same priced content: what an approver looked at. */
	public static boolean sameContent(QuoteLine a, QuoteLine b) {
		return Objects.equals(a.getCostItemCode(), b.getCostItemCode())
				&& Objects.equals(a.getDescription(), b.getDescription())
				&& Objects.equals(a.getUnit(), b.getUnit())
				&& sameNumber(a.getQuantity(), b.getQuantity())
				&& Objects.equals(a.getUnitCost(), b.getUnitCost())
				&& Objects.equals(a.getUnitPrice(), b.getUnitPrice())
				&& sameNumber(a.getDiscountPercent(), b.getDiscountPercent())
				&& Objects.equals(a.getTakeoffLineId(), b.getTakeoffLineId())
				// A model diff that matched the line's elements vouches for them under new GlobalIds and a new file.
				&& (b.isUnchangedByModelDiff() || a.getGlobalIds().equals(b.getGlobalIds())
						&& Objects.equals(a.getModelSha256(), b.getModelSha256()));
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static boolean isBefore(Approval a, Approval b) {
		if (a.getAt() == null || b.getAt() == null) {
			return false;
		}
		return a.getAt().isBefore(b.getAt());
	}

	private static ApprovalRule rule(EmployeeRole role, String purpose, int sequence) {
		ApprovalRule rule = SalesFactory.eINSTANCE.createApprovalRule();
		rule.setRole(role);
		rule.setPurpose(purpose);
		rule.setSequence(sequence);
		return rule;
	}

	static SalesWorkspace workspaceOf(EObject object) {
		EObject root = EcoreUtil.getRootContainer(object);
		return root instanceof SalesWorkspace workspace ? workspace : null;
	}
}
