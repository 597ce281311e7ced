package org.bidbench.ui.bim.internal;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.bidbench.geometry.BoundingBox;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.viewer.Scene;
import org.bidbench.viewer.SectionPlane;
import org.eclipse.osgi.util.NLS;

/** The section cuts of one open model: placed on the selection, the storey shown or the model. */
final class SectionCuts {

	/** The cuts the Section menu offers; the command's {@code kind} parameter is the name in lower case. */
	enum Kind {
		HORIZONTAL, ACROSS_X, ACROSS_Y, BOX;

		String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Kind of(String parameter) {
			return parameter == null ? HORIZONTAL : valueOf(parameter.toUpperCase(Locale.ROOT));
		}

		String label() {
			return switch (this) {
				case HORIZONTAL -> EditorMessages.sectionHorizontal;
				case ACROSS_X -> EditorMessages.sectionAcrossX;
				case ACROSS_Y -> EditorMessages.sectionAcrossY;
				case BOX -> EditorMessages.sectionBox;
			};
		}
	}

	/** How far one press of Move in / Move out moves the cut, in metres (PageUp/PageDown in the view). */
	static final double STEP = 0.1;

	private final ModelEditor editor;

	SectionCuts(ModelEditor editor) {
		this.editor = editor;
	}

	/** Cuts the model open; the status line then says how to move the cut until the last cut goes. */
	void cut(Kind kind) {
		Scene scene = editor.scene();
		if (scene.bounds() == null) {
			editor.status(EditorMessages.statusNothingToCut);
			return;
		}
		BoundingBox b = base();
		List<SectionPlane> planes = switch (kind) {
			case HORIZONTAL -> List.of(SectionPlane.horizontal(scene.selection().isEmpty() ? (b.minZ() + b.maxZ()) / 2 : b.minZ() + 1.2));
			case ACROSS_X -> List.of(SectionPlane.acrossX((b.minX() + b.maxX()) / 2));
			case ACROSS_Y -> List.of(SectionPlane.acrossY((b.minY() + b.maxY()) / 2));
			// a margin, so the selection's own faces are not cut
			case BOX -> SectionPlane.box(new BoundingBox(b.minX() - 0.05, b.minY() - 0.05, b.minZ() - 0.05, b.maxX() + 0.05,
					b.maxY() + 0.05, b.maxZ() + 0.05));
		};
		scene.setSections(planes);
		editor.sectionHint(NLS.bind(EditorMessages.statusSection, kind.label()));
	}

	void move(double metres) {
		editor.scene().moveSections(metres);
	}

	void removeAll() {
		editor.scene().setSections(List.of());
	}

	/** What a new section is placed on: the selection, else the storey shown, else the model. */
	private BoundingBox base() {
		Scene scene = editor.scene();
		BitSet selected = scene.selection();
		if (!selected.isEmpty()) {
			return scene.bounds(selected);
		}
		IfcEntity storey = editor.storeys().shown();
		BoundingBox shown = storey == null ? null : scene.bounds(editor.storeys().elements(storey));
		return shown != null ? shown : scene.bounds();
	}
}
