package org.bidbench.sales.core.quote.pricing;

import java.math.BigDecimal;
import java.util.Optional;

import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Money;

/**
 * How a quote line's unit price is found for a catalog item, contributed on the
 * {@code org.bidbench.sales.core.pricingStrategies} extension point. BidBench's own strategy,
 * {@value PricingStrategies#CATALOG}, takes the catalog's fixed price or cost plus margin; others can
 * apply volume tiers, regional indices, a customer's framework prices, and so on.
 *
 * <p>A strategy must not change the catalog or the context's objects, and must be safe to call
 * for many lines in a row. It never prices at zero to hide a gap: when it has no price for an item it
 * returns {@link Optional#empty()} and the quote is blocked, naming the item and the strategy.
 */
public interface PricingStrategy {

	/**
	 * The unit price (in the catalog's currency) of {@code quantity} units of {@code item}, or empty
	 * when this strategy has no price for it.
	 *
	 * @param item     the catalog item the take-off line's code found, valid on the quote's date
	 * @param quantity the line's quantity in the item's unit
	 * @param context  the catalog, the quote's date and the opportunity (which may be null)
	 */
	Optional<Money> unitPrice(CatalogItem item, BigDecimal quantity, PricingContext context);
}
