package org.bidbench.cli.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bidbench.cli.internal.CommandRun;
import org.bidbench.cli.internal.JsonText;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's JSON shows the statement's figures: {@code quote MODEL --out quote.json}'s
 * totals are the statement of its own lines under the terms given, and the summary line says the
 * same; {@code opportunity show --json} gives each revision's statement total and line amounts.
 */
class QuoteStatementJsonTest {

	@Test
	@SuppressWarnings("unchecked")
	void theQuoteJsonsTotalsAreTheStatementOfItsLines(@TempDir Path folder) throws Exception {
		CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		CommandRun run = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--tax", "6", "--discount", "5", "--out", "quote.json");
		assertEquals(0, run.exitCode, run.toString());
		Map<String, Object> json = JsonText.object(Files.readString(folder.resolve("quote.json")));

		// The quote the JSON describes, line by line, and its statement under the same terms.
		Quote quote = SalesFactory.eINSTANCE.createQuote();
		String currency = (String) json.get("currency");
		quote.setCurrency(currency);
		List<Object> lines = (List<Object>) json.get("lines");
		for (Object o : lines) {
			Map<String, Object> l = (Map<String, Object>) o;
			QuoteLine line = SalesFactory.eINSTANCE.createQuoteLine();
			line.setKey((String) l.get("key"));
			line.setQuantity((BigDecimal) l.get("quantity"));
			line.setUnitPrice(new Money((BigDecimal) l.get("unit_price"), currency));
			quote.getLines().add(line);
		}
		QuoteStatement statement = QuoteStatement.of(quote,
				QuoteTerms.standard(false).withTaxRate(new BigDecimal("6")).withDiscount(new BigDecimal("5")));
		assertTrue(statement.lines().size() > 3, "the house has several lines");
		for (int i = 0; i < lines.size(); i++) {
			assertEquals(statement.lines().get(i).amount().amount(), ((Map<String, Object>) lines.get(i)).get("amount"));
		}
		assertEquals(statement.linesTotal().amount(), json.get("lines_total"));
		assertEquals(statement.net().amount(), json.get("net"));
		assertEquals(statement.tax().amount(), json.get("tax"));
		assertEquals(statement.grandTotal().amount(), json.get("grand_total"));
		assertTrue(statement.discount().signum() > 0, "the discount is taken off before the tax");
		assertTrue(run.out.contains("net " + statement.net().amount().toPlainString() + ", grand total "
				+ statement.grandTotal().amount().toPlainString() + " " + currency), run.out);
	}

	@Test
	@SuppressWarnings("unchecked")
	void opportunityShowGivesEachRevisionsStatement(@TempDir Path folder) throws Exception {
		Path root = DemoWorkspaceFactory.write(folder.resolve("ws"), DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse("2026-10-15"));
		Opportunity revised = SalesWorkspaceFolder.load(root.getParent()).workspace().getOpportunities().stream()
				.filter(o -> o.getQuotes().size() > 1).findFirst().orElseThrow();
		CommandRun run = CommandRun.of(folder, "opportunity", "show", revised.getId(), "--workspace", "ws", "--json");
		assertEquals(0, run.exitCode, run.toString());
		List<Object> quotes = (List<Object>) JsonText.object(run.out).get("quotes");
		assertEquals(revised.getQuotes().size(), quotes.size());
		for (int i = 0; i < quotes.size(); i++) {
			Map<String, Object> q = (Map<String, Object>) quotes.get(i);
			QuoteStatement statement = QuoteStatement.of(revised.getQuotes().get(i));
			assertEquals(statement.linesTotal().amount().toPlainString(), q.get("total"));
			List<Object> lines = (List<Object>) q.get("lines");
			assertEquals(statement.lines().size(), lines.size());
			for (int k = 0; k < lines.size(); k++) {
				assertEquals(statement.lines().get(k).amount().amount().toPlainString(), ((Map<String, Object>) lines.get(k)).get("amount"));
			}
		}
	}
}
