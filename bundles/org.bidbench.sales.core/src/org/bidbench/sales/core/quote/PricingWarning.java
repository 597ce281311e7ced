package org.bidbench.sales.core.quote;

import java.math.BigDecimal;

import org.bidbench.sales.model.QuoteLine;

/** A quote line priced below the margin floor of its cost item category. */
public record PricingWarning(QuoteLine line, String category, BigDecimal marginPercent, BigDecimal floorPercent,
        String message) {
}
