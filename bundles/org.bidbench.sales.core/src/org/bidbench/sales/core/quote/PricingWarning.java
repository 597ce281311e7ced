package org.bidbench.sales.core.quote;

import java.math.BigDecimal;

import org.bidbench.sales.model.QuoteLine;

/** A quote line priced below the margin floor of its catalog item category. */
public record PricingWarning(QuoteLine line, String category, BigDecimal marginPercent, BigDecimal floorPercent,
		String message) {

	/** The warning in words, for {@link org.bidbench.sales.core.wording.Wording#in(java.util.Locale)}. */
	public org.bidbench.sales.core.wording.Wording wording() {
		return org.bidbench.sales.core.wording.Wording.of("floor.below", line.getKey(), line.getCostItemCode(),
				marginPercent.toPlainString(), floorPercent.toPlainString(), category);
	}
}
