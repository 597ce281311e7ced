package org.bidbench.ui.bim.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bidbench.geometry.BoundingBox;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.SpatialNode;
import org.bidbench.viewer.Scene;

/**
 * The storeys of one open model: which one is shown alone (the Storeys menu), the elements each
 * contains, their order from the ground up and the floor walk mode stands on.
 */
final class ModelStoreys {

	private final ModelEditor editor;
	/** The storey shown alone, or {@code null} when all are shown. */
	private IfcEntity shown;

	ModelStoreys(ModelEditor editor) {
		this.editor = editor;
	}

	/** Shows only the elements of one storey ({@code null}: all); walk mode then stands on its floor. */
	void show(IfcEntity storey) {
		shown = storey;
		Scene scene = editor.scene();
		if (storey == null) {
			scene.showAll();
			editor.status(EditorMessages.statusAllStoreys);
		} else {
			BitSet elements = elements(storey);
			scene.isolate(elements);
			editor.status(org.eclipse.osgi.util.NLS.bind(EditorMessages.statusStorey,
					new Object[]{storey.name(), containedCount(editor.model().spatialTree(), storey), elements.cardinality()}));
		}
		editor.viewer().setWalkFloor(walkFloor());
		editor.refreshCommandStates(BimCommands.SHOW_STOREY);
	}

	/** The storey shown alone, or {@code null} when all are. */
	IfcEntity shown() {
		return shown;
	}

	/** The scene elements of a storey and of everything it contains. */
	BitSet elements(IfcEntity storey) {
		Set<String> ids = new LinkedHashSet<>();
		collect(editor.model(), storey, ids);
		return editor.scene().elementsOf(ids);
	}

	/** The model's storeys from the lowest floor up (by their elements' bottoms). */
	List<IfcEntity> bottomUp() {
		IfcModel model = editor.model();
		if (model == null) {
			return List.of();
		}
		List<IfcEntity> storeys = new ArrayList<>(model.storeys());
		Map<IfcEntity, Double> bottom = new HashMap<>();
		for (IfcEntity s : storeys) {
			BoundingBox b = editor.scene().bounds(elements(s));
			bottom.put(s, b == null ? Double.MAX_VALUE : b.minZ());
		}
		storeys.sort(Comparator.comparing(bottom::get));
		return storeys;
	}

	/**
	 * The floor walk mode stands on: the bottom of the walls of the storey shown, or of the storey
	 * whose IFC elevation is nearest zero (usually the ground floor); {@code NaN} without storeys.
	 */
	double walkFloor() {
		IfcModel model = editor.model();
		if (model == null) {
			return Double.NaN;
		}
		IfcEntity storey = shown;
		if (storey == null) {
			double best = Double.MAX_VALUE;
			for (IfcEntity s : model.storeys()) {
				Double elevation = s.getDouble("Elevation");
				double distance = elevation == null ? Double.MAX_VALUE / 2 : Math.abs(elevation);
				if (distance < best) {
					best = distance;
					storey = s;
				}
			}
		}
		if (storey == null) {
			return Double.NaN;
		}
		Scene scene = editor.scene();
		BitSet elements = elements(storey);
		BitSet walls = new BitSet();
		for (int i = elements.nextSetBit(0); i >= 0; i = elements.nextSetBit(i + 1)) {
			if (scene.element(i).ifcClass().toUpperCase(Locale.ROOT).startsWith("IFCWALL")) {
				walls.set(i);
			}
		}
		BoundingBox b = scene.bounds(walls.isEmpty() ? elements : walls);
		return b == null ? Double.NaN : b.minZ();
	}

	/**
	 * How many elements a spatial element contains, its spaces' included: the count the model tree
	 * shows beside it, so that the two never disagree. 0 when it is not in the tree.
	 */
	static int containedCount(SpatialNode node, IfcEntity spatial) {
		if (node == null) {
			return 0;
		}
		if (node.element().equals(spatial)) {
			int n = node.contained().size();
			for (SpatialNode child : node.children()) {
				n += containedCount(child, child.element());
			}
			return n;
		}
		for (SpatialNode child : node.children()) {
			int n = containedCount(child, spatial);
			if (n > 0) {
				return n;
			}
		}
		return 0;
	}

	/** The GlobalIds of an element and, for a spatial one, of everything it contains. */
	static void collect(IfcModel m, IfcEntity e, Set<String> out) {
		if (e.globalId() != null) {
			out.add(e.globalId());
		}
		if (m != null && (e.isA("IfcSpatialStructureElement") || e.isA("IfcSpatialElement"))) {
			for (IfcEntity c : m.containedElements(e)) {
				collect(m, c, out);
			}
			for (IfcEntity p : m.partsOf(e)) {
				collect(m, p, out);
			}
		}
	}
}
