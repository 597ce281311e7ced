package org.bidbench.sales.core.tests.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bidbench.sales.core.quote.LineDifference;
import org.bidbench.sales.core.quote.QuoteAmounts;
import org.bidbench.sales.core.quote.takeoff.MissingPrice;
import org.bidbench.sales.core.quote.takeoff.PricedQuote;
import org.bidbench.sales.core.quote.takeoff.QuoteSections;
import org.bidbench.sales.core.quote.takeoff.TakeoffPricing;
import org.bidbench.sales.core.quote.takeoff.TakeoffQuantity;
import org.bidbench.sales.core.quote.takeoff.TakeoffSource;
import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.PriceRule;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesFactory;
import org.junit.jupiter.api.Test;

class TakeoffPricingTest {

	private static final SalesFactory F = SalesFactory.eINSTANCE;
	private static final LocalDate ON = LocalDate.parse("2026-07-01");
	private static final Instant AT = Instant.parse("2026-07-01T09:00:00Z");

	static PriceCatalog catalog() {
		PriceCatalog catalog = F.createPriceCatalog();
		catalog.setName("FZK catalog");
		catalog.setCurrency("CNY");
		costPlus(catalog, "CON-C30", "m3", "520", "20");
		CatalogItem door = F.createCatalogItem();
		door.setCode("DOOR-T1");
		door.setUnit("个");
		door.setDescription("Timber door");
		door.setCategory("joinery");
		door.setPriceRule(PriceRule.FIXED_PRICE);
		door.setUnitPrice(Money.of("2250.00", "CNY"));
		door.setUnitCost(Money.of("1800.00", "CNY"));
		catalog.getItems().add(door);
		return catalog;
	}

	static void costPlus(PriceCatalog catalog, String code, String unit, String cost, String margin) {
		CatalogItem item = F.createCatalogItem();
		item.setCode(code);
		item.setUnit(unit);
		item.setDescription(code + " item");
		item.setCategory("concrete");
		item.setPriceRule(PriceRule.COST_PLUS);
		item.setUnitCost(Money.of(cost, "CNY"));
		item.setMarginPercent(new BigDecimal(margin));
		catalog.getItems().add(item);
	}

	static TakeoffSource takeoff(String sha, String wallQuantity, String doors) {
		return new TakeoffSource("AC20-FZK-Haus.ifc", sha, "general", "1.0.0", List.of(
				new TakeoffQuantity("walls | storey=Erdgeschoss", "CON-C30", "Walls", "m³", "Erdgeschoss", new BigDecimal(wallQuantity),
						List.of("2O2Fr$t4X7Zf8NOew3FLOH", "2O2Fr$t4X7Zf8NOew3FLKI")),
				new TakeoffQuantity("doors | storey=Erdgeschoss", "DOOR-T1", "Doors", "个", "Erdgeschoss", new BigDecimal(doors),
						List.of("0LV8Pk8kr5lBCvxKaPAhzA"))));
	}

	@Test
	void theCatalogStrategyIsRegisteredAndADifferentOneSetsThePrices() {
		var pricing = org.bidbench.sales.core.quote.pricing.PricingStrategies.get("catalog");
		assertEquals("org.bidbench.sales.core", pricing.plugin());
		// a strategy of this test's own: every price 10.00, or none for doors, which must block the quote
		var flat = new org.bidbench.sales.core.quote.pricing.PricingStrategies.Registered("flat", "Flat", "", "test",
				(item, quantity, context) -> item.getCode().equals("DOOR-T1")
						? java.util.Optional.empty()
						: java.util.Optional.of(Money.of("10.00", "CNY")));
		PricedQuote blocked = TakeoffPricing.price(takeoff("sha-1", "12.345", "3"), catalog(), flat, null, "Q", ON, AT, null);
		assertTrue(blocked.isBlocked());
		assertEquals(List.of("DOOR-T1"), blocked.missing().stream().map(MissingPrice::itemCode).toList());
		assertTrue(blocked.missing().get(0).message().contains("pricing strategy 'flat' (test)"), blocked.missing().get(0).message());

		var allFlat = new org.bidbench.sales.core.quote.pricing.PricingStrategies.Registered("flat", "Flat", "", "test",
				(item, quantity, context) -> java.util.Optional.of(Money.of("10.00", "CNY")));
		Quote quote = TakeoffPricing.price(takeoff("sha-1", "12.345", "3"), catalog(), allFlat, null, "Q", ON, AT, null).quote();
		assertEquals(Money.of("10.00", "CNY"), quote.getLines().get(0).getUnitPrice());
		assertEquals(Money.of("520", "CNY"), quote.getLines().get(0).getUnitCost(), "the cost stays the catalog's");

		var dollars = new org.bidbench.sales.core.quote.pricing.PricingStrategies.Registered("usd", "USD", "", "test",
				(item, quantity, context) -> java.util.Optional.of(Money.of("1.00", "USD")));
		PricedQuote mixed = TakeoffPricing.price(takeoff("sha-1", "12.345", "3"), catalog(), dollars, null, "Q", ON, AT, null);
		assertTrue(mixed.isBlocked() && mixed.missing().get(0).message().contains("one currency"), mixed.missing().toString());
	}

	@Test
	void everyLineKeepsItsTraceAndIsPricedExactly() {
		Opportunity opportunity = F.createOpportunity();
		opportunity.setId("O-1");
		PricedQuote priced = TakeoffPricing.price(takeoff("sha-1", "12.345", "3"), catalog(), opportunity, null, ON, AT, null);
		assertTrue(priced.missing().isEmpty(), priced.missing().toString());
		Quote quote = priced.quote();
		assertEquals("O-1-Q-r1", quote.getId());
		assertEquals(1, quote.getRevision());
		assertTrue(opportunity.getQuotes().contains(quote));
		QuoteLine walls = quote.getLines().get(0);
		assertEquals("CON-C30", walls.getCostItemCode());
		assertEquals(Money.of("520", "CNY"), walls.getUnitCost());
		assertEquals(Money.of("650.00", "CNY"), walls.getUnitPrice(), "520 / (1 - 20 %)");
		assertEquals(List.of("2O2Fr$t4X7Zf8NOew3FLOH", "2O2Fr$t4X7Zf8NOew3FLKI"), walls.getGlobalIds());
		assertEquals("walls | storey=Erdgeschoss", walls.getTakeoffLineId());
		assertEquals("sha-1", walls.getModelSha256());
		assertEquals("general", walls.getRulePackName());
		assertEquals("1.0.0", walls.getRulePackVersion());
		assertEquals("Erdgeschoss", QuoteSections.of(walls));
		// 12.345 x 650.00 = 8,024.25 and 3 x 2,250.00 = 6,750.00
		assertEquals(Money.of("14774.25", "CNY"), QuoteAmounts.total(quote));
	}

	@Test
	void aMissingPriceBlocksWithTheItemCodeAndNothingIsPricedAtZero() {
		PriceCatalog catalog = catalog();
		catalog.getItems().removeIf(i -> i.getCode().equals("DOOR-T1"));
		Opportunity opportunity = F.createOpportunity();
		PricedQuote priced = TakeoffPricing.price(takeoff("sha-1", "12.345", "3"), catalog, opportunity, null, ON, AT, null);
		assertTrue(priced.isBlocked());
		assertNull(priced.quote());
		assertTrue(opportunity.getQuotes().isEmpty(), "no quote was added");
		MissingPrice missing = priced.missing().get(0);
		assertEquals("DOOR-T1", missing.itemCode());
		assertEquals(MissingPrice.Reason.NOT_IN_CATALOG, missing.reason());
		assertTrue(missing.message().contains("DOOR-T1") && missing.message().contains("FZK catalog"), missing.message());
	}

	@Test
	void anItemWithoutPriceOrInAnotherUnitBlocksToo() {
		PriceCatalog catalog = catalog();
		catalog.getItems().get(1).setUnitPrice(null);
		catalog.getItems().get(0).setUnit("m2");
		PricedQuote priced = TakeoffPricing.price(takeoff("sha-1", "1", "1"), catalog, null, "Q", ON, AT, null);
		Map<String, MissingPrice.Reason> reasons = priced.missing().stream()
				.collect(Collectors.toMap(MissingPrice::itemCode, MissingPrice::reason));
		assertEquals(Map.of("CON-C30", MissingPrice.Reason.UNIT_MISMATCH, "DOOR-T1", MissingPrice.Reason.NO_PRICE), reasons);
	}

	@Test
	void aRequoteFromAModifiedModelShowsQuantityAndAmountDeltas() {
		Opportunity opportunity = F.createOpportunity();
		opportunity.setId("O-2");
		Quote first = TakeoffPricing.price(takeoff("sha-1", "12.345", "3"), catalog(), opportunity, null, ON, AT, null).quote();
		first.getLines().get(1).setDiscountPercent(new BigDecimal("5"));
		PricedQuote second = TakeoffPricing.price(takeoff("sha-2", "14.000", "3"), catalog(), opportunity, null, ON,
				AT.plusSeconds(3600), null);
		Quote next = second.quote();
		assertEquals(2, next.getRevision());
		assertEquals(first, next.getPreviousRevision());
		assertEquals("O-2-Q-r2", next.getId());
		assertEquals(new BigDecimal("5"), next.getLines().get(1).getDiscountPercent(), "negotiated discount kept");
		Map<String, LineDifference> changes = second.changes().stream()
				.collect(Collectors.toMap(LineDifference::key, Function.identity()));
		LineDifference walls = changes.get("walls | storey=Erdgeschoss");
		assertEquals(LineDifference.Change.CHANGED, walls.change());
		assertEquals(0, new BigDecimal("12.345").compareTo(walls.quantityBefore()));
		assertEquals(0, new BigDecimal("14.000").compareTo(walls.quantityAfter()));
		// (14.000 - 12.345) x 650.00 = 1,075.75
		assertEquals(Money.of("1075.75", "CNY"), walls.amountDelta());
		assertEquals("sha-2", next.getLines().get(0).getModelSha256());
	}

	static org.bidbench.qto.TakeoffResult result(String sha, double walls) {
		return new org.bidbench.qto.TakeoffResult("AC20-FZK-Haus.ifc", sha, "IFC4", "general-building", "general", "1.0.0", "none",
				List.of(new org.bidbench.qto.TakeoffLine("walls", "CON-C30", "Walls", "m3", new java.util.LinkedHashMap<>(Map.of("storey", "EG")),
						walls, List.of(new org.bidbench.qto.Contribution("2O2Fr$t4X7Zf8NOew3FLOH", "IfcWall", "W1", walls,
								org.bidbench.qto.QuantityOrigin.authored("BaseQuantities", "NetVolume"), null, java.util.Set.of())))),
				List.of());
	}

	@Test
	void aRequoteFromTheTakeoffDiffPricesTheNewModelAndRefusesADiffOfAnotherModel() {
		Opportunity opportunity = F.createOpportunity();
		opportunity.setId("O-3");
		Quote first = TakeoffPricing.price(org.bidbench.sales.core.quote.takeoff.TakeoffSources.of(result("sha-1", 12.345)), catalog(),
				opportunity, null, ON, AT, null).quote();
		org.bidbench.qto.ModelDiffResult diff = new org.bidbench.qto.ModelDiffResult(result("sha-1", 12.345), result("sha-2", 14.0),
				List.of(), List.of(), List.of(), List.of());
		PricedQuote second = TakeoffPricing.requote(first, diff, catalog(), ON, AT.plusSeconds(60), null);
		assertEquals(Money.of("1075.75", "CNY"), second.changes().get(0).amountDelta(), "(14 - 12.345) x 650.00");
		assertEquals("walls | storey=EG", second.quote().getLines().get(0).getKey());

		org.bidbench.qto.ModelDiffResult other = new org.bidbench.qto.ModelDiffResult(result("sha-9", 1), result("sha-2", 14.0),
				List.of(), List.of(), List.of(), List.of());
		IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> TakeoffPricing.requote(second.quote(), other, catalog(), ON, AT, null));
		assertTrue(e.getMessage().contains("sha-9"), e.getMessage());
	}

	/** A first revision, approved by the technical lead and finance. */
	private static Quote approvedFirst(String opportunityId) {
		Opportunity opportunity = F.createOpportunity();
		opportunity.setId(opportunityId);
		Quote first = TakeoffPricing.price(org.bidbench.sales.core.quote.takeoff.TakeoffSources.of(result("sha-1", 12.345)), catalog(),
				opportunity, null, ON, AT, null).quote();
		for (org.bidbench.sales.model.EmployeeRole role : List.of(org.bidbench.sales.model.EmployeeRole.TECHNICAL_LEAD,
				org.bidbench.sales.model.EmployeeRole.FINANCE)) {
			org.bidbench.sales.model.Approval a = F.createApproval();
			a.setRole(role);
			a.setVerdict(org.bidbench.sales.model.Verdict.APPROVED);
			a.setAt(AT);
			first.getApprovals().add(a);
		}
		return first;
	}

	@Test
	void aRequoteFromADiffKeepsPricesAndApprovalsOfLinesTheDiffFoundUnchanged() {
		Quote first = approvedFirst("O-4");
		// The re-exported model: another file, the wall under a regenerated GlobalId, the same volume; the catalog got dearer.
		org.bidbench.qto.TakeoffResult regenerated = new org.bidbench.qto.TakeoffResult("AC20-FZK-Haus-r2.ifc", "sha-2", "IFC4",
				"general-building", "general", "1.0.0", "none", List.of(new org.bidbench.qto.TakeoffLine("walls", "CON-C30", "Walls", "m3",
						new java.util.LinkedHashMap<>(Map.of("storey", "EG")), 12.345, List.of(new org.bidbench.qto.Contribution(
								"0aBcDeFgHiJkLmNoPqRsTu", "IfcWall", "W1", 12.345,
								org.bidbench.qto.QuantityOrigin.authored("BaseQuantities", "NetVolume"), null, java.util.Set.of())))),
				List.of());
		org.bidbench.qto.ModelDiffResult diff = new org.bidbench.qto.ModelDiffResult(result("sha-1", 12.345), regenerated, List.of(),
				List.of(), List.of(), List.of(), 1, 0, List.of(new org.bidbench.qto.ElementMatch("2O2Fr$t4X7Zf8NOew3FLOH",
						"0aBcDeFgHiJkLmNoPqRsTu", "IfcWall", "W1", org.bidbench.qto.ElementMatch.By.CONTENT, 1, "alike")),
				List.of());
		PriceCatalog dearer = catalog();
		dearer.getItems().get(0).setUnitCost(Money.of("560.00", "CNY"));
		PricedQuote second = TakeoffPricing.requote(first, diff, dearer, ON, AT.plusSeconds(60), null);
		QuoteLine line = second.quote().getLines().get(0);
		assertEquals(first.getLines().get(0).getUnitPrice(), line.getUnitPrice(), "the unchanged line keeps its price");
		assertEquals(List.of("0aBcDeFgHiJkLmNoPqRsTu"), line.getGlobalIds(), "and links to the new model's element");
		assertTrue(line.isUnchangedByModelDiff());
		assertTrue(org.bidbench.sales.core.quote.QuoteApprovalRequirements.unchangedSincePreviousRevision(line));
		assertEquals(2, second.quote().getApprovals().stream().filter(a -> a.isCarriedOver()
				&& org.bidbench.sales.core.quote.QuoteApprovalRequirements.covers(a, line)).count(),
				"both approvals carried over and still covering the line");

		// A diff that changed the line prices it afresh, and the approvals no longer cover it.
		org.bidbench.qto.ModelDiffResult grown = new org.bidbench.qto.ModelDiffResult(result("sha-1", 12.345), result("sha-3", 14.0),
				List.of(), List.of(), List.of(), List.of(new org.bidbench.qto.LineDelta("walls | storey=EG", "walls", "CON-C30", "Walls", "m3",
						Map.of("storey", "EG"), 12.345, 14.0, 1.655, List.of(), List.of())));
		PricedQuote third = TakeoffPricing.requote(approvedFirst("O-5"), grown, dearer, ON, AT.plusSeconds(120), null);
		QuoteLine changed = third.quote().getLines().get(0);
		assertEquals(Money.of("700.00", "CNY"), changed.getUnitPrice(), "560 / (1 - 20 %)");
		assertTrue(third.quote().getApprovals().stream().filter(a -> a.isCarriedOver())
				.noneMatch(a -> org.bidbench.sales.core.quote.QuoteApprovalRequirements.covers(a, changed)));
	}
}
