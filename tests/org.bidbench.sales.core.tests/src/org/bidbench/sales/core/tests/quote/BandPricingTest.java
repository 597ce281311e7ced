package org.bidbench.sales.core.tests.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.ItemCharacteristics;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.sales.core.quote.Pricing;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.quote.takeoff.PricedQuote;
import org.bidbench.sales.core.quote.takeoff.TakeoffPricing;
import org.bidbench.sales.core.quote.takeoff.TakeoffSources;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.QuoteLine;
import org.junit.jupiter.api.Test;

/**
 * AC20 priced with the sample GB catalog: its door types are separate bill items with their own
 * 12-digit codes, and each is priced at its size band's price (the catalog's band code), so two
 * door types of one band cost the same per piece and a larger band costs more.
 */
class BandPricingTest {

	private static final LocalDate ON = LocalDate.parse("2026-07-01");

	@Test
	void doorTypesOfOneBandHaveTheirOwnCodesAndTheBandsPrice() throws Exception {
		RulePack pack = RulePacks.builtIn(RulePacks.GB50500);
		PriceCatalog catalog = PriceCatalogFile.sample(pack.getId());
		PricedQuote priced = TakeoffPricing.price(TakeoffSources.of(new TakeoffSession(IfcModel.open(RequoteAcrossRevisionsTest.ac20()),
				ComputedQuantitySource.NONE).run(pack)), catalog, null, null, ON, Instant.parse("2026-07-01T09:00:00Z"), null);
		assertTrue(priced.missing().isEmpty(), priced.missing().toString());
		for (String nine : List.of("010801001", "010807001")) {
			List<QuoteLine> lines = priced.quote().getLines().stream().filter(l -> l.getCostItemCode().startsWith(nine)).toList();
			assertTrue(lines.size() >= 2, nine + ": " + lines.size() + " lines");
			assertEquals(lines.size(), lines.stream().map(QuoteLine::getCostItemCode).distinct().count(), nine + ": codes repeat");
			for (QuoteLine l : lines) {
				String band = ItemCharacteristics.bandPriceCode(l.getCostItemCode(), l.getCharacteristics());
				System.out.println(l.getCostItemCode() + " " + l.getCharacteristics() + " x" + l.getQuantity() + " @ " + l.getUnitPrice()
						+ " (band " + band + ")");
				assertEquals(Pricing.catalogItem(catalog, band, ON).orElseThrow().getUnitPrice(), l.getUnitPrice(),
						l.getCostItemCode() + " " + l.getCharacteristics());
			}
		}
		// two door types in one band: different codes, the band's one price
		Map<String, List<QuoteLine>> doorsByBand = priced.quote().getLines().stream()
				.filter(l -> l.getCostItemCode().startsWith("010801001"))
				.collect(Collectors.groupingBy(l -> ItemCharacteristics.bandPriceCode(l.getCostItemCode(), l.getCharacteristics())));
		List<QuoteLine> shared = doorsByBand.values().stream().filter(ls -> ls.size() >= 2).findFirst().orElseThrow();
		assertNotEquals(shared.get(0).getCostItemCode(), shared.get(1).getCostItemCode());
		assertEquals(shared.get(0).getUnitPrice(), shared.get(1).getUnitPrice());
	}
}
