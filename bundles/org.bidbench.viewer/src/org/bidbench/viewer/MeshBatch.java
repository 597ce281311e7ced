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
 * <p>Levels of detail: when sealed, each range also gets coarser versions of itself, made by vertex
 * clustering on grids of cell edge {@link #LOD_CELLS} (every vertex of a cell moves to the cell's
 * mean, and triangles that collapse are dropped). A coarse version is never further than a cell
 * diagonal from the original, so a renderer may draw it wherever that diagonal projects to less than
 * a pixel and nobody can see the difference; an element smaller than a cell has no triangles at that
 * level, which culls what would cover less than a pixel. The coarse vertices and indices follow the
 * originals in the same buffers.
 *
 * <p>Vertex layout (20 bytes): position as 3 floats relative to the scene origin, normal as 3
 * normalised bytes + 1 pad byte, element index as one int.
 */
final class MeshBatch {

	static final int STRIDE = 20;

	/** Cell edges of the coarse levels 1, 2, ... in scene units (metres); level 0 is the mesh as given. */
	static final float[] LOD_CELLS = {0.02f, 0.08f, 0.32f, 1.28f, 5.12f};
	/** Levels per range, the original included. */
	static final int LEVELS = 1 + LOD_CELLS.length;
	/** A coarse level is kept only if it has at most this share of the triangles of the level before. */
	private static final double LOD_MIN_SAVING = 0.75;

	final Colour colour;
	final boolean transparent;
	final ByteBuffer vertices;
	final IntBuffer indices;
	final int vertexCount;
	/** Indices of the meshes as given (level 0), which come first; the coarse levels follow. */
	final int fullIndexCount;
	/** Per range: the element, its first index, its index count. */
	final int[] rangeElement;
	final int[] rangeFirst;
	final int[] rangeCount;
	/** Per range: min x, y, z, max x, y, z in scene coordinates, for frustum culling. */
	final float[] rangeBounds;
	/** Per range and level ({@code LEVELS * range + level}): first index and index count; level 0 is the range. */
	final int[] lodFirst;
	final int[] lodCount;

	MeshBatch(Colour colour, ByteBuffer vertices, IntBuffer indices, int vertexCount, int fullIndexCount,
			int[] rangeElement, int[] rangeFirst, int[] rangeCount, float[] rangeBounds, int[] lodFirst, int[] lodCount) {
		this.colour = colour;
		this.transparent = colour.isTransparent();
		this.vertices = vertices;
		this.indices = indices;
		this.vertexCount = vertexCount;
		this.fullIndexCount = fullIndexCount;
		this.rangeElement = rangeElement;
		this.rangeFirst = rangeFirst;
		this.rangeCount = rangeCount;
		this.rangeBounds = rangeBounds;
		this.lodFirst = lodFirst;
		this.lodCount = lodCount;
	}

	int rangeCount() {
		return rangeElement.length;
	}

	/** Triangles at full detail (the coarse levels not counted). */
	long triangleCount() {
		long n = 0;
		for (int c : rangeCount) {
			n += c;
		}
		return n / 3;
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
		private int[] rangeVertexFirst = new int[16];
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
					rangeVertexFirst = java.util.Arrays.copyOf(rangeVertexFirst, ranges * 2);
					rangeBounds = java.util.Arrays.copyOf(rangeBounds, ranges * 12);
				}
				rangeElement[ranges] = element;
				rangeFirst[ranges] = indexCount;
				rangeCount[ranges] = 0;
				rangeVertexFirst[ranges] = vertexCount;
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
			int[] lodFirst = new int[LEVELS * ranges];
			int[] lodCount = new int[LEVELS * ranges];
			int fullVertices = vertexCount;
			int fullIndices = indexCount;
			Clusterer clusterer = new Clusterer();
			for (int r = 0; r < ranges; r++) {
				int end = r + 1 < ranges ? rangeVertexFirst[r + 1] : fullVertices;
				lodFirst[LEVELS * r] = rangeFirst[r];
				lodCount[LEVELS * r] = rangeCount[r];
				for (int level = 1; level < LEVELS; level++) {
					int previous = LEVELS * r + level - 1;
					lodFirst[previous + 1] = lodFirst[previous];
					lodCount[previous + 1] = lodCount[previous];
					if (lodCount[previous] == 0) {
						continue;
					}
					float cell = LOD_CELLS[level - 1];
					int b = 6 * r;
					float extent = Math.max(rangeBounds[b + 3] - rangeBounds[b],
							Math.max(rangeBounds[b + 4] - rangeBounds[b + 1], rangeBounds[b + 5] - rangeBounds[b + 2]));
					if (extent < cell) {
						// smaller than a cell: where this level is drawn, the element is under a pixel
						lodCount[previous + 1] = 0;
						continue;
					}
					if (lodCount[previous] <= 36) {
						continue; // a box or so: nothing worth saving
					}
					int first = indexCount, vertices = vertexCount;
					clusterer.cluster(this, rangeVertexFirst[r], end, rangeFirst[r], rangeCount[r], b, cell);
					int count = indexCount - first;
					if (count <= LOD_MIN_SAVING * lodCount[previous] && keepsBox(vertices, b, cell)) {
						lodFirst[previous + 1] = first;
						lodCount[previous + 1] = count;
					} else {
						indexCount = first; // not worth it: drop what was added
						vertexCount = vertices;
					}
				}
			}
			ByteBuffer vertices = ByteBuffer.allocateDirect(vertexCount * STRIDE).order(ByteOrder.nativeOrder());
			for (int v = 0; v < vertexCount; v++) {
				vertices.putFloat(positions[3 * v]).putFloat(positions[3 * v + 1]).putFloat(positions[3 * v + 2]);
				vertices.put(normals[3 * v]).put(normals[3 * v + 1]).put(normals[3 * v + 2]).put((byte) 0);
				vertices.putInt(vertexElement[v]);
			}
			vertices.flip();
			IntBuffer ib = ByteBuffer.allocateDirect(indexCount * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
			ib.put(indices, 0, indexCount).flip();
			return new MeshBatch(colour, vertices, ib, vertexCount, fullIndices, java.util.Arrays.copyOf(rangeElement, ranges),
					java.util.Arrays.copyOf(rangeFirst, ranges), java.util.Arrays.copyOf(rangeCount, ranges),
					java.util.Arrays.copyOf(rangeBounds, 6 * ranges), lodFirst, lodCount);
		}

		/**
		 * Whether the coarse vertices from {@code first} on reach every side of the range's box within
		 * one cell of that axis. Clustering drops the thin parts of an element (a window's jambs become
		 * lines and vanish) even where the element as a whole covers pixels; such a level is not kept.
		 */
		private boolean keepsBox(int first, int boundsOffset, float cell) {
			if (first == vertexCount) {
				return false; // nothing left of an element larger than a cell
			}
			for (int k = 0; k < 3; k++) {
				float min = rangeBounds[boundsOffset + k], max = rangeBounds[boundsOffset + 3 + k];
				float low = Float.POSITIVE_INFINITY, high = Float.NEGATIVE_INFINITY;
				for (int v = first; v < vertexCount; v++) {
					float x = positions[3 * v + k];
					low = Math.min(low, x);
					high = Math.max(high, x);
				}
				float reach = Clusterer.axisCell(cell, max - min) + 1e-5f * (1f + Math.abs(min) + Math.abs(max));
				if (low > min + reach || high < max - reach) {
					return false;
				}
			}
			return true;
		}

		/** Appends one vertex (no bounds update); returns its index. */
		int appendVertex(float x, float y, float z, byte nx, byte ny, byte nz, int element) {
			ensureVertices(vertexCount + 1);
			int o = 3 * vertexCount;
			positions[o] = x;
			positions[o + 1] = y;
			positions[o + 2] = z;
			normals[o] = nx;
			normals[o + 1] = ny;
			normals[o + 2] = nz;
			vertexElement[vertexCount] = element;
			return vertexCount++;
		}

		void appendTriangle(int a, int b, int c) {
			if (indexCount + 3 > indices.length) {
				indices = java.util.Arrays.copyOf(indices, indices.length * 2);
			}
			indices[indexCount++] = a;
			indices[indexCount++] = b;
			indices[indexCount++] = c;
		}
	}

	/**
	 * Vertex clustering of one range on one grid, with scratch tables reused across ranges so sealing
	 * a batch allocates only as its largest element needs.
	 */
	static final class Clusterer {
		private long[] keys = new long[1024];
		private int[] slots = new int[1024];
		private int[] vertexCell = new int[256];
		private double[] sums = new double[3 * 256];
		private int[] counts = new int[256];
		private int cells;
		private long[] outKeys = new long[1024];
		private int[] outVertex = new int[1024];

		void cluster(Builder builder, int vertexFirst, int vertexEnd, int indexFirst, int indexCount, int boundsOffset,
				float cell) {
			int n = vertexEnd - vertexFirst;
			reset(Math.max(16, n));
			if (vertexCell.length < n) {
				vertexCell = new int[n];
			}
			float[] p = builder.positions;
			float[] bounds = builder.rangeBounds;
			float minX = bounds[boundsOffset], minY = bounds[boundsOffset + 1], minZ = bounds[boundsOffset + 2];
			// Per axis, a cell is at most the element's extent over THIN_SPAN_CELLS: a slab, panel or
			// frame thinner than the cell keeps its two broad faces apart instead of collapsing to a sliver
			// (the cells are no larger than the level's, so its distance bound still holds).
			float inverseX = 1f / axisCell(cell, bounds[boundsOffset + 3] - minX);
			float inverseY = 1f / axisCell(cell, bounds[boundsOffset + 4] - minY);
			float inverseZ = 1f / axisCell(cell, bounds[boundsOffset + 5] - minZ);
			for (int v = 0; v < n; v++) {
				int o = 3 * (vertexFirst + v);
				long ix = (long) ((p[o] - minX) * inverseX), iy = (long) ((p[o + 1] - minY) * inverseY),
						iz = (long) ((p[o + 2] - minZ) * inverseZ);
				int c = cellOf((ix << 42) | (iy << 21) | iz);
				vertexCell[v] = c;
				sums[3 * c] += p[o];
				sums[3 * c + 1] += p[o + 1];
				sums[3 * c + 2] += p[o + 2];
				counts[c]++;
			}
			int element = builder.vertexElement[vertexFirst];
			for (int i = indexFirst, end = indexFirst + indexCount; i < end; i += 3) {
				int a = vertexCell[builder.indices[i] - vertexFirst];
				int b = vertexCell[builder.indices[i + 1] - vertexFirst];
				int c = vertexCell[builder.indices[i + 2] - vertexFirst];
				if (a == b || b == c || a == c) {
					continue;
				}
				double ax = sums[3 * a] / counts[a], ay = sums[3 * a + 1] / counts[a], az = sums[3 * a + 2] / counts[a];
				double bx = sums[3 * b] / counts[b] - ax, by = sums[3 * b + 1] / counts[b] - ay,
						bz = sums[3 * b + 2] / counts[b] - az;
				double cx = sums[3 * c] / counts[c] - ax, cy = sums[3 * c + 1] / counts[c] - ay,
						cz = sums[3 * c + 2] / counts[c] - az;
				double nx = by * cz - bz * cy, ny = bz * cx - bx * cz, nz = bx * cy - by * cx;
				double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
				if (length < 1e-12) {
					continue;
				}
				int normal = (toByte(nx / length) & 255) << 16 | (toByte(ny / length) & 255) << 8
						| (toByte(nz / length) & 255);
				builder.appendTriangle(vertex(builder, a, normal, element), vertex(builder, b, normal, element),
						vertex(builder, c, normal, element));
			}
		}

		/**
		 * The cell edge on one axis: the level's, or less on an axis where the element spans less than
		 * {@link #THIN_SPAN_CELLS} of them, so its extremes fall in cells at least two apart.
		 */
		static float axisCell(float cell, float extent) {
			return extent > 0f ? Math.min(cell, extent / THIN_SPAN_CELLS) : cell;
		}

		/**
		 * Cells an element spans at least on every axis where it has an extent: with 2.5, the lowest
		 * cell's mean lies below 40 % of the extent and the highest's above 80 %, so a thin element
		 * keeps its two broad faces apart.
		 */
		static final float THIN_SPAN_CELLS = 2.5f;

		private static byte toByte(double component) {
			return (byte) Math.round(Math.max(-1, Math.min(1, component)) * 127);
		}

		/** The coarse vertex of a cell with a normal, shared by the triangles of the same facing. */
		private int vertex(Builder builder, int cell, int normal, int element) {
			long key = ((long) cell << 24) | normal;
			int mask = outCapacity - 1;
			int h = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
			while (outKeys[h] != -1L) {
				if (outKeys[h] == key) {
					return outVertex[h];
				}
				h = (h + 1) & mask;
			}
			if (4 * (++outUsed) > 3 * outCapacity) {
				growOut();
				return vertex(builder, cell, normal, element);
			}
			outKeys[h] = key;
			int count = counts[cell];
			return outVertex[h] = builder.appendVertex((float) (sums[3 * cell] / count),
					(float) (sums[3 * cell + 1] / count), (float) (sums[3 * cell + 2] / count), (byte) (normal >> 16),
					(byte) (normal >> 8), (byte) normal, element);
		}

		private int outUsed, outCapacity, capacity;

		private void growOut() {
			long[] oldKeys = outKeys;
			int[] oldVertex = outVertex;
			int oldCapacity = outCapacity;
			outCapacity *= 2;
			outKeys = new long[Math.max(oldKeys.length, outCapacity)];
			outVertex = new int[outKeys.length];
			java.util.Arrays.fill(outKeys, 0, outCapacity, -1L);
			int mask = outCapacity - 1;
			outUsed = 0;
			for (int i = 0; i < oldCapacity; i++) {
				if (oldKeys[i] != -1L) {
					int h = Long.hashCode(oldKeys[i] * 0x9E3779B97F4A7C15L) & mask;
					while (outKeys[h] != -1L) {
						h = (h + 1) & mask;
					}
					outKeys[h] = oldKeys[i];
					outVertex[h] = oldVertex[i];
					outUsed++;
				}
			}
		}

		/** Empties the cell table, sized for {@code vertices} distinct cells at most. */
		private void reset(int vertices) {
			capacity = Integer.highestOneBit(Math.max(16, vertices * 2 - 1)) << 1;
			if (keys.length < capacity) {
				keys = new long[capacity];
				slots = new int[capacity];
			}
			java.util.Arrays.fill(keys, 0, capacity, -1L);
			outCapacity = capacity;
			if (outKeys.length < capacity) {
				outKeys = new long[capacity];
				outVertex = new int[capacity];
			}
			java.util.Arrays.fill(outKeys, 0, capacity, -1L);
			if (counts.length < vertices) {
				counts = new int[vertices];
				sums = new double[3 * vertices];
			}
			java.util.Arrays.fill(counts, 0, vertices, 0);
			java.util.Arrays.fill(sums, 0, 3 * vertices, 0);
			cells = 0;
			outUsed = 0;
		}

		private int cellOf(long key) {
			int mask = capacity - 1;
			int h = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
			while (keys[h] != -1L) {
				if (keys[h] == key) {
					return slots[h];
				}
				h = (h + 1) & mask;
			}
			keys[h] = key;
			return slots[h] = cells++;
		}
	}
}
