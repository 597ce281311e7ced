package org.bidbench.sales.core.quote.pricing;

import java.math.BigDecimal;
import java.util.Optional;

import org.bidbench.sales.core.quote.Pricing;
import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.PriceRule;

/**
 * BidBench's own strategy: the catalog item's fixed price, or its unit cost plus its margin on the
 * price ({@link Pricing#unitPrice(CatalogItem)}), whatever the quantity.
 */
public final class CatalogPricing implements PricingStrategy {

	@Override
	public Optional<Money> unitPrice(CatalogItem item, BigDecimal quantity, PricingContext context) {
		boolean priced = item.getPriceRule() == PriceRule.FIXED_PRICE
				? item.getUnitPrice() != null
				: item.getUnitCost() != null && item.getMarginPercent() != null
						&& item.getMarginPercent().compareTo(BigDecimal.valueOf(100)) < 0;
		return priced ? Optional.of(Pricing.unitPrice(item)) : Optional.empty();
	}
}
