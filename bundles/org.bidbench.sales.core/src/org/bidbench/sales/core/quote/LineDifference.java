package org.bidbench.sales.core.quote;

import java.math.BigDecimal;

import org.bidbench.sales.model.Money;

/**
 * How one line (matched by its key) differs between two quote revisions. Values of the side
 * where the line does not exist are null.
 */
public record LineDifference(String key, Change change, BigDecimal quantityBefore, BigDecimal quantityAfter,
		Money unitPriceBefore, Money unitPriceAfter, Money amountBefore, Money amountAfter) {

	public enum Change {
		ADDED, REMOVED, CHANGED, UNCHANGED
	}

	/** Amount after minus amount before (a removed line counts negative). */
	public Money amountDelta() {
		if (amountBefore == null) {
			return amountAfter;
		}
		if (amountAfter == null) {
			return Money.zero(amountBefore.currency()).minus(amountBefore);
		}
		return amountAfter.minus(amountBefore);
	}
}
