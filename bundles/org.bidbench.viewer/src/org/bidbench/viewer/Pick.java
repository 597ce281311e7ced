package org.bidbench.viewer;

/**
 * What lies under a pixel.
 *
 * @param element the element's index in the scene, or -1 for the background
 * @param globalId the element's GlobalId, or {@code null} for the background
 * @param point the surface point hit, in world coordinates, or {@code null} for the background
 */
public record Pick(int element, String globalId, double[] point) {

	public static final Pick NOTHING = new Pick(-1, null, null);

	public boolean isHit() {
		return element >= 0;
	}
}
