package org.bidbench.ui.bim.internal;

import java.util.Locale;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.viewer.ViewerCanvas;
import org.eclipse.osgi.util.NLS;

/** Walk mode of one open model: where the walker starts, and the hint that says how to walk. */
final class WalkMode {

	/** The eye heights the Walk menu offers (seated, standing, tall). */
	static final double[] EYE_HEIGHTS = {1.2, 1.6, 1.8};
	/** The steps the Walk menu offers, in metres per key press. */
	static final double[] STEPS = {0.25, 0.5, 1, 2};

	private final ModelEditor editor;

	WalkMode(ModelEditor editor) {
		this.editor = editor;
	}

	/**
	 * Walk mode on or off; on, the eye stands at eye height on the floor of the storey shown (or the
	 * ground floor), in the largest room, looking along it.
	 */
	void start(boolean on) {
		ViewerCanvas viewer = editor.viewer();
		ModelStoreys storeys = editor.storeys();
		if (on) {
			viewer.setWalkFloor(storeys.walkFloor());
		}
		viewer.setMode(on ? ViewerCanvas.Mode.WALK : ViewerCanvas.Mode.ORBIT);
		if (!on) {
			return;
		}
		IfcEntity storey = storeys.shown();
		WalkStart.Place place = WalkStart.in(editor.scene(), storey == null ? null : storeys.elements(storey), storeys.walkFloor(),
				viewer.eyeHeight());
		String height = String.format(Locale.ROOT, "%.1f", viewer.eyeHeight());
		if (place != null) {
			viewer.camera().setEye(place.eye(), place.direction(), 1.0);
			viewer.requestRedraw();
			IfcEntity room = editor.model() == null ? null : editor.model().entity(place.room().productId());
			String name = room == null
					? place.room().globalId()
					: room.hasAttribute("LongName") && IfcEntity.asText(room.get("LongName")) != null
							? IfcEntity.asText(room.get("LongName"))
							: room.name();
			editor.hint(ViewerCanvas.Mode.WALK, NLS.bind(EditorMessages.statusWalkRoom, name, height));
		} else {
			editor.hint(ViewerCanvas.Mode.WALK, NLS.bind(EditorMessages.statusWalk, height));
		}
	}

	static String eyeHeightLabel(double h) {
		String metres = String.format(Locale.ROOT, "%.1f", h);
		return h == EYE_HEIGHTS[0] ? NLS.bind(EditorMessages.walkEyeHeightSeated, metres) : NLS.bind(EditorMessages.walkEyeHeight, metres);
	}

	static String stepLabel(double v) {
		return NLS.bind(EditorMessages.walkStep, String.format(Locale.ROOT, "%.2f", v));
	}
}
