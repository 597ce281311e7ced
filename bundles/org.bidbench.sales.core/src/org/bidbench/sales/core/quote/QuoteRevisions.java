package org.bidbench.sales.core.quote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.core.quote.LineDifference.Change;
import org.bidbench.sales.model.Approval;
import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.Verdict;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Quote revisions: making a new one from the last, comparing two, following the lineage. */
public final class QuoteRevisions {

	private QuoteRevisions() {
	}

	/**
	 * A new draft revision with copies of the lines of {@code previous}, added to the same
	 * opportunity. Approvals the previous revision had are carried over for each line; they
	 * stop counting for a line as soon as that line is changed, so only changed lines need
	 * approval again.
	 */
	public static Quote newRevision(Quote previous, Employee author, Instant at) {
		Quote next = SalesFactory.eINSTANCE.createQuote();
		next.setId(baseId(previous) + "-r" + (previous.getRevision() + 1));
		next.setRevision(previous.getRevision() + 1);
		next.setCurrency(previous.getCurrency());
		next.setStatus(QuoteStatus.DRAFT);
		next.setCreatedAt(at);
		next.setAuthor(author);
		next.setValidUntil(previous.getValidUntil());
		next.setTaxRatePercent(previous.getTaxRatePercent());
		next.setDiscountPercent(previous.getDiscountPercent());
		next.setPreviousRevision(previous);
		Map<QuoteLine, QuoteLine> copies = new LinkedHashMap<>();
		for (QuoteLine line : previous.getLines()) {
			QuoteLine copy = EcoreUtil.copy(line);
			copies.put(line, copy);
			next.getLines().add(copy);
		}
		for (ApprovalRule rule : QuoteApprovalRequirements.applicableRules(previous)) {
			List<QuoteLine> lacking = QuoteApprovalRequirements.linesLackingApproval(previous, rule.getRole());
			Approval source = latestApproval(previous, rule);
			if (source == null) {
				continue;
			}
			Approval carried = SalesFactory.eINSTANCE.createApproval();
			carried.setRole(rule.getRole());
			carried.setApprover(source.getApprover());
			carried.setAt(source.getAt());
			carried.setVerdict(Verdict.APPROVED);
			carried.setCarriedOver(true);
			carried.setComment("Carried over from revision " + previous.getRevision() + " for unchanged lines.");
			for (Map.Entry<QuoteLine, QuoteLine> entry : copies.entrySet()) {
				if (!lacking.contains(entry.getKey())) {
					carried.getLines().add(entry.getValue());
				}
			}
			if (!carried.getLines().isEmpty()) {
				next.getApprovals().add(carried);
			}
		}
		if (previous.eContainer() instanceof Opportunity opportunity) {
			opportunity.getQuotes().add(next);
		}
		return next;
	}

	/** Line-by-line comparison matched by line key, in the order of {@code before} then new lines. */
	public static List<LineDifference> diff(Quote before, Quote after) {
		Map<String, QuoteLine> afterByKey = new LinkedHashMap<>();
		for (QuoteLine line : after.getLines()) {
			afterByKey.put(line.getKey(), line);
		}
		List<LineDifference> result = new ArrayList<>();
		for (QuoteLine old : before.getLines()) {
			QuoteLine now = afterByKey.remove(old.getKey());
			if (now == null) {
				result.add(new LineDifference(old.getKey(), Change.REMOVED, old.getQuantity(), null, old.getUnitPrice(), null,
						QuoteAmounts.amount(old), null));
			} else {
				Change change = QuoteApprovalRequirements.sameContent(old, now) ? Change.UNCHANGED : Change.CHANGED;
				result.add(new LineDifference(old.getKey(), change, old.getQuantity(), now.getQuantity(), old.getUnitPrice(),
						now.getUnitPrice(), QuoteAmounts.amount(old), QuoteAmounts.amount(now)));
			}
		}
		for (QuoteLine added : afterByKey.values()) {
			result.add(new LineDifference(added.getKey(), Change.ADDED, null, added.getQuantity(), null, added.getUnitPrice(),
					null, QuoteAmounts.amount(added)));
		}
		return result;
	}

	/** The latest revision of the lineage {@code quote} belongs to. */
	public static Quote latest(Quote quote) {
		Quote q = quote;
		while (q.getNextRevision() != null) {
			q = q.getNextRevision();
		}
		return q;
	}

	private static Approval latestApproval(Quote quote, ApprovalRule rule) {
		Approval latest = null;
		for (Approval a : quote.getApprovals()) {
			if (a.getRole() == rule.getRole() && a.getVerdict() == Verdict.APPROVED
					&& (latest == null || (a.getAt() != null && latest.getAt() != null && a.getAt().isAfter(latest.getAt())))) {
				latest = a;
			}
		}
		return latest;
	}

	private static String baseId(Quote quote) {
		String id = quote.getId() == null ? "Q" : quote.getId();
		int marker = id.lastIndexOf("-r");
		return marker > 0 ? id.substring(0, marker) : id;
	}
}
