package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bidbench.qto.RulePackException;
import org.bidbench.qto.RulePackProblem;
import org.bidbench.qto.RulePackReader;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.rules.GroupKey;
import org.bidbench.qto.rules.Measure;
import org.bidbench.qto.rules.Operator;
import org.bidbench.qto.rules.Rule;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.qto.rules.RulesPackage;
import org.bidbench.qto.rules.SourcePreference;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackReaderTest {

	private static final String HEADER = "pack: test\nname: Test\nversion: 1.0.0\n";

	@Test
	void builtInPacksReadAndAreContributedThroughTheExtensionPoint() throws Exception {
		RulePack general = RulePacks.builtIn(RulePacks.GENERAL);
		assertEquals("General building", general.getName());
		assertTrue(general.getRules().size() >= 12, "rules: " + general.getRules().size());
		RulePack gb = RulePacks.builtIn(RulePacks.GB50500);
		for (Rule rule : gb.getRules()) {
			assertTrue(rule.getItem().getCode().matches("\\d{12}"), rule.getId() + ": " + rule.getItem().getCode());
			assertTrue(rule.getItem().getDescription().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
					rule.getId() + " has a Chinese item name");
		}
		RulePacks.Listing listing = RulePacks.list();
		assertTrue(listing.failures().isEmpty(), listing.failures().toString());
		assertTrue(listing.packs().containsKey(RulePacks.GENERAL));
		assertTrue(listing.packs().containsKey(RulePacks.GB50500));
		assertEquals(RulePacks.GENERAL, RulePacks.defaultPack().getId());
	}

	@Test
	void everyFeatureOfTheFormatLandsInTheModel() throws Exception {
		RulePack pack = RulePackReader.read(HEADER + """
				description: "quoted: with colon # and hash"
				rounding: element   # comment
				decimals: 2
				tolerance: 2.5%
				rules:
				  - id: walls
				    item:
				      code: "010401003001"
				      description: 实心砖墙
				      unit: m3
				    select:
				      class: [IfcWall, IfcCurtainWall]
				      not-class: IfcWallElementedCase
				      predefined-type: [SOLIDWALL, STANDARD]
				      object-type: "Wand*"
				      type-name: ['Basic Wall: *']
				      material: ["*beton*", Kalksandstein]
				      storey: [Erdgeschoss]
				      classification: ["21.*"]
				      where:
				        - "BaseQuantities.Width >= 0.2"
				        - "Pset_WallCommon.IsExternal = true"
				        - "Pset_WallCommon.Reference ~ 'W*'"
				        - Pset_WallCommon.FireRating exists
				    measure: formula
				    formula: (NetSideArea + 1) * 2
				    source: computed
				    group: [storey, type, material, classification, profile, class]
				  - id: beams
				    item: {code: B-1, description: "Steel, by profile", unit: t}
				    select: {class: IfcBeam}
				    measure: weight
				    quantity: [NetWeight, BaseQuantities.GrossWeight]
				    density: 7850
				""", "inline.qto.yaml");
		assertEquals("quoted: with colon # and hash", pack.getDescription());
		assertEquals(0.025, pack.getTolerance(), 1e-12);
		assertEquals(2, pack.getDecimals());
		Rule walls = pack.getRules().get(0);
		assertEquals("010401003001", walls.getItem().getCode());
		assertEquals("实心砖墙", walls.getItem().getDescription());
		assertEquals(List.of("IfcWall", "IfcCurtainWall"), walls.getSelector().getIfcClasses());
		assertEquals(List.of("IfcWallElementedCase"), walls.getSelector().getExcludedClasses());
		assertEquals(List.of("Basic Wall: *"), walls.getSelector().getTypeNames());
		assertEquals(4, walls.getSelector().getConditions().size());
		assertEquals(Operator.GREATER_OR_EQUAL, walls.getSelector().getConditions().get(0).getOperator());
		assertEquals("W*", walls.getSelector().getConditions().get(2).getValue());
		assertEquals(Operator.EXISTS, walls.getSelector().getConditions().get(3).getOperator());
		assertEquals(Measure.FORMULA, walls.getMeasure());
		assertEquals(SourcePreference.COMPUTED, walls.getSource());
		assertEquals(6, walls.getGroupBy().size());
		assertEquals(GroupKey.IFC_CLASS, walls.getGroupBy().get(5));
		Rule beams = pack.getRules().get(1);
		assertEquals("Steel, by profile", beams.getItem().getDescription());
		assertEquals(List.of("NetWeight", "BaseQuantities.GrossWeight"), beams.getQuantityNames());
		assertEquals(7850, beams.getDensity());
		assertEquals(SourcePreference.AUTHORED_THEN_COMPUTED, beams.getSource());
	}

	@Test
	void thePackIsAnEmfModelThatRoundTripsThroughXmi(@TempDir Path dir) throws Exception {
		RulePack pack = RulePacks.builtIn(RulePacks.GB50500);
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		set.getPackageRegistry().put(RulesPackage.eNS_URI, RulesPackage.eINSTANCE);
		Resource out = set.createResource(URI.createFileURI(dir.resolve("pack.xmi").toString()));
		out.getContents().add(EcoreUtil.copy(pack));
		out.save(Map.of());
		Resource in = new ResourceSetImpl().getResource(URI.createFileURI(dir.resolve("pack.xmi").toString()), true);
		RulePack back = (RulePack) in.getContents().get(0);
		assertTrue(EcoreUtil.equals(withoutTransients(pack), withoutTransients(back)));
	}

	@Test
	void writtenPacksReadBackEqual() throws Exception {
		for (String id : List.of(RulePacks.GENERAL, RulePacks.GB50500)) {
			RulePack pack = RulePacks.builtIn(id);
			String text = org.bidbench.qto.RulePackWriter.write(pack);
			RulePack back = RulePackReader.read(text, id + "-written.qto.yaml");
			assertTrue(EcoreUtil.equals(withoutTransients(pack), withoutTransients(back)), text);
		}
		RulePack edited = RulePacks.builtIn(RulePacks.GENERAL);
		Rule rule = edited.getRules().get(0);
		rule.getSelector().getObjectTypes().add("Wand: \"A\" #1");
		org.bidbench.qto.rules.Condition c = org.bidbench.qto.rules.RulesFactory.eINSTANCE.createCondition();
		c.setProperty("Pset_WallCommon.Reference");
		c.setOperator(Operator.MATCHES);
		c.setValue("W-*");
		rule.getSelector().getConditions().add(c);
		rule.getItem().setDescription("- leading dash: and colon");
		RulePack back = RulePackReader.read(org.bidbench.qto.RulePackWriter.write(edited), "edited.qto.yaml");
		assertTrue(EcoreUtil.equals(withoutTransients(edited), withoutTransients(back)));
	}

	private static RulePack withoutTransients(RulePack pack) {
		RulePack copy = EcoreUtil.copy(pack);
		copy.setLocation(null);
		copy.getRules().forEach(r -> {
			r.setLine(0);
			r.getSelector().getConditions().forEach(c -> c.setLine(0));
		});
		return copy;
	}

	private static List<RulePackProblem> problems(String text) {
		RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(text, "bad.qto.yaml"));
		return e.problems();
	}

	private static void assertProblem(List<RulePackProblem> problems, int line, String fragment) {
		assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.message().contains(fragment)
				&& p.location().equals("bad.qto.yaml")), "expected '" + fragment + "' on line " + line + " in " + problems);
	}

	@Test
	void badPacksGiveLineNumberedErrors() {
		String rules = """
				rules:
				  - id: walls
				    item: {code: W, description: Walls, unit: m2}
				    select:
				      class: [IfcWal]
				      colour: red
				    measure: net-volume
				    group: [storey, height]
				  - id: walls
				    item: {code: X, description: X, unit: boxes}
				    select: {class: IfcSlab}
				    measure: formula
				    formula: NetArea * (2 +
				  - id: c
				    item: {code: C, description: C, unit: m}
				    select:
				      class: IfcBeam
				      where: ["Width >= wide"]
				    measure: lenght
				""";
		List<RulePackProblem> p = problems(HEADER + rules);
		assertProblem(p, 6, "measures net-volume (a volume) but its item unit 'm2' is an area");
		assertProblem(p, 8, "'IfcWal' is not an IFC entity");
		assertProblem(p, 9, "unknown key 'colour'");
		assertProblem(p, 11, "unknown group 'height'");
		assertProblem(p, 12, "rule id 'walls' is used twice (first on line 5)");
		assertProblem(p, 13, "unknown unit 'boxes'");
		assertProblem(p, 16, "formula 'NetArea * (2 +'");
		assertProblem(p, 21, "is not a number");
		assertProblem(p, 22, "unknown measure 'lenght'");
		assertEquals(9, p.size(), p.toString());
	}

	@Test
	void syntaxErrorsGiveLineNumbers() {
		assertProblem(problems(HEADER + "rules:\n\t- id: x\n"), 5, "tab used for indentation");
		assertProblem(problems(HEADER + "name: Twice\nrules: []\n"), 4, "'name' is given twice (first on line 2)");
		assertProblem(problems(HEADER + "rules:\n  - id: x\n    item: [a, b\n"), 6, "must end with ']'");
		assertProblem(problems(HEADER + "rules:\n  - id: x\n     measure: count\n"), 6, "indented more");
		assertProblem(problems(HEADER + "description: &anchor x\nrules: []\n"), 4, "YAML syntax this format does not support");
		assertProblem(problems("name: N\nversion: 1\nrules: []\n"), 1, "missing 'pack:'");
		assertProblem(problems(HEADER + "tolerance: lots\nrules: []\n"), 4, "tolerance must be a fraction");
		assertProblem(problems(HEADER), 1, "no 'rules:' list");
		assertProblem(problems(""), 1, "the file is empty");
		assertProblem(problems(HEADER + "description: !!java.io.File x\nrules: []\n"), 4, "tags");
		assertProblem(problems(HEADER + "rules:\n  - id: &a x\n  - id: *a\n"), 6, "aliases");
		assertProblem(problems(HEADER + "rules: |\n  text\n"), 4, "block text");
		// Flow lists nested far deeper than any stack would take recursion: refused at level 65.
		String deep = "[".repeat(20_000) + "]".repeat(20_000);
		assertProblem(problems(HEADER + "rules: " + deep + "\n"), 4, "nested deeper than 64 levels");
	}

	@Test
	void readsFilesAsUtf8AndNamesThemInMessages(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("pack.qto.yaml");
		Files.write(file, new byte[]{'p', 'a', 'c', 'k', ':', ' ', (byte) 0xC3, (byte) 0x28});
		RulePackException e = assertThrows(RulePackException.class, () -> RulePackReader.read(file));
		assertTrue(e.getMessage().startsWith(file + ":1: "), e.getMessage());
		Files.writeString(file, HEADER + "rules:\n  - id: x\n", StandardCharsets.UTF_8);
		e = assertThrows(RulePackException.class, () -> RulePackReader.read(file));
		assertTrue(e.getMessage().startsWith(file + ":5: "), e.getMessage());
	}
}
