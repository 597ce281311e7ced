package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ReadOptions;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.Contribution;
import org.bidbench.qto.RulePackException;
import org.bidbench.qto.RulePackReader;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.junit.jupiter.api.Test;

/**
 * The measurement code's rules on purpose-built walls: openings above 0.3 m2 are deducted, those
 * at or below are not; quantities are rounded per unit before pricing; GB item codes are checked.
 */
class MeasurementRulesTest {

	/**
	 * Three walls of 5 m x 3 m x 0.24 m as an exporter writes them: net quantities with every
	 * opening deducted. W-SMALL has a 0.5 x 0.5 m hole (0.25 m2), W-EDGE one of 0.5 x 0.6 m
	 * (0.30 m2, on the threshold), W-LARGE a 1.0 x 1.2 m window opening (1.2 m2).
	 */
	private static IfcModel walls() throws Exception {
		StringBuilder data = new StringBuilder("""
				#1=IFCPROJECT('0YvctVUKr0kugbFTf53O9L',$,'Walls',$,$,$,$,$,#2);
				#2=IFCUNITASSIGNMENT((#3,#4,#5));
				#3=IFCSIUNIT(*,.LENGTHUNIT.,$,.METRE.);
				#4=IFCSIUNIT(*,.AREAUNIT.,$,.SQUARE_METRE.);
				#5=IFCSIUNIT(*,.VOLUMEUNIT.,$,.CUBIC_METRE.);
				""");
		String[][] walls = {{"SMALL", "0.5", "0.5"}, {"EDGE", "0.5", "0.6"}, {"LARGE", "1.0", "1.2"}};
		int id = 10;
		for (String[] w : walls) {
			double opening = Double.parseDouble(w[1]) * Double.parseDouble(w[2]);
			double side = 15 - opening;
			int wall = id;
			data.append(String.format(java.util.Locale.ROOT, """
					#%d=IFCWALL('%s',$,'W-%s',$,$,$,$,$,.SOLIDWALL.);
					#%d=IFCQUANTITYAREA('NetSideArea',$,$,%s,$);
					#%d=IFCQUANTITYAREA('GrossSideArea',$,$,15.,$);
					#%d=IFCQUANTITYVOLUME('NetVolume',$,$,%s,$);
					#%d=IFCELEMENTQUANTITY('%s',$,'BaseQuantities',$,$,(#%d,#%d,#%d));
					#%d=IFCRELDEFINESBYPROPERTIES('%s',$,$,$,(#%d),#%d);
					#%d=IFCOPENINGELEMENT('%s',$,'O-%s',$,$,$,$,$,.OPENING.);
					#%d=IFCQUANTITYLENGTH('Width',$,$,%s,$);
					#%d=IFCQUANTITYLENGTH('Height',$,$,%s,$);
					#%d=IFCQUANTITYLENGTH('Depth',$,$,0.24,$);
					#%d=IFCELEMENTQUANTITY('%s',$,'BaseQuantities',$,$,(#%d,#%d,#%d));
					#%d=IFCRELDEFINESBYPROPERTIES('%s',$,$,$,(#%d),#%d);
					#%d=IFCRELVOIDSELEMENT('%s',$,$,$,#%d,#%d);
					""", wall, guid("W", w[0]), w[0], wall + 1, plain(side), wall + 2, wall + 3, plain(side * 0.24), wall + 4,
					guid("Q", w[0]), wall + 1, wall + 2, wall + 3, wall + 5, guid("R", w[0]), wall, wall + 4, wall + 6,
					guid("O", w[0]), w[0], wall + 7, w[1], wall + 8, w[2], wall + 9, wall + 10, guid("P", w[0]), wall + 7,
					wall + 8, wall + 9, wall + 11, guid("S", w[0]), wall + 6, wall + 10, wall + 12, guid("V", w[0]), wall,
					wall + 6));
			id += 20;
		}
		String text = "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('ViewDefinition [ReferenceView]'),'2;1');\n"
				+ "FILE_NAME('walls.ifc','2026-01-01T00:00:00',('tester'),('BidBench'),'pre','BidBench tests','');\n"
				+ "FILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n" + data + "ENDSEC;\nEND-ISO-10303-21;\n";
		return IfcModel.read(text.getBytes(StandardCharsets.ISO_8859_1), "walls.ifc", ReadOptions.defaults());
	}

	private static String guid(String kind, String name) {
		return (kind + name + "00000000000000000000000").substring(0, 22);
	}

	private static String plain(double v) {
		return java.math.BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
				+ (v == Math.rint(v) ? "." : "");
	}

	private static final String PACK = """
			pack: walls-test
			name: Walls
			version: 1.0.0
			edition: GB/T 50500-2024 + GB 50854
			code-scheme: gb
			decimals: 4
			unit-decimals: {m2: 2, m3: 2, t: 3}
			rules:
			  - id: faces
			    item: {code: "011407001001", description: 墙面喷刷涂料（双面）, unit: m2}
			    select: {class: IfcWall}
			    measure: net-side-area
			    factor: 2
			    deduct-openings-above: 0.3
			  - id: side
			    item: {code: "011201001001", description: 墙面一般抹灰, unit: m2}
			    select: {class: IfcWall}
			    measure: net-side-area
			    deduct-openings-above: 0.3
			    group: [type]
			  - id: volume
			    item: {code: "010401003001", description: 实心砖墙, unit: m3}
			    select: {class: IfcWall}
			    measure: net-volume
			    deduct-openings-above: 0.3
			  - id: as-authored
			    item: {code: "011201001002", description: 墙面一般抹灰（净面积）, unit: m2}
			    select: {class: IfcWall}
			    measure: net-side-area
			""";

	private static Map<String, Double> byWall(TakeoffResult r, String rule) {
		return r.lines(rule).stream().flatMap(l -> l.contributions().stream())
				.collect(Collectors.toMap(Contribution::name, Contribution::value));
	}

	@Test
	void openingsAboveTheThresholdAreDeductedAndSmallerOnesAreNot() throws Exception {
		RulePack pack = RulePackReader.read(PACK, "walls-test.qto.yaml");
		assertEquals("GB/T 50500-2024 + GB 50854", pack.getEdition());
		TakeoffResult r = new TakeoffSession(walls(), ComputedQuantitySource.NONE).run(pack);
		Map<String, Double> side = byWall(r, "side");
		assertEquals(15.0, side.get("W-SMALL"), 1e-9, "0.25 m2 hole: not deducted");
		assertEquals(15.0, side.get("W-EDGE"), 1e-9, "0.30 m2 hole: on the threshold, not deducted");
		assertEquals(13.8, side.get("W-LARGE"), 1e-9, "1.2 m2 opening: deducted");
		Map<String, Double> asAuthored = byWall(r, "as-authored");
		assertEquals(14.75, asAuthored.get("W-SMALL"), 1e-9, "without the rule the net area stands");
		Map<String, Double> faces = byWall(r, "faces");
		assertEquals(30.0, faces.get("W-SMALL"), 1e-9, "both faces");
		assertEquals(27.6, faces.get("W-LARGE"), 1e-9);
		Map<String, Double> volume = byWall(r, "volume");
		assertEquals(3.6, volume.get("W-SMALL"), 1e-9, "the small hole's volume is not deducted either");
		assertEquals(3.6, volume.get("W-EDGE"), 1e-9);
		assertEquals(13.8 * 0.24, volume.get("W-LARGE"), 1e-9);
		assertEquals(15 + 15 + 13.8, r.total("side"), 1e-9);
	}

	@Test
	void lineQuantitiesAreRoundedPerUnitBeforePricing() throws Exception {
		RulePack pack = RulePackReader.read(PACK, "walls-test.qto.yaml");
		TakeoffResult r = new TakeoffSession(walls(), ComputedQuantitySource.NONE).run(pack);
		// as-authored: 14.75 + 14.7 + 13.8 = 43.25 m2 exactly; volume: 3.6 + 3.6 + 3.312 = 10.512 -> 10.51 m3 (2 decimals).
		TakeoffLine volume = r.lines("volume").get(0);
		assertEquals(10.51, volume.quantity(), 0, "m3 to two decimals, half up");
		assertEquals(10.512, volume.contributions().stream().mapToDouble(Contribution::value).sum(), 1e-9);
		RulePack tonnes = RulePackReader.read(PACK.replace("unit-decimals: {m2: 2, m3: 2, t: 3}", "unit-decimals: {m2: 1, m3: 0}"),
				"walls-test.qto.yaml");
		TakeoffResult coarse = new TakeoffSession(walls(), ComputedQuantitySource.NONE).run(tonnes);
		assertEquals(11.0, coarse.lines("volume").get(0).quantity(), 0, "m3 to whole numbers");
		assertEquals(43.3, coarse.total("as-authored"), 1e-9, "43.25 m2 to one decimal, half up");
		// The GB pack rounds t to three and m3, m2, m to two decimals, counts to whole pieces.
		RulePack gb = RulePacks.builtIn(RulePacks.GB50500);
		assertTrue(gb.getUnitDecimals().containsAll(List.of("t=3", "m3=2", "m2=2", "m=2", "樘=0")), gb.getUnitDecimals().toString());
		assertTrue(gb.getEdition().contains("GB/T 50500-2024") && gb.getEdition().contains("GB 50854"), gb.getEdition());
	}

	@Test
	void gbItemCodesAreNinePlusThreeDigits() throws Exception {
		assertNull(RulePackReader.gbCodeProblem("010401003001"));
		assertTrue(RulePackReader.gbCodeProblem("01040100301").contains("11 digits"));
		assertTrue(RulePackReader.gbCodeProblem("0104010030011").contains("13 digits"));
		assertTrue(RulePackReader.gbCodeProblem("01040100300A").contains("not all digits"));
		assertTrue(RulePackReader.gbCodeProblem("100401003001").contains("trade code"));
		assertTrue(RulePackReader.gbCodeProblem("010401003000").contains("sequence 000"));
		assertTrue(RulePackReader.gbCodeProblem("010401000001").contains("zero"));
		RulePackException e = assertThrows(RulePackException.class,
				() -> RulePackReader.read(PACK.replace("\"010401003001\"", "\"01040100301\""), "bad.qto.yaml"));
		assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains("'01040100301' has 11 digits")), e.problems().toString());
		// Without the gb scheme, codes are free.
		RulePackReader.read(PACK.replace("code-scheme: gb\n", "").replace("\"010401003001\"", "W-1"), "free.qto.yaml");
		for (var rule : RulePacks.builtIn(RulePacks.GB50500).getRules()) {
			assertNull(RulePackReader.gbCodeProblem(rule.getItem().getCode()), rule.getId());
		}
	}
}
