package org.bidbench.sales.core.quote.terms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Quote;

/**
 * The bottom of a quote, exact: the sum of the line amounts, the quote discount, the net amount,
 * the tax and the grand total, each rounded half-up to the currency's minor unit (fen for CNY)
 * once, where a printed figure is made; and the payment schedule, whose last milestone takes the
 * rounding remainder so the milestones add up to the grand total to the cent.
 */
public record QuoteTotals(Money linesTotal, BigDecimal discountPercent, Money discount, Money net, BigDecimal taxRatePercent,
		Money tax, Money grandTotal, List<MilestoneAmount> milestones) {

	/** A payment milestone with its amount. */
	public record MilestoneAmount(String name, BigDecimal percent, Money amount) {
	}

	/** The bottom of the quote under these terms, as its {@link QuoteStatement} computes it. */
	public static QuoteTotals of(Quote quote, QuoteTerms terms) {
		return QuoteStatement.of(quote, terms).totals();
	}

	/**
	 * The bottom of a quote whose line amounts add up to {@code linesSum}: what
	 * {@link QuoteStatement} computes its totals with.
	 */
	public static QuoteTotals of(Money linesSum, BigDecimal discountPercent, BigDecimal taxRatePercent,
			List<QuoteTerms.MilestoneShare> schedule) {
		String currency = linesSum.currency();
		Money lines = round(linesSum);
		Money discount = round(lines.times(discountPercent.movePointLeft(2)));
		Money net = lines.minus(discount);
		Money tax = round(net.times(taxRatePercent.movePointLeft(2)));
		Money grand = net.plus(tax);
		List<MilestoneAmount> milestones = new ArrayList<>();
		Money allocated = Money.zero(currency);
		for (int i = 0; i < schedule.size(); i++) {
			QuoteTerms.MilestoneShare share = schedule.get(i);
			Money amount = i == schedule.size() - 1
					? grand.minus(allocated)
					: round(grand.times(share.percent().movePointLeft(2)));
			allocated = allocated.plus(amount);
			milestones.add(new MilestoneAmount(share.name(), share.percent(), amount));
		}
		return new QuoteTotals(lines, discountPercent, discount, net, taxRatePercent, tax, grand, List.copyOf(milestones));
	}

	/** Rounds to the currency's minor unit: 2 places for CNY, EUR, USD; 0 for JPY. */
	public static Money round(Money money) {
		return new Money(money.amount().setScale(minorDigits(money.currency()), RoundingMode.HALF_UP), money.currency());
	}

	public static int minorDigits(String currency) {
		try {
			int digits = Currency.getInstance(currency).getDefaultFractionDigits();
			return digits < 0 ? 2 : digits;
		} catch (IllegalArgumentException e) {
			return 2;
		}
	}
}
