package com.example.bidbench.elementcount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.bidbench.sales.core.quote.pricing.PricingContext;
import org.bidbench.sales.core.quote.pricing.CatalogPricing;
import org.bidbench.sales.core.quote.pricing.PricingStrategy;
import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Money;

/**
 * A third party's pricing strategy: the catalog's own price, less 3 % from 100 units of an item on
 * one line and 6 % from 500, rounded to the cent. Items the catalog cannot price stay unpriced, so
 * the quote is blocked as it would be with the catalog alone.
 */
public class VolumeTierPricing implements PricingStrategy {

	static final BigDecimal FIRST_TIER = BigDecimal.valueOf(100), SECOND_TIER = BigDecimal.valueOf(500);

	/** BidBench's own catalog pricing, built on rather than looked up again for every line. */
	private final PricingStrategy catalog = new CatalogPricing();

	@Override
	public Optional<Money> unitPrice(CatalogItem item, BigDecimal quantity, PricingContext context) {
		return catalog.unitPrice(item, quantity, context).map(price -> {
			BigDecimal keep = quantity.compareTo(SECOND_TIER) >= 0
					? new BigDecimal("0.94")
					: quantity.compareTo(FIRST_TIER) >= 0 ? new BigDecimal("0.97") : BigDecimal.ONE;
			return new Money(price.amount().multiply(keep).setScale(2, RoundingMode.HALF_UP), price.currency());
		});
	}
}
