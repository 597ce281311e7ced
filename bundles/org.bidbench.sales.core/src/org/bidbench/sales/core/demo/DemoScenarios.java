package org.bidbench.sales.core.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Predicate;

import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.core.quote.QuoteApprovalRequirements;

/** Situations tests and demos need that a generated workspace does not always hold. */
public final class DemoScenarios {

	private DemoScenarios() {
	}

	/**
	 * A quote waiting for finance: one the workspace has, or else a new revision of an approved quote
	 * of an open opportunity whose first line's price is raised by one unit, so that line asks every
	 * role again.
	 *
	 * @throws IllegalStateException when the workspace has no approved quote of an open opportunity
	 */
	public static Quote quoteWaitingForFinance(SalesWorkspace workspace) {
		Predicate<Quote> waiting = q -> (q.getStatus() == QuoteStatus.IN_REVIEW || q.getStatus() == QuoteStatus.DRAFT)
				&& QuoteApprovalRequirements.missingApprovals(q).stream().anyMatch(r -> r.getRole() == EmployeeRole.FINANCE);
		Optional<Quote> found = workspace.getOpportunities().stream().flatMap(o -> o.getQuotes().stream()).filter(waiting).findFirst();
		if (found.isPresent()) {
			return found.get();
		}
		SalesOperations ops = new SalesOperations(workspace, Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.UTC));
		Quote approved = workspace.getOpportunities().stream()
				.filter(o -> o.getStatus() == OpportunityStatus.OPEN)
				.flatMap(o -> o.getQuotes().stream())
				.filter(q -> q.getNextRevision() == null && q.getStatus() == QuoteStatus.APPROVED && !q.getLines().isEmpty())
				.findFirst().orElseThrow(() -> new IllegalStateException("the workspace has no approved quote of an open opportunity"));
		Employee sales = workspace.getEmployees().stream().filter(e -> e.getRole() == EmployeeRole.SALES_LEAD).findFirst().orElseThrow();
		Quote next = ops.newQuoteRevision(approved, sales);
		QuoteLine line = next.getLines().get(0);
		ops.editQuoteLine(line, line.getQuantity(), Money.of(line.getUnitPrice().amount().add(BigDecimal.ONE),
				line.getUnitPrice().currency()), line.getDiscountPercent());
		ops.submitQuoteForReview(next);
		if (!waiting.test(next)) {
			throw new IllegalStateException("a changed line did not ask finance again: " + QuoteApprovalRequirements.missingApprovals(next));
		}
		return next;
	}
}
