package org.bidbench.viewer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.geometry.Colour;

/**
 * A saved view: camera, visibility, colours and sections, by GlobalId so that it survives a reload
 * of the model and can travel as a BCF 2.1 viewpoint.
 *
 * @param name what the user called it
 * @param eye the eye position, world coordinates
 * @param direction the viewing direction (unit)
 * @param distance how far ahead of the eye the orbit target lies
 * @param fieldOfView vertical field of view in degrees (perspective)
 * @param orthographic whether the projection is orthographic
 * @param viewHeight metres the view shows from bottom to top at the target (orthographic)
 * @param hidden GlobalIds of hidden elements
 * @param selected GlobalIds of selected elements
 * @param xray whether X-ray is on
 * @param xrayFocus GlobalIds drawn normally in X-ray
 * @param colours colour overrides by GlobalId
 * @param sections section planes
 * @param spacesVisible whether IfcSpace volumes are shown (BCF's {@code SpacesVisible} hint)
 */
public record Viewpoint(String name, double[] eye, double[] direction, double distance, double fieldOfView,
		boolean orthographic, double viewHeight, List<String> hidden, List<String> selected, boolean xray,
		List<String> xrayFocus, Map<String, Colour> colours, List<SectionPlane> sections, boolean spacesVisible) {

	public Viewpoint {
		hidden = List.copyOf(hidden);
		selected = List.copyOf(selected);
		xrayFocus = List.copyOf(xrayFocus);
		colours = Map.copyOf(colours);
		sections = List.copyOf(sections);
	}

	/** The same view under another name. */
	public Viewpoint withName(String newName) {
		return new Viewpoint(newName, eye, direction, distance, fieldOfView, orthographic, viewHeight, hidden, selected,
				xray, xrayFocus, colours, sections, spacesVisible);
	}

	/** The scene's display state and the camera, now. */
	public static Viewpoint capture(String name, Scene scene, Camera camera) {
		Map<String, Colour> colours = new LinkedHashMap<>();
		for (int i = 0, n = scene.elementCount(); i < n; i++) {
			Colour c = scene.colour(i);
			if (c != null) {
				colours.put(scene.element(i).globalId(), c);
			}
		}
		return new Viewpoint(name, camera.eye(), camera.direction(), camera.distance(), camera.fieldOfView(),
				camera.isOrthographic(), camera.viewHeight(), globalIds(scene, scene.hidden()),
				globalIds(scene, scene.selection()), scene.isXray(), globalIds(scene, scene.xrayFocus()), colours,
				scene.sections(), scene.spacesVisible());
	}

	private static List<String> globalIds(Scene scene, BitSet elements) {
		List<String> out = new ArrayList<>();
		for (int i = elements.nextSetBit(0); i >= 0; i = elements.nextSetBit(i + 1)) {
			out.add(scene.element(i).globalId());
		}
		return out;
	}

	/** Puts the scene and the camera into this view. GlobalIds not in the scene are ignored. */
	public void apply(Scene scene, Camera camera) {
		camera.setFieldOfView(fieldOfView);
		camera.setEye(eye, direction, distance);
		camera.setOrthographic(orthographic);
		if (orthographic && viewHeight > 0) {
			// keep the eye where it was saved: move the target along the view to the new distance
			double[] target = camera.target();
			double oldDistance = camera.distance();
			camera.setViewHeight(viewHeight);
			double shift = camera.distance() - oldDistance;
			camera.setTarget(target[0] + direction[0] * shift, target[1] + direction[1] * shift,
					target[2] + direction[2] * shift);
		}
		scene.showAll();
		scene.setHidden(scene.elementsOf(hidden), true);
		scene.select(scene.elementsOf(selected));
		if (xray) {
			scene.setXray(scene.elementsOf(xrayFocus));
		}
		scene.clearColours();
		for (Map.Entry<String, Colour> e : colours.entrySet()) {
			SceneElement element = scene.element(e.getKey());
			if (element != null) {
				scene.setColour(element.index(), e.getValue());
			}
		}
		scene.setSections(sections);
		scene.setSpacesVisible(spacesVisible);
	}
}
