package org.bidbench.sales.core.quote.pricing;

import java.time.LocalDate;

import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;

/**
 * What a pricing strategy may look at besides the item and the quantity.
 *
 * @param catalog     the price catalog being used
 * @param on          the quote's date (catalog validity is already applied)
 * @param opportunity the opportunity the quote is for, or {@code null} for a quote on its own
 */
public record PricingContext(PriceCatalog catalog, LocalDate on, Opportunity opportunity) {
}
