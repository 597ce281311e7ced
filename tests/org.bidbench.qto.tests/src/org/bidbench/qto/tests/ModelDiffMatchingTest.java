package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ChangeKind;
import org.bidbench.qto.ConfirmedMatches;
import org.bidbench.qto.ElementChange;
import org.bidbench.qto.ElementMatch;
import org.bidbench.qto.EngineQuantitySource;
import org.bidbench.qto.ModelDiff;
import org.bidbench.qto.ModelDiffResult;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revision matching when an exporter regenerates every GlobalId and renumbers every instance:
 * {@code --match auto} pairs the elements by what they are, so an unchanged model diffs as
 * unchanged, and a real change (a wall moved to the other storey, a window deleted) shows as
 * exactly that.
 */
class ModelDiffMatchingTest {

	private static final String IFC_BASE64 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$";
	private static final Pattern ROOT = Pattern.compile("(?m)^#(\\d+)(\\s*=\\s*\\w+\\s*\\(\\s*)'([^']{22})'");

	/**
	 * The text with a new GlobalId for every IfcRoot instance and every {@code #id} renumbered
	 * (references inside strings untouched), as an exporter that regenerates both writes it.
	 */
	static String regenerate(String text, Set<Integer> rootIds, long seed) {
		Random random = new Random(seed);
		Matcher m = ROOT.matcher(text);
		StringBuilder withIds = new StringBuilder();
		while (m.find()) {
			String guid = m.group(3);
			if (rootIds.contains(Integer.parseInt(m.group(1)))) {
				StringBuilder g = new StringBuilder().append(IFC_BASE64.charAt(random.nextInt(4)));
				for (int i = 1; i < 22; i++) {
					g.append(IFC_BASE64.charAt(random.nextInt(64)));
				}
				guid = g.toString();
			}
			m.appendReplacement(withIds, Matcher.quoteReplacement("#" + m.group(1) + m.group(2) + "'" + guid + "'"));
		}
		m.appendTail(withIds);
		// Renumber: ids in reverse order, far above the old range.
		TreeSet<Integer> ids = new TreeSet<>();
		Matcher def = Pattern.compile("(?m)^#(\\d+)\\s*=").matcher(withIds);
		while (def.find()) {
			ids.add(Integer.parseInt(def.group(1)));
		}
		Map<Integer, Integer> renumber = new HashMap<>();
		int next = 1_000_000;
		for (int id : ids.descendingSet()) {
			renumber.put(id, next++);
		}
		StringBuilder out = new StringBuilder(withIds.length() + ids.size() * 2);
		boolean inString = false;
		String s = withIds.toString();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\'') {
				inString = !inString; // a doubled quote toggles twice: still right
			}
			if (!inString && c == '#' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
				int j = i + 1;
				while (j < s.length() && Character.isDigit(s.charAt(j))) {
					j++;
				}
				int id = Integer.parseInt(s.substring(i + 1, j));
				out.append('#').append(renumber.getOrDefault(id, id));
				i = j - 1;
				continue;
			}
			out.append(c);
		}
		return out.toString();
	}

	private static Set<Integer> rootIds(Path file) throws Exception {
		return IfcModel.open(file).instancesOf("IfcRoot").stream().map(IfcEntity::id).collect(Collectors.toSet());
	}

	private static Set<String> diffScope(IfcModel model) {
		Set<String> out = new java.util.HashSet<>();
		for (String cls : List.of("IfcElement", "IfcSpace")) {
			model.instancesOf(cls).stream().map(IfcEntity::globalId).filter(id -> id != null).forEach(out::add);
		}
		return out;
	}

	private static ModelDiffResult diffAuto(Path a, Path b) throws Exception {
		GeometryEngine engine = GeometryEngines.getDefault();
		IfcModel before = IfcModel.open(a);
		IfcModel after = IfcModel.open(b);
		try (GeometrySession ga = engine.open(before); GeometrySession gb = engine.open(after)) {
			return ModelDiff.compare(new TakeoffSession(before, new EngineQuantitySource(ga, engine.name(), null)),
					new TakeoffSession(after, new EngineQuantitySource(gb, engine.name(), null)),
					RulePacks.builtIn(RulePacks.GENERAL), ModelDiff.Match.AUTO, ConfirmedMatches.none());
		}
	}

	@Test
	void regeneratedGlobalIdsAndRenumberedInstancesDiffAsUnchanged(@TempDir Path dir) throws Exception {
		Path original = Samples.sample("AC20-FZK-Haus.ifc");
		String text = Files.readString(original, StandardCharsets.ISO_8859_1);
		Path copy = dir.resolve("AC20-regenerated.ifc");
		Files.writeString(copy, regenerate(text, rootIds(original), 20), StandardCharsets.ISO_8859_1);
		Set<String> before = diffScope(IfcModel.open(original));
		Set<String> after = diffScope(IfcModel.open(copy));
		assertTrue(java.util.Collections.disjoint(before, after), "every GlobalId was regenerated");
		assertEquals(before.size(), after.size());

		ModelDiffResult diff = diffAuto(original, copy);
		assertEquals(0, diff.added().size(), diff.added().toString());
		assertEquals(0, diff.removed().size(), diff.removed().toString());
		assertEquals(0, diff.changed().size(), diff.changed().toString());
		assertEquals(0, diff.matchedByIdentity());
		assertEquals(before.size(), diff.matchedByContent(), "every element matched by content");
		assertEquals(before.size(), diff.unchanged());
		assertTrue(diff.doubtful().isEmpty(), diff.doubtful().toString());
		assertTrue(diff.lineDeltas().isEmpty(), diff.lineDeltas().toString());

		// By GlobalId alone the same copy is all removed and re-added: what auto matching fixes.
		IfcModel a = IfcModel.open(original);
		IfcModel b = IfcModel.open(copy);
		ModelDiffResult byId = ModelDiff.compare(new TakeoffSession(a, org.bidbench.qto.ComputedQuantitySource.NONE),
				new TakeoffSession(b, org.bidbench.qto.ComputedQuantitySource.NONE), RulePacks.builtIn(RulePacks.GENERAL));
		assertEquals(before.size(), byId.removed().size());
		assertEquals(before.size(), byId.added().size());
	}

	@Test
	void aMovedWallAndADeletedWindowShowAsExactlyThatThroughRegeneratedIds(@TempDir Path dir) throws Exception {
		Path original = Samples.sample("AC20-FZK-Haus.ifc");
		Map<Integer, Samples.Raw> raw = Samples.raw(original);
		String text = Files.readString(original, StandardCharsets.ISO_8859_1);
		Samples.Raw ground = ModelDiffTest.find(raw, "IFCBUILDINGSTOREY", "'Erdgeschoss'");
		Samples.Raw attic = ModelDiffTest.find(raw, "IFCBUILDINGSTOREY", "'Dachgeschoss'");
		Samples.Raw groundRel = ModelDiffTest.containment(raw, ground.id());
		Samples.Raw atticRel = ModelDiffTest.containment(raw, attic.id());
		List<Integer> groundElements = Samples.refs(groundRel.args().get(4));
		int wall = groundElements.stream().filter(id -> raw.get(id).type().equals("IFCWALLSTANDARDCASE")).findFirst().orElseThrow();
		int window = groundElements.stream().filter(id -> raw.get(id).type().equals("IFCWINDOW")).findFirst().orElseThrow();
		text = ModelDiffTest.deleteInstance(text, window);
		text = ModelDiffTest.moveRef(text, groundRel, atticRel, wall);
		Path changed = dir.resolve("AC20-changed.ifc");
		Files.writeString(changed, text, StandardCharsets.ISO_8859_1);
		Path copy = dir.resolve("AC20-changed-regenerated.ifc");
		Files.writeString(copy, regenerate(text, rootIds(changed), 21), StandardCharsets.ISO_8859_1);

		ModelDiffResult diff = diffAuto(original, copy);
		String wallId = ModelDiffTest.globalId(raw, wall);
		String windowId = ModelDiffTest.globalId(raw, window);
		assertEquals(0, diff.added().size(), diff.added().toString());
		assertEquals(List.of(windowId), diff.removed().stream().map(ElementChange::globalId).toList());
		ElementMatch wallMatch = diff.contentMatches().stream().filter(m -> m.oldGlobalId().equals(wallId)).findFirst()
				.orElseThrow(() -> new AssertionError("the moved wall is matched: " + diff.doubtful()));
		List<ElementChange> changes = diff.changed();
		assertEquals(List.of(wallMatch.newGlobalId()), changes.stream().map(ElementChange::globalId).toList(), changes.toString());
		assertTrue(changes.get(0).kinds().contains(ChangeKind.STOREY), changes.get(0).toString());
		assertTrue(changes.get(0).details().contains("storey: Erdgeschoss -> Dachgeschoss"), changes.get(0).details().toString());
		int elements = diffScope(IfcModel.open(original)).size();
		assertEquals(elements - 1, diff.matchedByContent(), "all but the deleted window matched by content");
		assertTrue(diff.doubtful().isEmpty(), diff.doubtful().toString());
		assertEquals(-1, diff.lineDeltas().stream().filter(d -> d.ruleId().equals("windows")).mapToDouble(d -> d.delta()).sum());
	}
}
