package org.bidbench.sales.core.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;

/** Exact amounts of quote lines and quotes, in the quote's currency. */
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

	public static Money total(Quote quote) {
		Money total = Money.zero(quote.getCurrency());
		for (QuoteLine line : quote.getLines()) {
			total = total.plus(amount(line));
		}
		return total;
	}

	public static Money totalCost(Quote quote) {
		Money total = Money.zero(quote.getCurrency());
		for (QuoteLine line : quote.getLines()) {
			total = total.plus(cost(line));
		}
		return total;
	}

	/**
	 * Margin on the price in percent, or null for a zero total or when no line has a cost: costs
	 * hidden from the user (the team store keeps them from a sales lead) or never entered are
	 * unknown, not zero, and a margin of 100 % would be a false statement.
	 */
	public static BigDecimal marginPercent(Quote quote) {
		Money total = total(quote);
		if (total.signum() == 0 || quote.getLines().stream().allMatch(l -> l.getUnitCost() == null)) {
			return null;
		}
		return total.minus(totalCost(quote)).amount().multiply(BigDecimal.valueOf(100))
				.divide(total.amount(), 2, RoundingMode.HALF_UP);
	}

	private static String currencyOf(QuoteLine line) {
		return line.eContainer() instanceof Quote q ? q.getCurrency() : "CNY";
	}
}
