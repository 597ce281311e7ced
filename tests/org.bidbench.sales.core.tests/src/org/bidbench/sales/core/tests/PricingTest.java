package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bidbench.sales.core.quote.Pricing;
import org.bidbench.sales.core.quote.PricingWarning;
import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.MarginFloor;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.PriceRule;
import org.bidbench.sales.model.Quote;
import org.junit.jupiter.api.Test;

class PricingTest {

	@Test
	void costPlusPriceAndMarginFloorWarning() {
		SalesFixture fx = new SalesFixture();
		PriceCatalog catalog = fx.f.createPriceCatalog();
		CatalogItem item = fx.f.createCatalogItem();
		item.setCode("CON-C30");
		item.setCategory("concrete");
		item.setUnitCost(Money.of("500", "CNY"));
		item.setPriceRule(PriceRule.COST_PLUS);
		item.setMarginPercent(new BigDecimal("20"));
		catalog.getItems().add(item);
		MarginFloor floor = fx.f.createMarginFloor();
		floor.setCategory("concrete");
		floor.setMinimumMarginPercent(new BigDecimal("8"));
		catalog.getMarginFloors().add(floor);

		assertEquals(Money.of("625.00", "CNY"), Pricing.unitPrice(item), "500 / (1 - 20%)");

		Quote q = fx.quote(fx.opportunity("O1", "stage-quote", java.time.Instant.EPOCH), "10 x 625", "10 x 540");
		List<PricingWarning> warnings = Pricing.belowFloor(q, catalog, LocalDate.of(2026, 3, 1));
		assertEquals(1, warnings.size());
		assertEquals("Line 2 (CON-C30) has a margin of 7.41%, below the 8% floor for concrete: raise the price or reduce"
				+ " the discount.", warnings.get(0).message());
	}

	/**
	 * A bill numbers items of one 9-digit code by their characteristics (010504001001, ...002): the
	 * catalog lists the first, the pricing takes its price for the others, and the margin floor of
	 * its category holds for them too (it used to skip every line numbered 002 and on).
	 */
	@Test
	void linesNumberedByCharacteristicsKeepTheFloorOfTheirCodesCategory() {
		SalesFixture fx = new SalesFixture();
		PriceCatalog catalog = fx.f.createPriceCatalog();
		CatalogItem item = fx.f.createCatalogItem();
		item.setCode("010504001001");
		item.setCategory("concrete");
		item.setUnitCost(Money.of("500", "CNY"));
		item.setPriceRule(PriceRule.COST_PLUS);
		item.setMarginPercent(new BigDecimal("20"));
		catalog.getItems().add(item);
		MarginFloor floor = fx.f.createMarginFloor();
		floor.setCategory("concrete");
		floor.setMinimumMarginPercent(new BigDecimal("8"));
		catalog.getMarginFloors().add(floor);
		LocalDate on = LocalDate.of(2026, 3, 1);

		assertEquals(item, Pricing.catalogItemOfLine(catalog, "010504001003", on).orElseThrow());
		assertEquals(item, Pricing.catalogItemOfLine(catalog, "010504001001", on).orElseThrow());
		assertEquals(java.util.Optional.empty(), Pricing.catalogItemOfLine(catalog, "010505003001", on));
		assertEquals(java.util.Optional.empty(), Pricing.catalogItemOfLine(catalog, "01050400100", on), "11 digits: no fallback");

		Quote q = fx.quote(fx.opportunity("O1", "stage-quote", java.time.Instant.EPOCH), "10 x 625", "10 x 540");
		q.getLines().get(1).setCostItemCode("010504001002");
		List<PricingWarning> warnings = Pricing.belowFloor(q, catalog, on);
		assertEquals(1, warnings.size());
		assertEquals("concrete", warnings.get(0).category());
		assertEquals("2", warnings.get(0).line().getKey());
	}
}
