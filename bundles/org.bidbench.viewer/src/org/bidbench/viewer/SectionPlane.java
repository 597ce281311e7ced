package org.bidbench.viewer;

/**
 * A section plane in world coordinates (metres, Z up). What lies on the side the normal points to is
 * cut away, as in BCF's clipping planes.
 */
public record SectionPlane(double x, double y, double z, double normalX, double normalY, double normalZ) {

	/** A horizontal cut at the given height that removes everything above it. */
	public static SectionPlane horizontal(double height) {
		return new SectionPlane(0, 0, height, 0, 0, 1);
	}
}
