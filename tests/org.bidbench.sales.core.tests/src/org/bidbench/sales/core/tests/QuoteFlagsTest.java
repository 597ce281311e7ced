package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.quote.QuoteApprovals;
import org.bidbench.sales.core.quote.QuoteFlags;
import org.bidbench.sales.model.FlagSeverity;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteFlag;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesFactory;
import org.junit.jupiter.api.Test;

/** Take-off flags on a quote revision: an unacknowledged error blocks the release; the technical lead acknowledges with a comment. */
class QuoteFlagsTest {

	private final SalesFixture fx = new SalesFixture();
	private final Instant t = Instant.parse("2026-03-02T09:00:00Z");
	private final Opportunity o = fx.opportunity("O1", "stage-quote", t);

	private static QuoteFlag flag(Quote q, FlagSeverity severity, String kind, String globalId) {
		QuoteFlag f = SalesFactory.eINSTANCE.createQuoteFlag();
		f.setSeverity(severity);
		f.setKind(kind);
		f.setGlobalId(globalId);
		f.setMessage(kind + " on " + globalId);
		q.getFlags().add(f);
		return f;
	}

	@Test
	void anUnacknowledgedErrorBlocksTheReleaseOfAnApprovedRevision() {
		Quote q = fx.quote(o, "10 x 600");
		QuoteFlag error = flag(q, FlagSeverity.ERROR, "missing-quantity", "2XQ$n5SLP5MBLyL442paFx");
		QuoteFlag warning = flag(q, FlagSeverity.WARNING, "source-mismatch", "1hOSvn6df7F8_7GcBWlRGQ");
		QuoteApprovals.approve(q, fx.tech, t, "solution fits");
		QuoteApprovals.approve(q, fx.finance, t, "cost checked");
		assertEquals(QuoteStatus.APPROVED, q.getStatus());
		RefusedException blocked = assertThrows(RefusedException.class, () -> QuoteApprovals.release(q, t));
		assertEquals("Quote O1-Q-r1 revision 1 cannot be released: 1 take-off error flag(s) are not acknowledged by the technical"
				+ " lead (missing-quantity on 2XQ$n5SLP5MBLyL442paFx).", blocked.getMessage());

		RefusedException notTheReviewer = assertThrows(RefusedException.class,
				() -> QuoteFlags.acknowledge(q, error, fx.finance, t, "fine"));
		assertTrue(notTheReviewer.getMessage().startsWith("Only the technical lead acknowledges"), notTheReviewer.getMessage());
		RefusedException noComment = assertThrows(RefusedException.class, () -> QuoteFlags.acknowledge(q, error, fx.tech, t, " "));
		assertTrue(noComment.getMessage().contains("needs a comment"), noComment.getMessage());
		assertFalse(error.isAcknowledged());

		QuoteFlags.acknowledge(q, error, fx.tech, t, "the stair has no solid; priced by hand in line 3");
		assertTrue(error.isAcknowledged());
		assertEquals(fx.tech, error.getAcknowledgedBy());
		// A warning does not block: it is listed in the review for the reviewer to read.
		assertFalse(warning.isAcknowledged());
		assertEquals(1, QuoteFlags.unacknowledged(q, FlagSeverity.WARNING).size());
		QuoteApprovals.release(q, t.plusSeconds(60));
		assertEquals(QuoteStatus.RELEASED, q.getStatus());
		assertThrows(RefusedException.class, () -> QuoteFlags.acknowledge(q, warning, fx.tech, t, "too late"));
	}
}
