package org.bidbench.sales.core.quote;

import java.math.BigDecimal;

import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;

/**
 * Exact amounts of one quote line, in the quote's currency: what {@link QuoteStatement} prices each
 * line with. Outside this package, take a quote's figures from its {@link QuoteStatement}.
 */
public final class QuoteAmounts {

	private QuoteAmounts() {
	}

	/** Unit price after the line discount. */
	public static Money netUnitPrice(QuoteLine line) {
		BigDecimal discount = line.getDiscountPercent() == null ? BigDecimal.ZERO : line.getDiscountPercent();
		return line.getUnitPrice().times(BigDecimal.ONE.subtract(discount.movePointLeft(2)));
	}

	/** Quantity times net unit price, rounded to cents. */
	public static Money amount(QuoteLine line) {
		if (line.getUnitPrice() == null || line.getQuantity() == null) {
			return Money.zero(currencyOf(line));
		}
		return netUnitPrice(line).times(line.getQuantity()).rounded();
	}

	public static Money cost(QuoteLine line) {
		if (line.getUnitCost() == null || line.getQuantity() == null) {
			return Money.zero(currencyOf(line));
		}
		return line.getUnitCost().times(line.getQuantity()).rounded();
	}

	/** The quote's lines total: {@link QuoteStatement#linesTotal()}. */
	public static Money total(Quote quote) {
		return QuoteStatement.of(quote).linesTotal();
	}

	/** The quote's known costs added up: {@link QuoteStatement#totalCost()}. */
	public static Money totalCost(Quote quote) {
		return QuoteStatement.of(quote).totalCost();
	}

	/**
	 * Margin on the price in percent, or null for a zero total or when no line has a cost:
	 * {@link QuoteStatement#marginPercent()}.
	 */
	public static BigDecimal marginPercent(Quote quote) {
		return QuoteStatement.of(quote).marginPercent();
	}

	private static String currencyOf(QuoteLine line) {
		return line.eContainer() instanceof Quote q ? q.getCurrency() : "CNY";
	}
}
