package org.bidbench.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.bidbench.demo.price.ClientQuote;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.quote.ClientQuoteStatement;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesWorkspace;
import org.junit.jupiter.api.Test;

/**
 * The presenter's prices are the statement's: every quote of the demo workspace, seen as the client
 * sees it in presenter mode, has the client view's line prices and totals, to the cent.
 */
class ClientQuoteStatementTest {

	@Test
	void thePresentersPricesAreTheClientViewOfTheStatement() {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.of(2026, 11, 26));
		int checked = 0;
		int schedules = 0;
		for (Opportunity o : ws.getOpportunities()) {
			for (Quote quote : o.getQuotes()) {
				ClientQuote shown = ClientQuote.of(quote, true);
				ClientQuoteStatement client = QuoteStatement.of(quote, QuoteTerms.forQuote(quote, true)).forClient();
				assertEquals(client.lines().size(), shown.lines().size(), quote.getId());
				for (int i = 0; i < client.lines().size(); i++) {
					ClientQuoteStatement.Line line = client.lines().get(i);
					ClientQuote.Line presented = shown.lines().get(i);
					assertEquals(line.key(), presented.key());
					assertEquals(line.netUnitPrice().amount(), presented.unitPrice(), quote.getId() + " " + line.key());
					assertEquals(line.amount().amount(), presented.amount(), quote.getId() + " " + line.key());
					assertEquals(line.globalIds(), presented.globalIds());
				}
				assertEquals(client.linesTotal().amount(), shown.linesTotal(), quote.getId());
				assertEquals(client.discount().amount(), shown.discount(), quote.getId());
				assertEquals(client.net().amount(), shown.net(), quote.getId());
				assertEquals(client.tax().amount(), shown.tax(), quote.getId());
				assertEquals(client.grandTotal().amount(), shown.grandTotal(), quote.getId());
				if (o.getContract() == null || o.getContract().getMilestones().isEmpty()) {
					// Before a contract, the schedule the terms propose, with the statement's amounts.
					assertEquals(client.milestones().size(), shown.milestones().size());
					for (int i = 0; i < client.milestones().size(); i++) {
						assertEquals(client.milestones().get(i).amount().amount(), shown.milestones().get(i).amount());
					}
					schedules++;
				}
				checked++;
			}
		}
		assertTrue(checked > 50 && schedules > 10, "quotes checked: " + checked + ", schedules: " + schedules);
	}
}
