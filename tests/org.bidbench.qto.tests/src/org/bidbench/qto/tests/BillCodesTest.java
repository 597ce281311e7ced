package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.ItemCharacteristics;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffSession;
import org.junit.jupiter.api.Test;

/**
 * A GB bill repeats no item code: the same item on two storeys, a finish without characteristics
 * on each storey, and two door types of one size band each get their own three last digits (GB/T
 * 50500: the 9-digit code of the appendix and three digits numbering the items of distinct
 * characteristics). The size band prices a door or window through its band's code, which does not
 * move when the bill's numbering does.
 */
class BillCodesTest {

	private static List<TakeoffLine> gbBill(String sample) throws Exception {
		return new TakeoffSession(IfcModel.open(Samples.sample(sample)), ComputedQuantitySource.NONE)
				.run(RulePacks.builtIn(RulePacks.GB50500)).lines();
	}

	@Test
	void noTwelveDigitCodeRepeatsInTheGbBillOfEverySample() throws Exception {
		// every shared sample with doors or windows, and two without
		for (String name : List.of("AC20-FZK-Haus.ifc", "AC11-Institute-Var-2-IFC.ifc", "ROOT-houten_kozijnen.ifc",
				"Ifc4_SampleHouse.ifc", "IfcOpenHouse_IFC4.ifc", "revit_quantities.ifc", "tested_sample_project.ifc",
				"example.ifc", "ROOT-kalkzandsteen.ifc")) {
			Map<String, TakeoffLine> seen = new HashMap<>();
			for (TakeoffLine l : gbBill(name)) {
				assertEquals(12, l.itemCode().length(), name + " " + l.key());
				TakeoffLine before = seen.put(l.itemCode(), l);
				assertNull(before, () -> name + ": " + l.itemCode() + " on " + before.key() + " and " + l.key());
			}
		}
		// AC20's concrete walls: 240 mm on the ground floor, 300 mm on both floors: three codes in the order of their characteristics.
		List<String> walls = gbBill("AC20-FZK-Haus.ifc").stream().filter(l -> l.ruleId().equals("concrete-walls"))
				.map(TakeoffLine::itemCode).sorted().toList();
		assertEquals(List.of("010504001001", "010504001002", "010504001003"), walls);
	}

	@Test
	void doorTypesOfOneSizeBandAreSeparateItemsPricedByTheirBand() throws Exception {
		// AC20 has several door types; at least two of them fall into one size band (the entrance
		// door and the single-leaf doors, 1.5-3 m2 of opening each).
		List<TakeoffLine> doors = gbBill("AC20-FZK-Haus.ifc").stream().filter(l -> l.ruleId().equals("doors")).toList();
		assertTrue(doors.size() >= 2, "door lines: " + doors);
		Map<String, List<TakeoffLine>> byBand = doors.stream().collect(Collectors.groupingBy(
				l -> ItemCharacteristics.bandPriceCode(l.itemCode(), l.characteristics())));
		List<TakeoffLine> shared = byBand.values().stream().filter(ls -> ls.size() >= 2).findFirst().orElseThrow(
				() -> new AssertionError("no size band with two door types in AC20: " + doors));
		TakeoffLine a = shared.get(0);
		TakeoffLine b = shared.get(1);
		assertNotEquals(a.itemCode(), b.itemCode(), "two door types of one band: " + a.key() + " / " + b.key());
		assertNotEquals(a.characteristics(), b.characteristics(), "the characteristics text tells the types apart");
		assertTrue(a.characteristics().contains("类型: ") && a.characteristics().contains("规格: "), a.characteristics());
		assertEquals(ItemCharacteristics.bandPriceCode(a.itemCode(), a.characteristics()),
				ItemCharacteristics.bandPriceCode(b.itemCode(), b.characteristics()), "one band, one price code");
		// numbered from 001 without gaps, smallest band first
		List<String> codes = new ArrayList<>(doors.stream().map(TakeoffLine::itemCode).sorted().toList());
		for (int i = 0; i < codes.size(); i++) {
			assertEquals(String.format("010801001%03d", i + 1), codes.get(i));
		}
		// the band's price code is the catalog's: 001 up to 1.5 m2 ... 005 size not given
		assertEquals("010807001001", ItemCharacteristics.bandPriceCode("010807001007", "类型: W1; 规格: ≤1.5 m²"));
		assertEquals("010807001002", ItemCharacteristics.bandPriceCode("010807001001", "type: W1; size: 1.5–3 m2"));
		assertEquals("010807001004", ItemCharacteristics.bandPriceCode("010807001001", "size: >6 m2"));
		assertEquals("010807001005", ItemCharacteristics.bandPriceCode("010807001003", "类型: W1; 规格: 未注明"));
		assertNull(ItemCharacteristics.bandPriceCode("010504001001", "强度等级: C30; 厚度: 300 mm"));
	}

	@Test
	void theManyDoorTypesOfTheInstituteAreNumberedApartWithinEachBand() throws Exception {
		List<TakeoffLine> doors = gbBill("AC11-Institute-Var-2-IFC.ifc").stream().filter(l -> l.ruleId().equals("doors")).toList();
		long types = doors.stream().map(TakeoffLine::characteristics).distinct().count();
		assertEquals(doors.size(), doors.stream().map(TakeoffLine::itemCode).distinct().count(), "one code per line: " + doors);
		assertTrue(types >= 2, "door items: " + doors);
	}
}
