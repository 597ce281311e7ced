package org.bidbench.reports.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.bidbench.reports.ReportData;
import org.bidbench.reports.ReportFormat;
import org.bidbench.reports.ReportRequest;
import org.bidbench.reports.ReportService;
import org.bidbench.reports.ReportTable;
import org.bidbench.reports.ReportTemplates;
import org.bidbench.reports.data.ClientQuoteReport;
import org.bidbench.reports.data.QuoteReviewReport;
import org.bidbench.sales.core.quote.ClientQuoteStatement;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two quote documents print the statement's figures and no other: the review's rows are the
 * statement's lines and categories, the client quote's rows its client view's sections and lines.
 * The quote has a storey that comes back after another one, a line without a known cost and a
 * quote discount, so that an order, a null or a total computed apart from the statement would show.
 */
class QuoteStatementReportsTest {

	private static Quote quote() {
		Quote quote = ReportFixtures.quote();
		ReportFixtures.line(quote, "slab | storey=Erdgeschoss", "CON-C30", "C30 混凝土 slab", "m3", "4.2", "520", "650.00", "2",
				List.of("1xS3BCk291UvhgP2dvNsgp"));
		quote.getLines().get(3).setUnitCost(null); // hidden from this user, or never entered
		quote.setDiscountPercent(new BigDecimal("2.5"));
		return quote;
	}

	@Test
	void theReviewsRowsAreTheStatementsLinesAndCategories() {
		Quote quote = quote();
		PriceCatalog catalog = ReportFixtures.catalog();
		QuoteStatement statement = QuoteStatement.of(quote, catalog, null);
		ReportData data = QuoteReviewReport.data(quote, catalog, Locale.ENGLISH);

		ReportTable lines = data.table("lines");
		assertEquals(statement.lines().size(), lines.size());
		for (int i = 0; i < lines.size(); i++) {
			QuoteStatement.Line line = statement.lines().get(i);
			assertEquals(line.key(), lines.value(i, "key"));
			assertEquals(line.category(), lines.value(i, "category"));
			assertEquals(line.amount().amount(), lines.value(i, "amount"));
			assertEquals(amount(line.cost()), lines.value(i, "cost"));
			assertEquals(amount(line.margin()), lines.value(i, "margin"));
			assertEquals(line.marginPercent(), lines.value(i, "marginPercent"));
			assertEquals(line.floorPercent(), lines.value(i, "floor"));
			assertEquals(line.isBelowFloor(), lines.value(i, "below"));
		}
		assertNull(lines.value(3, "cost"), "an unknown cost is not printed as zero");
		assertEquals(Boolean.TRUE, lines.value(2, "below"), "the discounted doors are below their 15 % floor");

		ReportTable categories = data.table("categories");
		assertEquals(statement.categories().size(), categories.size());
		for (int i = 0; i < categories.size(); i++) {
			QuoteStatement.CategoryTotal c = statement.categories().get(i);
			assertEquals(c.category(), categories.value(i, "category"));
			assertEquals(c.amount().amount(), categories.value(i, "amount"));
			assertEquals(amount(c.cost()), categories.value(i, "cost"));
			assertEquals(c.marginPercent(), categories.value(i, "marginPercent"));
		}
		assertNull(categories.value(0, "cost"), "concrete has a line without a known cost: no cost, no margin");

		assertEquals(money(statement.linesTotal()), data.text("total"));
		assertEquals(money(statement.totalCost()), data.text("cost"));
		assertEquals(money(statement.margin()), data.text("margin"));
		assertEquals(statement.marginPercent().toPlainString(), data.text("marginPercent"));
	}

	@Test
	void theClientQuotesRowsAreTheClientViewsSectionsAndTotals(@TempDir Path folder) throws Exception {
		Quote quote = quote();
		QuoteTerms terms = QuoteTerms.forQuote(quote, false);
		ClientQuoteStatement client = QuoteStatement.of(quote, terms).forClient();
		ReportData data = ClientQuoteReport.data(quote, terms, Locale.ENGLISH, null, null);

		ReportTable lines = data.table("lines");
		int row = 0;
		for (ClientQuoteStatement.Section section : client.sections()) {
			for (ClientQuoteStatement.Line line : section.lines()) {
				assertEquals(section.storey(), lines.value(row, "section"));
				assertEquals(section.subtotal().amount(), lines.value(row, "sectionSubtotal"));
				assertEquals(line.code(), lines.value(row, "code"));
				assertEquals(line.quantity(), lines.value(row, "quantity"));
				assertEquals(line.amount().amount(), lines.value(row, "amount"));
				row++;
			}
		}
		assertEquals(row, lines.size());
		assertEquals(2, client.sections().size(), "the slab joins the first storey's section");
		assertEquals("slab | storey=Erdgeschoss", client.sections().get(0).lines().get(2).key());

		assertEquals(client.linesTotal().amount(), data.number("linesTotal"));
		assertEquals(client.discount().amount().negate(), data.number("discount"));
		assertEquals(client.net().amount(), data.number("net"));
		assertEquals(client.tax().amount(), data.number("tax"));
		assertEquals(client.grandTotal().amount(), data.number("grandTotal"));
		ReportTable milestones = data.table("milestones");
		for (int i = 0; i < milestones.size(); i++) {
			assertEquals(client.milestones().get(i).amount().amount(), milestones.value(i, "amount"));
		}

		// And the printed document says the same grand total.
		Path pdf = folder.resolve("statement.pdf");
		ReportService.get().render(new ReportRequest(ReportTemplates.CLIENT_QUOTE, data, Locale.ENGLISH, ReportFormat.PDF), pdf);
		String text = PdfTools.text(pdf);
		assertTrue(text.contains(String.format(Locale.ROOT, "%,.2f", client.grandTotal().amount())), text);
	}

	private static BigDecimal amount(Money money) {
		return money == null ? null : money.amount();
	}

	private static String money(Money money) {
		return String.format(Locale.ROOT, "%,.2f", money.amount());
	}
}
