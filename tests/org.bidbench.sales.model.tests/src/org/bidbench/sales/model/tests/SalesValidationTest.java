package org.bidbench.sales.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.NpsAnswer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.util.SalesValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

class SalesValidationTest {

	@Test
	void fixtureIsValid() {
		Diagnostic d = Diagnostician.INSTANCE.validate(ModelFixture.workspace());
		assertTrue(d.getSeverity() < Diagnostic.ERROR, () -> messages(d).toString());
	}

	@Test
	void lostOpportunityNeedsAReason() {
		SalesWorkspace ws = ModelFixture.workspace();
		Opportunity o = ws.getOpportunities().get(0);
		o.setStatus(OpportunityStatus.LOST);
		Diagnostic d = Diagnostician.INSTANCE.validate(ws);
		assertEquals(Diagnostic.ERROR, d.getSeverity());
		assertTrue(messages(d).contains("Opportunity O1 'Metro depot' is closed lost but has no lost reason:"
				+ " record why it was lost (and the winning competitor if known)."), () -> messages(d).toString());
	}

	@Test
	void lineBelowCostIsOnlyAWarning() {
		SalesWorkspace ws = ModelFixture.workspace();
		QuoteLine line = ws.getOpportunities().get(0).getQuotes().get(0).getLines().get(0);
		line.setUnitPrice(Money.of("500", "CNY"));
		Diagnostic d = Diagnostician.INSTANCE.validate(ws);
		Diagnostic found = find(d, SalesValidator.QUOTE_LINE__PRICED_ABOVE_COST);
		assertEquals(Diagnostic.WARNING, found.getSeverity());
		assertTrue(found.getMessage().contains("sells at 475.00 CNY per m3 after discount, below its unit cost 520 CNY"),
				found.getMessage());
	}

	@Test
	void discountAndScoreRanges() {
		SalesWorkspace ws = ModelFixture.workspace();
		ws.getOpportunities().get(0).getQuotes().get(0).getLines().get(0).setDiscountPercent(new BigDecimal("120"));
		NpsAnswer answer = ws.getNpsAnswers().get(0);
		answer.setScore(11);
		List<String> messages = messages(Diagnostician.INSTANCE.validate(ws));
		assertTrue(messages.stream().anyMatch(m -> m.contains("has a discount of 120%: a discount is between 0 and 100 percent.")),
				messages::toString);
		assertTrue(messages.stream().anyMatch(m -> m.contains("has score 11: NPS scores run from 0 to 10.")), messages::toString);
	}

	@Test
	void collectedBeforeInvoiceIsRefused() {
		SalesWorkspace ws = ModelFixture.workspace();
		var m = ws.getOpportunities().get(0).getContract().getMilestones().get(0);
		m.setCollectedOn(m.getInvoicedOn().minusDays(3));
		m.setCollectedAmount(Money.of("1000", "CNY"));
		Diagnostic found = find(Diagnostician.INSTANCE.validate(ws), SalesValidator.PAYMENT_MILESTONE__COLLECTED_AFTER_INVOICE);
		assertEquals("Payment milestone 'Advance' of Contract O1-K 'HT-2026-001' was collected on 2026-05-07 before its"
				+ " invoice of 2026-05-10: enter the invoice date.", found.getMessage());
	}

	@Test
	void moneyRefusesMixedCurrenciesAndBadText() {
		assertThrows(IllegalArgumentException.class, () -> Money.of("1", "CNY").plus(Money.of("1", "EUR")));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("12.5"));
		assertTrue(e.getMessage().contains("'<amount> <currency>'"));
		assertEquals("1250.10 CNY", Money.parse(" 1250.10 CNY ").toString());
	}

	private static Diagnostic find(Diagnostic root, int code) {
		for (Diagnostic child : root.getChildren()) {
			if (SalesValidator.DIAGNOSTIC_SOURCE.equals(child.getSource()) && child.getCode() == code) {
				return child;
			}
		}
		throw new AssertionError("no diagnostic " + code + " in " + messages(root));
	}

	private static List<String> messages(Diagnostic d) {
		return d.getChildren().stream().map(Diagnostic::getMessage).toList();
	}
}
