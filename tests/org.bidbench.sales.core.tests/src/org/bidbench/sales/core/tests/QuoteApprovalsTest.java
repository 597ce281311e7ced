package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.quote.LineDifference;
import org.bidbench.sales.core.quote.LineDifference.Change;
import org.bidbench.sales.core.quote.QuoteAmounts;
import org.bidbench.sales.core.quote.QuoteApprovals;
import org.bidbench.sales.core.quote.QuoteRevisions;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.core.quote.QuoteApprovalRequirements;
import org.junit.jupiter.api.Test;

class QuoteApprovalsTest {

	private final SalesFixture fx = new SalesFixture();
	private final Instant t = Instant.parse("2026-03-02T09:00:00Z");
	private final Opportunity o = fx.opportunity("O1", "stage-quote", t);

	@Test
	void anUnreviewedQuoteIsNotReleased() {
		Quote q = fx.quote(o, "10 x 600", "5 x 1000");
		RefusedException e = assertThrows(RefusedException.class, () -> QuoteApprovals.release(q, t));
		assertEquals(List.of(
				"Quote O1-Q-r1 revision 1 cannot be released: technical review by the technical lead is missing for all lines.",
				"Quote O1-Q-r1 revision 1 cannot be released: finance cost estimate by the finance is missing for all lines."),
				e.check().reasons());
		assertEquals(QuoteStatus.DRAFT, q.getStatus());
	}

	@Test
	void technicalReviewComesBeforeTheCostEstimateAndBothAreNeeded() {
		Quote q = fx.quote(o, "10 x 600");
		QuoteApprovals.submitForReview(q);
		RefusedException early = assertThrows(RefusedException.class, () -> QuoteApprovals.approve(q, fx.finance, t, "ok"));
		assertEquals("Quote O1-Q-r1 revision 1 needs the technical review (technical lead) before the finance cost estimate.",
				early.getMessage());
		QuoteApprovals.approve(q, fx.tech, t, "solution fits");
		assertEquals(QuoteStatus.IN_REVIEW, q.getStatus());
		assertTrue(QuoteApprovals.checkRelease(q).message().contains("finance cost estimate by the finance is missing"));
		QuoteApprovals.approve(q, fx.finance, t.plusSeconds(60), "cost checked");
		assertEquals(QuoteStatus.APPROVED, q.getStatus());
		QuoteApprovals.release(q, t.plusSeconds(120));
		assertEquals(QuoteStatus.RELEASED, q.getStatus());
	}

	@Test
	void aDiscountAboveTheThresholdNeedsTheSalesManager() {
		Quote q = fx.quote(o, "10 x 600", "5 x 1000 15");
		assertEquals(3, QuoteApprovalRequirements.applicableRules(q).size());
		QuoteApprovals.approve(q, fx.tech, t, "ok");
		QuoteApprovals.approve(q, fx.finance, t, "ok");
		assertEquals("Quote O1-Q-r1 revision 1 cannot be released: discount approval by the sales manager is missing for"
				+ " all lines because a discount exceeds 10%.", QuoteApprovals.checkRelease(q).message());
		QuoteApprovals.approve(q, fx.manager, t, "strategic customer");
		assertTrue(QuoteApprovals.checkRelease(q).isAllowed());
		RefusedException e = assertThrows(RefusedException.class, () -> QuoteApprovals.approve(q, fx.sales, t, "me too"));
		assertTrue(e.getMessage().startsWith("王伟 (sales lead) has nothing to approve"), e.getMessage());
	}

	@Test
	void aNewRevisionNeedsApprovalOnlyForChangedLines() {
		Quote r1 = fx.quote(o, "10 x 600", "5 x 1000", "2 x 300");
		QuoteApprovals.approve(r1, fx.tech, t, "ok");
		QuoteApprovals.approve(r1, fx.finance, t, "ok");
		QuoteApprovals.release(r1, t);

		Quote r2 = QuoteRevisions.newRevision(r1, fx.sales, t.plusSeconds(3600));
		assertEquals("O1-Q-r2", r2.getId());
		assertEquals(2, r2.getRevision());
		assertEquals(r1, r2.getPreviousRevision());
		assertTrue(QuoteApprovals.checkRelease(r2).isAllowed(), "an unchanged revision keeps every approval");

		r2.getLines().get(1).setUnitPrice(Money.of("950", "CNY"));
		assertEquals(List.of("2"), QuoteApprovalRequirements.linesLackingApproval(r2, EmployeeRole.TECHNICAL_LEAD).stream()
				.map(l -> l.getKey()).toList());
		assertEquals("Quote O1-Q-r2 revision 2 cannot be released: technical review by the technical lead is missing for"
				+ " line(s) 2.", QuoteApprovals.checkRelease(r2).reasons().get(0));

		QuoteApprovals.approve(r2, fx.tech, t.plusSeconds(7200), "price concession fine");
		assertEquals(List.of(r2.getLines().get(1)), r2.getApprovals().get(r2.getApprovals().size() - 1).getLines(),
				"the new approval covers only the changed line");
		QuoteApprovals.approve(r2, fx.finance, t.plusSeconds(7300), "ok");
		QuoteApprovals.release(r2, t.plusSeconds(7400));
		assertEquals(QuoteStatus.SUPERSEDED, r1.getStatus());
		assertEquals(r2, QuoteRevisions.latest(r1));
	}

	@Test
	void revisionDiffShowsQuantityPriceAndAmount() {
		Quote r1 = fx.quote(o, "10 x 600", "5 x 1000", "2 x 300");
		Quote r2 = QuoteRevisions.newRevision(r1, fx.sales, t);
		r2.getLines().get(0).setQuantity(new BigDecimal("12"));
		r2.getLines().remove(2);
		Quote extra = fx.quote(o, "1 x 99.99");
		var added = extra.getLines().get(0);
		added.setKey("4");
		r2.getLines().add(added);

		List<LineDifference> diff = QuoteRevisions.diff(r1, r2);
		assertEquals(List.of(Change.CHANGED, Change.UNCHANGED, Change.REMOVED, Change.ADDED),
				diff.stream().map(LineDifference::change).toList());
		LineDifference first = diff.get(0);
		assertEquals(new BigDecimal("10"), first.quantityBefore());
		assertEquals(new BigDecimal("12"), first.quantityAfter());
		assertEquals(Money.of("6000", "CNY"), first.amountBefore());
		assertEquals(Money.of("7200", "CNY"), first.amountAfter());
		assertEquals(Money.of("-600", "CNY"), diff.get(2).amountDelta());
		assertEquals(Money.of("99.99", "CNY"), diff.get(3).amountAfter());
		assertEquals(Money.of("12299.99", "CNY"), QuoteAmounts.total(r2));
	}
}
