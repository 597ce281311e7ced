package org.bidbench.geometry;

/**
 * A surface colour from the IFC styles, each component in 0..1.
 *
 * @param alpha opacity: 1 - the IFC transparency
 */
public record Colour(float red, float green, float blue, float alpha) {

	/** Used when the model gives no style. */
	public static final Colour DEFAULT = new Colour(0.8f, 0.8f, 0.8f, 1f);

	/** True when the surface is (partly) see-through. */
	public boolean isTransparent() {
		return alpha < 1f;
	}
}
