package org.bidbench.viewer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

import org.bidbench.geometry.Colour;

/**
 * Triangles of one colour from many elements, ready for one vertex and one index buffer. Each
 * element's triangles are one contiguous index range, so a frame draws a batch with a single
 * multi-draw of the ranges that survive culling and hiding.
 *
 * <p>Vertex layout (20 bytes): position as 3 floats relative to the scene origin, normal as 3
 * normalised bytes + 1 pad byte, element index as one int.
 */
final class MeshBatch {

	static final int STRIDE = 20;

	final Colour colour;
	final boolean transparent;
	final ByteBuffer vertices;
	final IntBuffer indices;
	final int vertexCount;
	/** Per range: the element, its first index, its index count. */
	final int[] rangeElement;
	final int[] rangeFirst;
	final int[] rangeCount;
	/** Per range: min x, y, z, max x, y, z in scene coordinates, for frustum culling. */
	final float[] rangeBounds;

	MeshBatch(Colour colour, ByteBuffer vertices, IntBuffer indices, int vertexCount, int[] rangeElement,
			int[] rangeFirst, int[] rangeCount, float[] rangeBounds) {
		this.colour = colour;
		this.transparent = colour.isTransparent();
		this.vertices = vertices;
		this.indices = indices;
		this.vertexCount = vertexCount;
		this.rangeElement = rangeElement;
		this.rangeFirst = rangeFirst;
		this.rangeCount = rangeCount;
		this.rangeBounds = rangeBounds;
	}

	int rangeCount() {
		return rangeElement.length;
	}

	int triangleCount() {
		return indices.capacity() / 3;
	}

	/** Collects triangles of one colour until sealed. Not thread-safe: the scene guards it. */
	static final class Builder {
		final Colour colour;
		private float[] positions = new float[3 * 1024];
		private byte[] normals = new byte[3 * 1024];
		private int[] vertexElement = new int[1024];
		private int vertexCount;
		private int[] indices = new int[3 * 1024];
		private int indexCount;
		private int[] rangeElement = new int[16];
		private int[] rangeFirst = new int[16];
		private int[] rangeCount = new int[16];
		private float[] rangeBounds = new float[6 * 16];
		private int ranges;

		Builder(Colour colour) {
			this.colour = colour;
		}

		int vertexCount() {
			return vertexCount;
		}

		boolean isEmpty() {
			return indexCount == 0;
		}

		/** Starts or continues the range of {@code element} (its meshes of this colour are added in a row). */
		void add(int element, float[] p, float[] n, int[] idx, double ox, double oy, double oz) {
			if (ranges == 0 || rangeElement[ranges - 1] != element) {
				if (ranges == rangeElement.length) {
					rangeElement = java.util.Arrays.copyOf(rangeElement, ranges * 2);
					rangeFirst = java.util.Arrays.copyOf(rangeFirst, ranges * 2);
					rangeCount = java.util.Arrays.copyOf(rangeCount, ranges * 2);
					rangeBounds = java.util.Arrays.copyOf(rangeBounds, ranges * 12);
				}
				rangeElement[ranges] = element;
				rangeFirst[ranges] = indexCount;
				rangeCount[ranges] = 0;
				int b = 6 * ranges;
				rangeBounds[b] = rangeBounds[b + 1] = rangeBounds[b + 2] = Float.MAX_VALUE;
				rangeBounds[b + 3] = rangeBounds[b + 4] = rangeBounds[b + 5] = -Float.MAX_VALUE;
				ranges++;
			}
			int r = ranges - 1;
			int b = 6 * r;
			int vertices = p.length / 3;
			ensureVertices(vertexCount + vertices);
			int base = vertexCount;
			for (int v = 0; v < vertices; v++) {
				float x = (float) (p[3 * v] - ox);
				float y = (float) (p[3 * v + 1] - oy);
				float z = (float) (p[3 * v + 2] - oz);
				int o = 3 * (base + v);
				positions[o] = x;
				positions[o + 1] = y;
				positions[o + 2] = z;
				normals[o] = toByte(n[3 * v]);
				normals[o + 1] = toByte(n[3 * v + 1]);
				normals[o + 2] = toByte(n[3 * v + 2]);
				vertexElement[base + v] = element;
				rangeBounds[b] = Math.min(rangeBounds[b], x);
				rangeBounds[b + 1] = Math.min(rangeBounds[b + 1], y);
				rangeBounds[b + 2] = Math.min(rangeBounds[b + 2], z);
				rangeBounds[b + 3] = Math.max(rangeBounds[b + 3], x);
				rangeBounds[b + 4] = Math.max(rangeBounds[b + 4], y);
				rangeBounds[b + 5] = Math.max(rangeBounds[b + 5], z);
			}
			vertexCount += vertices;
			if (indexCount + idx.length > indices.length) {
				indices = java.util.Arrays.copyOf(indices, Math.max(indices.length * 2, indexCount + idx.length));
			}
			for (int i = 0; i < idx.length; i++) {
				indices[indexCount + i] = idx[i] + base;
			}
			indexCount += idx.length;
			rangeCount[r] += idx.length;
		}

		private void ensureVertices(int needed) {
			if (needed > vertexElement.length) {
				int capacity = Math.max(needed, vertexElement.length * 2);
				positions = java.util.Arrays.copyOf(positions, 3 * capacity);
				normals = java.util.Arrays.copyOf(normals, 3 * capacity);
				vertexElement = java.util.Arrays.copyOf(vertexElement, capacity);
			}
		}

		private static byte toByte(float component) {
			return (byte) Math.round(Math.max(-1f, Math.min(1f, component)) * 127f);
		}

		MeshBatch seal() {
			ByteBuffer vertices = ByteBuffer.allocateDirect(vertexCount * STRIDE).order(ByteOrder.nativeOrder());
			for (int v = 0; v < vertexCount; v++) {
				vertices.putFloat(positions[3 * v]).putFloat(positions[3 * v + 1]).putFloat(positions[3 * v + 2]);
				vertices.put(normals[3 * v]).put(normals[3 * v + 1]).put(normals[3 * v + 2]).put((byte) 0);
				vertices.putInt(vertexElement[v]);
			}
			vertices.flip();
			IntBuffer ib = ByteBuffer.allocateDirect(indexCount * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
			ib.put(indices, 0, indexCount).flip();
			return new MeshBatch(colour, vertices, ib, vertexCount, java.util.Arrays.copyOf(rangeElement, ranges),
					java.util.Arrays.copyOf(rangeFirst, ranges), java.util.Arrays.copyOf(rangeCount, ranges),
					java.util.Arrays.copyOf(rangeBounds, 6 * ranges));
		}
	}
}
