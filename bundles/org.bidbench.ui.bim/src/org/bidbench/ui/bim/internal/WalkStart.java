package org.bidbench.ui.bim.internal;

import java.util.BitSet;

import org.bidbench.geometry.BoundingBox;
import org.bidbench.viewer.Scene;
import org.bidbench.viewer.SceneElement;

/**
 * Where walk mode puts the walker: in the largest room (IfcSpace) standing on the walking floor,
 * at its middle, looking along its longer side, so the first picture is a room and not the inside
 * of a wall. Models without rooms keep the viewer's own start (below the orbit's centre).
 */
final class WalkStart {

	/** The room chosen, the eye and the horizontal direction to look in. */
	record Place(SceneElement room, double[] eye, double[] direction) {
	}

	private WalkStart() {
	}

	/**
	 * @param among the elements to choose the room from (the storey shown), or {@code null} for all
	 * @param floor the walking floor (world Z), or {@code NaN} to take the room's own bottom
	 * @return {@code null} when no room stands on that floor
	 */
	static Place in(Scene scene, BitSet among, double floor, double eyeHeight) {
		SceneElement best = null;
		BoundingBox bestBox = null;
		double bestArea = 0;
		for (SceneElement e : scene.elements()) {
			if (!"IfcSpace".equalsIgnoreCase(e.ifcClass()) || among != null && !among.get(e.index())) {
				continue;
			}
			BitSet one = new BitSet();
			one.set(e.index());
			BoundingBox b = scene.bounds(one);
			// a room belongs to the floor it stands on: its bottom within a slab's thickness of it
			if (b == null || !Double.isNaN(floor) && Math.abs(b.minZ() - floor) > 0.6) {
				continue;
			}
			double area = (b.maxX() - b.minX()) * (b.maxY() - b.minY());
			if (area > bestArea) {
				best = e;
				bestBox = b;
				bestArea = area;
			}
		}
		if (best == null) {
			return null;
		}
		double ground = Double.isNaN(floor) ? bestBox.minZ() : floor;
		double[] eye = {(bestBox.minX() + bestBox.maxX()) / 2, (bestBox.minY() + bestBox.maxY()) / 2, ground + eyeHeight};
		boolean alongX = bestBox.maxX() - bestBox.minX() >= bestBox.maxY() - bestBox.minY();
		// from the middle, back off towards one end so the room lies ahead
		double half = (alongX ? bestBox.maxX() - bestBox.minX() : bestBox.maxY() - bestBox.minY()) / 2;
		double back = Math.max(0, half - 0.5);
		if (alongX) {
			eye[0] -= back;
		} else {
			eye[1] -= back;
		}
		double[] direction = alongX ? new double[]{1, 0, 0} : new double[]{0, 1, 0};
		return new Place(best, eye, direction);
	}
}
