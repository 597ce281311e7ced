package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ChangeKind;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.ElementChange;
import org.bidbench.qto.LineDelta;
import org.bidbench.qto.ModelDiff;
import org.bidbench.qto.ModelDiffResult;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of AC20-FZK-Haus is changed by editing its text (a window removed, a wall moved from the
 * ground floor to the attic storey, a door given another door type); the diff finds exactly that.
 */
class ModelDiffTest {

	@Test
	void findsRemovedMovedAndRetypedElementsAndTheQuantityDeltas(@TempDir Path dir) throws Exception {
		Path original = Samples.sample("AC20-FZK-Haus.ifc");
		Map<Integer, Samples.Raw> raw = Samples.raw(original);
		String text = Files.readString(original, StandardCharsets.ISO_8859_1);

		Samples.Raw ground = find(raw, "IFCBUILDINGSTOREY", "'Erdgeschoss'");
		Samples.Raw attic = find(raw, "IFCBUILDINGSTOREY", "'Dachgeschoss'");
		Samples.Raw groundRel = containment(raw, ground.id());
		Samples.Raw atticRel = containment(raw, attic.id());
		List<Integer> groundElements = Samples.refs(groundRel.args().get(4));
		int wall = groundElements.stream().filter(id -> raw.get(id).type().equals("IFCWALLSTANDARDCASE")).findFirst()
				.orElseThrow();
		int window = groundElements.stream().filter(id -> raw.get(id).type().equals("IFCWINDOW")).findFirst()
				.orElseThrow();
		// A door and a type relation of another door type.
		Samples.Raw doorTypeRel = null;
		Samples.Raw otherDoorTypeRel = null;
		for (Samples.Raw r : raw.values()) {
			if (r.type().equals("IFCRELDEFINESBYTYPE")
					&& raw.get(Samples.refs(r.args().get(5)).get(0)).type().equals("IFCDOORTYPE")) {
				// The other type must have another name, so that the doors-by-type lines move.
				if (doorTypeRel == null) {
					doorTypeRel = r;
				} else if (otherDoorTypeRel == null && !typeName(raw, r).equals(typeName(raw, doorTypeRel))) {
					otherDoorTypeRel = r;
				}
			}
		}
		int door = Samples.refs(doorTypeRel.args().get(4)).get(0);

		text = deleteInstance(text, window);
		text = moveRef(text, groundRel, atticRel, wall);
		text = moveRef(text, doorTypeRel, otherDoorTypeRel, door);
		Path changed = dir.resolve("FZK-Haus-changed.ifc");
		Files.writeString(changed, text, StandardCharsets.ISO_8859_1);

		RulePack pack = RulePacks.builtIn(RulePacks.GENERAL);
		TakeoffSession before = new TakeoffSession(IfcModel.open(original), ComputedQuantitySource.NONE);
		TakeoffSession after = new TakeoffSession(IfcModel.open(changed), ComputedQuantitySource.NONE);
		ModelDiffResult diff = ModelDiff.compare(before, after, pack);

		String wallId = globalId(raw, wall);
		String windowId = globalId(raw, window);
		String doorId = globalId(raw, door);
		assertNotEquals(diff.before().modelSha256(), diff.after().modelSha256());
		assertTrue(diff.added().isEmpty(), diff.added().toString());
		assertEquals(List.of(windowId), diff.removed().stream().map(ElementChange::globalId).toList());
		ElementChange moved = diff.change(wallId);
		assertTrue(moved.kinds().contains(ChangeKind.STOREY), moved.toString());
		assertTrue(moved.details().contains("storey: Erdgeschoss -> Dachgeschoss"), moved.details().toString());
		ElementChange retyped = diff.change(doorId);
		assertEquals(java.util.Set.of(ChangeKind.TYPE), retyped.kinds(), retyped.toString());
		// Nothing else changed but elements that take their storey from the moved wall.
		for (ElementChange c : diff.changed()) {
			if (!c.globalId().equals(wallId) && !c.globalId().equals(doorId)) {
				assertEquals(java.util.Set.of(ChangeKind.STOREY), c.kinds(), c.toString());
			}
		}

		double wallVolume = Samples.quantities(original, List.of("IFCWALLSTANDARDCASE"), "BaseQuantities", "NetVolume")
				.get(wall);
		List<LineDelta> wallDeltas = diff.lineDeltas().stream().filter(d -> d.ruleId().equals("wall-volume")).toList();
		assertEquals(2, wallDeltas.size(), wallDeltas.toString());
		for (LineDelta d : wallDeltas) {
			boolean toAttic = d.groups().get("storey").equals("Dachgeschoss");
			assertEquals(toAttic ? wallVolume : -wallVolume, d.delta(), 0.001, d.toString());
			assertEquals(toAttic ? List.of(wallId) : List.of(), d.addedIds());
			assertEquals(toAttic ? List.of() : List.of(wallId), d.removedIds());
		}
		double windowDelta = diff.lineDeltas().stream().filter(d -> d.ruleId().equals("windows"))
				.mapToDouble(LineDelta::delta).sum();
		assertEquals(-1, windowDelta);
		List<LineDelta> doorDeltas = diff.lineDeltas().stream().filter(d -> d.ruleId().equals("doors")).toList();
		assertEquals(List.of(-1.0, 1.0), doorDeltas.stream().map(LineDelta::delta).sorted().toList(),
				doorDeltas.toString());
		assertEquals(0, doorDeltas.stream().mapToDouble(LineDelta::delta).sum());
		assertTrue(diff.lineDeltas().stream().map(LineDelta::ruleId).collect(Collectors.toSet()).stream()
				.allMatch(List.of("wall-volume", "wall-area", "windows", "doors")::contains), diff.lineDeltas().toString());
	}

	private static String typeName(Map<Integer, Samples.Raw> raw, Samples.Raw rel) {
		return raw.get(Samples.refs(rel.args().get(5)).get(0)).args().get(2);
	}

	static String globalId(Map<Integer, Samples.Raw> raw, int id) {
		return Samples.unquote(raw.get(id).args().get(0));
	}

	static Samples.Raw find(Map<Integer, Samples.Raw> raw, String type, String name) {
		return raw.values().stream().filter(r -> r.type().equals(type) && r.args().get(2).equals(name)).findFirst()
				.orElseThrow();
	}

	static Samples.Raw containment(Map<Integer, Samples.Raw> raw, int storey) {
		return raw.values().stream().filter(r -> r.type().equals("IFCRELCONTAINEDINSPATIALSTRUCTURE")
				&& Samples.refs(r.args().get(5)).equals(List.of(storey))).findFirst().orElseThrow();
	}

	static String deleteInstance(String text, int id) {
		String out = text.replaceAll("(?m)^#" + id + "\\s*=[^\\n]*\\n", "");
		assertNotEquals(text, out);
		return out;
	}

	/** Moves {@code #ref} from the relation list of {@code from} to that of {@code to}. */
	static String moveRef(String text, Samples.Raw from, Samples.Raw to, int ref) {
		text = replaceList(text, from, Samples.refs(from.args().get(4)).stream().filter(r -> r != ref).toList());
		List<Integer> target = new ArrayList<>(Samples.refs(to.args().get(4)));
		target.add(ref);
		return replaceList(text, to, target);
	}

	private static String replaceList(String text, Samples.Raw rel, List<Integer> refs) {
		String oldList = rel.args().get(4);
		String newList = refs.stream().map(r -> "#" + r).collect(Collectors.joining(",", "(", ")"));
		int lineStart = text.indexOf("#" + rel.id() + "=");
		if (lineStart < 0) {
			lineStart = text.indexOf("#" + rel.id() + " =");
		}
		int at = text.indexOf(oldList, lineStart);
		return text.substring(0, at) + newList + text.substring(at + oldList.length());
	}
}
