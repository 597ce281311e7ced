package org.bidbench.viewer;

import java.util.List;

import org.bidbench.geometry.BoundingBox;

/**
 * A section plane in world coordinates (metres, Z up). What lies on the side the normal points to is
 * cut away, as in BCF's clipping planes.
 */
public record SectionPlane(double x, double y, double z, double normalX, double normalY, double normalZ) {

	/** A horizontal cut at the given height that removes everything above it. */
	public static SectionPlane horizontal(double height) {
		return new SectionPlane(0, 0, height, 0, 0, 1);
	}

	/** A vertical cut across the X axis at {@code x} that removes everything beyond it (greater x). */
	public static SectionPlane acrossX(double x) {
		return new SectionPlane(x, 0, 0, 1, 0, 0);
	}

	/** A vertical cut across the Y axis at {@code y} that removes everything beyond it (greater y). */
	public static SectionPlane acrossY(double y) {
		return new SectionPlane(0, y, 0, 0, 1, 0);
	}

	/** Six planes that keep only what lies inside the box: a section box. */
	public static List<SectionPlane> box(BoundingBox b) {
		return List.of(new SectionPlane(b.maxX(), 0, 0, 1, 0, 0), new SectionPlane(b.minX(), 0, 0, -1, 0, 0),
				new SectionPlane(0, b.maxY(), 0, 0, 1, 0), new SectionPlane(0, b.minY(), 0, 0, -1, 0),
				new SectionPlane(0, 0, b.maxZ(), 0, 0, 1), new SectionPlane(0, 0, b.minZ(), 0, 0, -1));
	}

	/**
	 * The plane moved along its normal by {@code distance} metres: positive moves it away from what it
	 * keeps, so more is shown; negative cuts more.
	 */
	public SectionPlane moved(double distance) {
		double length = Math.sqrt(normalX * normalX + normalY * normalY + normalZ * normalZ);
		double k = distance / length;
		return new SectionPlane(x + normalX * k, y + normalY * k, z + normalZ * k, normalX, normalY, normalZ);
	}
}
