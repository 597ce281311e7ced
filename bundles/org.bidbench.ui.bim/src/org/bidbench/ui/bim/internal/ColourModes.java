package org.bidbench.ui.bim.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.MaterialAssignment;
import org.bidbench.viewer.SceneElement;
import org.eclipse.osgi.util.NLS;

/** "Colour by" of one open model: the mode that is on, the colouring and its legend. */
final class ColourModes {

	/** The modes, in the menu's order; the command's {@code mode} parameter is the name in lower case. */
	enum Mode {
		MATERIAL_COLOURS, CLASS, STOREY, MATERIAL;

		String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Mode of(String parameter) {
			return valueOf(parameter.toUpperCase(Locale.ROOT));
		}

		String label() {
			return switch (this) {
				case MATERIAL_COLOURS -> EditorMessages.colourMaterialColours;
				case CLASS -> EditorMessages.colourClass;
				case STOREY -> EditorMessages.colourStorey;
				case MATERIAL -> EditorMessages.colourMaterial;
			};
		}
	}

	private final ModelEditor editor;
	private Mode mode = Mode.MATERIAL_COLOURS;
	private boolean takeoffColours;

	ColourModes(ModelEditor editor) {
		this.editor = editor;
	}

	Mode mode() {
		return mode;
	}

	/** Whether the take-off view's line colours are on the model, so that no "Colour by" mode is checked. */
	boolean takeoffColours() {
		return takeoffColours;
	}

	/** The take-off view painted its lines: the legend lists them under {@code title}. */
	void showTakeoffColours(String title, java.util.Map<Object, org.bidbench.geometry.Colour> byLine) {
		takeoffColours = true;
		editor.legend().show(title, byLine);
		editor.refreshCommandStates(BimCommands.COLOUR_BY);
	}

	/** The take-off view took its colours off: material colours again, no legend. */
	void endTakeoffColours() {
		takeoffColours = false;
		mode = Mode.MATERIAL_COLOURS;
		editor.legend().show(null, null);
		editor.refreshCommandStates(BimCommands.COLOUR_BY);
	}

	/** Colours the elements by {@code next}; the legend under the tool bar lists its colours. */
	void apply(Mode next) {
		mode = next;
		takeoffColours = false;
		Function<SceneElement, Object> key = keyOf(next);
		if (key == null) {
			editor.scene().clearColours();
			editor.legend().show(null, null);
		} else {
			var groups = editor.scene().colourBy(key);
			editor.legend().show(next.label(), groups);
			editor.status(NLS.bind(EditorMessages.statusColouredBy, next.label(), groups.size()));
		}
		editor.refreshCommandStates(BimCommands.COLOUR_BY);
	}

	private Function<SceneElement, Object> keyOf(Mode m) {
		return switch (m) {
			case MATERIAL_COLOURS -> null;
			case CLASS -> SceneElement::ifcClass;
			case STOREY -> e -> {
				IfcModel model = editor.model();
				IfcEntity storey = model == null ? null : model.storeyOf(model.entity(e.productId()));
				return storey == null ? null : storey.name();
			};
			case MATERIAL -> e -> {
				IfcModel model = editor.model();
				if (model == null) {
					return null;
				}
				List<MaterialAssignment> found = model.materials(model.entity(e.productId()));
				return found.isEmpty() || found.get(0).parts().isEmpty() ? null : found.get(0).parts().get(0).material();
			};
		};
	}
}
