package org.bidbench.ui.sales.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/**
 * The approvals inbox shows the statement's figures: for finance, each quote's margin, the lines
 * below their floor, the amount column and each line's amount and margin in the details are the
 * statement's (computed with the quote's catalog); the technical lead sees the amounts without margins.
 */
class ApprovalFiguresTest {

	private static Employee first(SalesWorkspace ws, EmployeeRole role) {
		return ws.getEmployees().stream().filter(e -> e.getRole() == role).findFirst().orElseThrow();
	}

	@Test
	void theInboxShowsTheStatementsMarginsFloorsAndAmounts() {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.of(2026, 11, 26));
		// The latest revision of each open opportunity back in review, with no approval yet: every role is asked.
		for (Opportunity o : ws.getOpportunities()) {
			if (o.getStatus() == OpportunityStatus.OPEN && !o.getQuotes().isEmpty()) {
				Quote latest = o.getQuotes().get(o.getQuotes().size() - 1);
				latest.getApprovals().clear();
				latest.setStatus(QuoteStatus.IN_REVIEW);
			}
		}
		List<ApprovalInbox.Request> requests = ApprovalInbox.of(ws, first(ws, EmployeeRole.FINANCE)).stream()
				.filter(ApprovalInbox.Request::isQuote).toList();
		assertTrue(!requests.isEmpty(), "finance has quotes to approve in the demo workspace");
		ApprovalsView view = new ApprovalsView();
		int lines = 0;
		for (ApprovalInbox.Request r : requests) {
			QuoteStatement statement = QuoteStatement.of(r.quote(), ApprovalInbox.catalogOf(ws, r.quote()), null);
			assertEquals(statement.marginPercent(), r.margin(), r.quote().getId());
			assertEquals(statement.belowFloor().stream().map(b -> b.line().key()).distinct().toList(),
					r.belowFloor().stream().map(QuoteLine::getKey).toList(), r.quote().getId());
			assertEquals(statement.linesTotal(), r.statement().linesTotal(), r.quote().getId());
			String details = view.detailsText(r);
			for (QuoteLine line : r.asked()) {
				QuoteStatement.Line priced = statement.line(line.getKey());
				assertTrue(details.contains(SalesWording.money(priced.amount())), details);
				assertTrue(details.contains(NLS.bind(Messages.Inbox_lineMargin, SalesWording.percent(priced.marginPercent()))), details);
				lines++;
			}
			assertTrue(details.contains(NLS.bind(Messages.Inbox_marginTotal, SalesWording.percent(statement.marginPercent()),
					r.floor() == null ? "-" : SalesWording.percent(r.floor()))), details); //$NON-NLS-1$
		}
		assertTrue(lines > 0, "lines checked");

		List<ApprovalInbox.Request> technical = ApprovalInbox.of(ws, first(ws, EmployeeRole.TECHNICAL_LEAD)).stream()
				.filter(ApprovalInbox.Request::isQuote).toList();
		for (ApprovalInbox.Request r : technical) {
			assertNull(r.margin(), "the technical lead sees no margin");
			String details = view.detailsText(r);
			for (QuoteLine line : r.asked()) {
				assertTrue(details.contains(SalesWording.money(r.statement().line(line.getKey()).amount())), details);
			}
		}
	}
}
