package org.bidbench.sales.core.quote;

import java.math.BigDecimal;
import java.util.List;

import org.bidbench.sales.core.quote.terms.QuoteTotals;
import org.bidbench.sales.model.Money;

/**
 * The bottom of a priced quote, the same for the firm's statement and the client's: lines total,
 * quote discount, net, tax once on the net, grand total and the payment schedule's amounts. Nothing
 * in it is a cost or a margin, so the client's view shows it whole.
 */
public interface QuoteBottom {

	/** The figures themselves. */
	QuoteTotals totals();

	/** The sum of the line amounts, rounded to the currency's minor unit. */
	default Money linesTotal() {
		return totals().linesTotal();
	}

	default BigDecimal discountPercent() {
		return totals().discountPercent();
	}

	/** The quote discount on the lines total (positive). */
	default Money discount() {
		return totals().discount();
	}

	/** Lines total less the quote discount: what tax is added to. */
	default Money net() {
		return totals().net();
	}

	default BigDecimal taxRatePercent() {
		return totals().taxRatePercent();
	}

	/** The tax on the net amount, once. */
	default Money tax() {
		return totals().tax();
	}

	/** Net plus tax: what the client pays. */
	default Money grandTotal() {
		return totals().grandTotal();
	}

	/** The payment schedule's amounts; they add up to the grand total. */
	default List<QuoteTotals.MilestoneAmount> milestones() {
		return totals().milestones();
	}
}
