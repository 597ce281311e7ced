package org.bidbench.sales.core.tests.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.bidbench.sales.core.quote.terms.AmountInWords;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.core.quote.terms.QuoteTotals;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesFactory;
import org.junit.jupiter.api.Test;

class QuoteTermsTest {

	@Test
	void chineseFinancialNumerals() {
		assertEquals("壹万贰仟叁佰肆拾伍元陆角柒分", AmountInWords.chinese(new BigDecimal("12345.67")));
		assertEquals("贰万伍仟零柒拾陆元整", AmountInWords.chinese(new BigDecimal("25076.00")));
		assertEquals("壹拾万零壹拾元整", AmountInWords.chinese(new BigDecimal("100010")));
		assertEquals("壹佰万元整", AmountInWords.chinese(new BigDecimal("1000000")));
		assertEquals("壹仟零伍元零捌分", AmountInWords.chinese(new BigDecimal("1005.08")));
		assertEquals("壹亿零壹万元整", AmountInWords.chinese(new BigDecimal("100010000")));
		assertEquals("伍角", AmountInWords.chinese(new BigDecimal("0.50")).replace("整", ""));
		assertEquals("零元整", AmountInWords.chinese(BigDecimal.ZERO));
	}

	@Test
	void englishWords() {
		assertEquals("twenty-five thousand seventy-six and 00/100 Chinese Yuan",
				AmountInWords.english(new BigDecimal("25076"), "CNY"));
		assertEquals("one million two hundred thousand and 05/100 Euro", AmountInWords.english(new BigDecimal("1200000.05"), "EUR"));
	}

	@Test
	void totalsAreRoundedOnceToTheFenAndMilestonesAddUp() {
		Quote quote = SalesFactory.eINSTANCE.createQuote();
		quote.setCurrency("CNY");
		for (String[] l : new String[][]{{"3", "333.33", "0"}, {"1", "0.01", "0"}, {"7", "101.10", "2.5"}}) {
			QuoteLine line = SalesFactory.eINSTANCE.createQuoteLine();
			line.setQuantity(new BigDecimal(l[0]));
			line.setUnitPrice(Money.of(l[1], "CNY"));
			line.setDiscountPercent(new BigDecimal(l[2]));
			quote.getLines().add(line);
		}
		// 999.99 + 0.01 + 7 x 98.5725 = 690.0075 -> 690.01; lines 1,690.01
		QuoteTerms terms = QuoteTerms.standard(false).withDiscount(new BigDecimal("3")).withTaxRate(new BigDecimal("13"));
		QuoteTotals totals = QuoteTotals.of(quote, terms);
		assertEquals(Money.of("1690.01", "CNY"), totals.linesTotal());
		assertEquals(Money.of("50.70", "CNY"), totals.discount(), "50.7003");
		assertEquals(Money.of("1639.31", "CNY"), totals.net());
		assertEquals(Money.of("213.11", "CNY"), totals.tax(), "1,639.31 x 13 % = 213.1103 -> 213.11");
		assertEquals(Money.of("1852.42", "CNY"), totals.grandTotal());
		Money sum = totals.milestones().stream().map(QuoteTotals.MilestoneAmount::amount).reduce(Money.zero("CNY"), Money::plus);
		assertEquals(totals.grandTotal(), sum);
		assertEquals(Money.of("555.73", "CNY"), totals.milestones().get(0).amount());
		assertEquals(2, totals.grandTotal().amount().scale());
		assertEquals(0, QuoteTotals.minorDigits("JPY"));
	}

	@Test
	void aSavedQuoteKeepsItsTaxRateAndDiscountThroughRevisionsAndTheWorkspaceFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		org.bidbench.sales.model.SalesWorkspace ws = SalesFactory.eINSTANCE.createSalesWorkspace();
		org.bidbench.sales.model.Opportunity o = SalesFactory.eINSTANCE.createOpportunity();
		o.setId("O1");
		ws.getOpportunities().add(o);
		Quote quote = SalesFactory.eINSTANCE.createQuote();
		quote.setId("O1-Q-r1");
		quote.setRevision(1);
		o.getQuotes().add(quote);
		assertEquals(new BigDecimal("9"), QuoteTerms.forQuote(quote, false).taxRatePercent(), "nothing recorded: standard terms");
		QuoteTerms.standard(false).withTaxRate(new BigDecimal("13")).withDiscount(new BigDecimal("2.5")).recordOn(quote);
		Quote second = org.bidbench.sales.core.quote.QuoteRevisions.newRevision(quote, null, java.time.Instant.parse("2026-11-27T00:00:00Z"));
		o.getQuotes().add(second);
		assertEquals(new BigDecimal("2.5"), second.getDiscountPercent(), "a new revision keeps them");

		org.bidbench.sales.core.workspace.SalesWorkspaceFolder.create(dir, ws).save();
		Quote read = org.bidbench.sales.core.workspace.SalesWorkspaceFolder.load(dir).workspace().getOpportunities().get(0)
				.getQuotes().get(0);
		QuoteTerms terms = QuoteTerms.forQuote(read, false);
		assertEquals(0, new BigDecimal("13").compareTo(terms.taxRatePercent()), "saved and read back: " + terms);
		assertEquals(0, new BigDecimal("2.5").compareTo(terms.discountPercent()));

		read.setDiscountPercent(new BigDecimal("100"));
		assertThrows(IllegalArgumentException.class, () -> QuoteTerms.forQuote(read, false), "a discount of 100 % is refused");
	}

	@Test
	void milestoneSharesMustMakeAHundred() {
		assertThrows(IllegalArgumentException.class, () -> new QuoteTerms(BigDecimal.TEN, BigDecimal.ZERO,
				List.of(new QuoteTerms.MilestoneShare("advance", BigDecimal.valueOf(30))), 90, List.of()));
	}

	@Test
	void aQuoteWithoutAnyCostHasNoMarginRatherThanAHundredPercent() {
		Quote quote = SalesFactory.eINSTANCE.createQuote();
		quote.setCurrency("CNY");
		QuoteLine line = SalesFactory.eINSTANCE.createQuoteLine();
		line.setQuantity(new BigDecimal("2"));
		line.setUnitPrice(Money.of("500.00", "CNY"));
		quote.getLines().add(line);
		org.junit.jupiter.api.Assertions.assertNull(org.bidbench.sales.core.quote.QuoteAmounts.marginPercent(quote),
				"costs hidden or never entered: the margin is unknown");
		line.setUnitCost(Money.of("400.00", "CNY"));
		assertEquals(new BigDecimal("20.00"), org.bidbench.sales.core.quote.QuoteAmounts.marginPercent(quote));
	}
}
