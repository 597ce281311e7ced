package org.bidbench.reports.render;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.MarginFloor;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.PriceRule;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesFactory;

/** A small quote whose figures the tests work out by hand. */
final class ReportFixtures {

	static final SalesFactory F = SalesFactory.eINSTANCE;

	private ReportFixtures() {
	}

	static PriceCatalog catalog() {
		PriceCatalog catalog = F.createPriceCatalog();
		catalog.setId("CAT");
		catalog.setName("Test catalog");
		catalog.setCurrency("CNY");
		item(catalog, "CON-C30", "C30 混凝土 concrete", "m3", "concrete", "520");
		item(catalog, "FMW-WALL", "Wall formwork", "m2", "formwork", "75");
		item(catalog, "DOOR-T1", "木门 timber door", "个", "joinery", "1800");
		floor(catalog, "concrete", "8");
		floor(catalog, "formwork", "10");
		floor(catalog, "joinery", "15");
		return catalog;
	}

	private static void item(PriceCatalog catalog, String code, String description, String unit, String category, String cost) {
		CatalogItem item = F.createCatalogItem();
		item.setCode(code);
		item.setDescription(description);
		item.setUnit(unit);
		item.setCategory(category);
		item.setUnitCost(Money.of(cost, "CNY"));
		item.setPriceRule(PriceRule.COST_PLUS);
		item.setMarginPercent(new BigDecimal("20"));
		catalog.getItems().add(item);
	}

	private static void floor(PriceCatalog catalog, String category, String percent) {
		MarginFloor floor = F.createMarginFloor();
		floor.setCategory(category);
		floor.setMinimumMarginPercent(new BigDecimal(percent));
		catalog.getMarginFloors().add(floor);
	}

	/**
	 * Three lines in two storeys. Unit prices 650.00, 93.75, 2250.00 (cost / 0.8); the door line
	 * has a 15% discount, which takes it below its 15% floor.
	 */
	static Quote quote() {
		Opportunity opportunity = F.createOpportunity();
		opportunity.setId("O-7");
		opportunity.setName("FZK 住宅 Haus");
		Customer customer = F.createCustomer();
		customer.setId("C-7");
		customer.setName("杭州地铁集团有限公司");
		opportunity.setCustomer(customer);
		Quote quote = F.createQuote();
		quote.setId("O-7-Q-r1");
		quote.setRevision(1);
		quote.setCurrency("CNY");
		quote.setStatus(QuoteStatus.IN_REVIEW);
		quote.setCreatedAt(Instant.parse("2026-07-01T09:00:00Z"));
		quote.setValidUntil(LocalDate.parse("2026-09-29"));
		line(quote, "walls | storey=Erdgeschoss", "CON-C30", "C30 混凝土 concrete", "m3", "12.345", "520", "650.00", "0",
				List.of("2O2Fr$t4X7Zf8NOew3FLOH", "2O2Fr$t4X7Zf8NOew3FLKI"));
		line(quote, "formwork | storey=Erdgeschoss", "FMW-WALL", "Wall formwork", "m2", "98.6", "75", "93.75", "0",
				List.of("2O2Fr$t4X7Zf8NOew3FLOH"));
		line(quote, "doors | storey=Dachgeschoss", "DOOR-T1", "木门 timber door", "个", "3", "1800", "2250.00", "15",
				List.of("0LV8Pk8kr5lBCvxKaPAhzA", "0LV8Pk8kr5lBCvxKaPAhzB", "0LV8Pk8kr5lBCvxKaPAhzC"));
		opportunity.getQuotes().add(quote);
		return quote;
	}

	static void line(Quote quote, String key, String code, String description, String unit, String quantity, String cost,
			String price, String discount, List<String> globalIds) {
		QuoteLine line = F.createQuoteLine();
		line.setKey(key);
		line.setTakeoffLineId(key);
		line.setCostItemCode(code);
		line.setDescription(description);
		line.setUnit(unit);
		line.setQuantity(new BigDecimal(quantity));
		line.setUnitCost(Money.of(cost, "CNY"));
		line.setUnitPrice(Money.of(price, "CNY"));
		line.setDiscountPercent(new BigDecimal(discount));
		line.getGlobalIds().addAll(globalIds);
		line.setModelSha256("9f2c0a5b7d1e4f3a8c6b2d0e1f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a");
		line.setRulePackName("bidbench.general");
		line.setRulePackVersion("1.0.0");
		quote.getLines().add(line);
	}
}
