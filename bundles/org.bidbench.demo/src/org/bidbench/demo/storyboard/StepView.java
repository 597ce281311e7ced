package org.bidbench.demo.storyboard;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.bidbench.demo.motion.CameraPose;
import org.bidbench.geometry.Colour;

/**
 * What one step of a storyboard shows: the camera and the display state, by GlobalId, as a BCF
 * viewpoint holds it. Free of the viewer so that storyboards are read, written and planned
 * headless; the viewer side converts it to and from its own viewpoint.
 *
 * @param pose the camera: the eye position and the point looked at, world coordinates (metres, Z
 *            up), and the vertical field of view in degrees
 * @param orthographic whether the projection is orthographic
 * @param viewHeight metres shown from bottom to top at the target (orthographic); 0 when unused
 * @param hidden GlobalIds of hidden elements
 * @param selected GlobalIds of highlighted elements
 * @param xray whether X-ray is on
 * @param xrayFocus GlobalIds drawn normally in X-ray
 * @param colours colour overrides by GlobalId
 * @param sections section planes
 * @param spacesVisible whether IfcSpace volumes are shown
 */
public record StepView(CameraPose pose, boolean orthographic, double viewHeight,
		List<String> hidden, List<String> selected, boolean xray, List<String> xrayFocus, Map<String, Colour> colours,
		List<Plane> sections, boolean spacesVisible) {

	/** A section plane: what lies on the side the normal points to is cut away. */
	public record Plane(double x, double y, double z, double normalX, double normalY, double normalZ) {
	}

	public StepView {
		if (pose.eye().length != 3 || pose.target().length != 3) {
			throw new IllegalArgumentException("eye and target take three coordinates each");
		}
		hidden = List.copyOf(hidden);
		selected = List.copyOf(selected);
		xrayFocus = List.copyOf(xrayFocus);
		colours = Map.copyOf(colours);
		sections = List.copyOf(sections);
	}

	/** A step view whose camera is at {@code eye} looking at {@code target}. */
	public StepView(double[] eye, double[] target, double fieldOfView, boolean orthographic, double viewHeight,
			List<String> hidden, List<String> selected, boolean xray, List<String> xrayFocus, Map<String, Colour> colours,
			List<Plane> sections, boolean spacesVisible) {
		this(new CameraPose(eye, target, fieldOfView), orthographic, viewHeight, hidden, selected, xray, xrayFocus, colours,
				sections, spacesVisible);
	}

	/** A plain camera: nothing hidden, highlighted or cut. */
	public static StepView camera(double[] eye, double[] target, double fieldOfView) {
		return new StepView(eye, target, fieldOfView, false, 0, List.of(), List.of(), false, List.of(), Map.of(),
				List.of(), false);
	}

	/** The eye position (a copy). */
	public double[] eye() {
		return pose.eye();
	}

	/** The point looked at (a copy). */
	public double[] target() {
		return pose.target();
	}

	/** The vertical field of view in degrees. */
	public double fieldOfView() {
		return pose.fieldOfView();
	}

	/** Every GlobalId this view names. */
	public java.util.Set<String> globalIds() {
		java.util.Set<String> all = new java.util.LinkedHashSet<>();
		all.addAll(hidden);
		all.addAll(selected);
		all.addAll(xrayFocus);
		all.addAll(colours.keySet());
		return all;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof StepView v && pose.equals(v.pose) && orthographic == v.orthographic && viewHeight == v.viewHeight
				&& hidden.equals(v.hidden) && selected.equals(v.selected) && xray == v.xray
				&& xrayFocus.equals(v.xrayFocus) && colours.equals(v.colours) && sections.equals(v.sections)
				&& spacesVisible == v.spacesVisible;
	}

	@Override
	public int hashCode() {
		return pose.hashCode() + hidden.hashCode() + selected.hashCode();
	}

	@Override
	public String toString() {
		return "StepView[eye=" + Arrays.toString(pose.eye()) + ", target=" + Arrays.toString(pose.target()) + ", fov="
				+ pose.fieldOfView()
				+ ", hidden=" + hidden.size() + ", selected=" + selected.size() + "]";
	}
}
