package org.bidbench.geometry;

import java.util.Objects;

/**
 * A triangle mesh of one representation item of a product, in world coordinates: metres, Z up,
 * the model's own origin (no recentering).
 *
 * <p>The arrays are handed over, not copied: they must not be modified.
 *
 * @param positions x, y, z per vertex
 * @param normals x, y, z unit normal per vertex (same length as {@code positions})
 * @param indices three vertex indices per triangle, counter-clockwise seen from outside
 * @param colour the colour and transparency of the item from the IFC styles
 * @param representationItemId the {@code #id} of the IFC representation item the mesh was
 *        tessellated from (for a mapped item, the item inside the mapped representation)
 * @param placement where the engine placed its tessellation of that item to give these positions:
 *        a column-major 4x4 matrix from the item's own coordinates (as the engine keeps them, once per
 *        item) to world coordinates, or {@code null} when the engine does not say. Meshes of the same
 *        item, colour and triangles under different placements are one geometry placed several times
 *        (IfcMappedItem: windows, doors, furniture), which a viewer may upload once and draw instanced.
 */
public record Mesh(float[] positions, float[] normals, int[] indices, Colour colour, int representationItemId,
		double[] placement) {

	/** A mesh whose placement is not known. */
	public Mesh(float[] positions, float[] normals, int[] indices, Colour colour, int representationItemId) {
		this(positions, normals, indices, colour, representationItemId, null);
	}

	public Mesh {
		Objects.requireNonNull(positions, "positions");
		Objects.requireNonNull(normals, "normals");
		Objects.requireNonNull(indices, "indices");
		Objects.requireNonNull(colour, "colour");
		if (positions.length % 3 != 0 || normals.length != positions.length || indices.length % 3 != 0) {
			throw new IllegalArgumentException("mesh of item #" + representationItemId + " has " + positions.length
					+ " position values, " + normals.length + " normal values and " + indices.length
					+ " indices: positions and normals must be equal multiples of 3, indices a multiple of 3");
		}
		if (placement != null && placement.length != 16) {
			throw new IllegalArgumentException("the placement of the mesh of item #" + representationItemId + " has "
					+ placement.length + " values; a 4x4 matrix has 16");
		}
	}

	public int vertexCount() {
		return positions.length / 3;
	}

	public int triangleCount() {
		return indices.length / 3;
	}
}
