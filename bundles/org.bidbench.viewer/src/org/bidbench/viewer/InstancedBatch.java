package org.bidbench.viewer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.geometry.Colour;
import org.bidbench.geometry.Mesh;

/**
 * One geometry that the model places several times (an IfcMappedItem's window, door, column or
 * chair), kept once with a placement per copy, so that a renderer uploads its triangles once and draws
 * every copy with one instanced draw.
 *
 * <p>The shared triangles are those of the first copy as the batches would hold them (positions
 * relative to the scene origin), so the first copy is drawn from the very same floats as without
 * instancing; every other copy has the rigid motion that takes the first copy onto it, checked against
 * its own positions before it is accepted. Normals are kept as floats: the shader turns them and
 * rounds them to the bytes the batches store, so that shading agrees too.
 *
 * <p>Vertex layout (24 bytes): position as 3 floats, normal as 3 floats.
 */
final class InstancedBatch {

	static final int STRIDE = 24;
	/** Floats per placement: three rows of a 3x4 matrix, scene coordinates of the first copy to the copy's. */
	static final int PLACEMENT_FLOATS = 12;

	final Colour colour;
	final boolean transparent;
	final ByteBuffer vertices;
	final IntBuffer indices;
	final int vertexCount;
	final int indexCount;
	/** Per copy: the element it belongs to. */
	final int[] instanceElement;
	/** Per copy: {@link #PLACEMENT_FLOATS} floats, row by row. */
	final float[] placements;
	/** Per copy: min x, y, z, max x, y, z in scene coordinates, for culling. */
	final float[] instanceBounds;

	private InstancedBatch(Colour colour, ByteBuffer vertices, IntBuffer indices, int vertexCount, int indexCount,
			int[] instanceElement, float[] placements, float[] instanceBounds) {
		this.colour = colour;
		this.transparent = colour.isTransparent();
		this.vertices = vertices;
		this.indices = indices;
		this.vertexCount = vertexCount;
		this.indexCount = indexCount;
		this.instanceElement = instanceElement;
		this.placements = placements;
		this.instanceBounds = instanceBounds;
	}

	int instanceCount() {
		return instanceElement.length;
	}

	/** Triangles of all copies together. */
	long triangleCount() {
		return (long) indexCount / 3 * instanceCount();
	}

	/** Bytes a renderer uploads for this geometry and its placements. */
	long gpuBytes() {
		return (long) vertexCount * STRIDE + 4L * indexCount + 4L * placements.length;
	}

	/** Bytes the same copies would take as ordinary batch triangles (their coarse levels not counted). */
	long batchedBytes() {
		return instanceCount() * ((long) vertexCount * MeshBatch.STRIDE + 4L * indexCount);
	}

	/**
	 * Appends every copy as batch triangles (the {@link MeshBatch} vertex layout), moved on the CPU, for
	 * a renderer that draws without instancing; indices start at vertex {@code base}.
	 *
	 * @return the vertex after the last one appended
	 */
	int copyOut(ByteBuffer batchVertices, IntBuffer batchIndices, int base) {
		for (int c = 0; c < instanceCount(); c++) {
			int at = PLACEMENT_FLOATS * c;
			for (int v = 0; v < vertexCount; v++) {
				int o = STRIDE * v;
				float x = vertices.getFloat(o), y = vertices.getFloat(o + 4), z = vertices.getFloat(o + 8);
				float nx = vertices.getFloat(o + 12), ny = vertices.getFloat(o + 16), nz = vertices.getFloat(o + 20);
				for (int row = 0; row < 3; row++) {
					int r = at + 4 * row;
					batchVertices.putFloat(placements[r] * x + placements[r + 1] * y + placements[r + 2] * z + placements[r + 3]);
				}
				for (int row = 0; row < 3; row++) {
					int r = at + 4 * row;
					float n = placements[r] * nx + placements[r + 1] * ny + placements[r + 2] * nz;
					batchVertices.put((byte) Math.round(Math.max(-1f, Math.min(1f, n)) * 127f));
				}
				batchVertices.put((byte) 0).putInt(instanceElement[c]);
			}
			for (int i = 0; i < indexCount; i++) {
				batchIndices.put(indices.get(i) + base);
			}
			base += vertexCount;
		}
		return base;
	}

	/** A mesh held back until the scene is published, and the element it belongs to. */
	private record Placed(int element, int order, Mesh mesh) {
	}

	/** What makes two meshes candidates for one geometry; the positions are checked afterwards. */
	private record Key(int item, Colour colour, int vertices, int indices) {
	}

	/**
	 * Holds the meshes that have a placement until {@link #release}: only then is it known which
	 * geometry occurs more than once. Not thread-safe: the scene guards it.
	 */
	static final class Collector {

		/** A copy must match the moved first copy this closely, in metres, plus float rounding of its size. */
		private static final double POSITION_TOLERANCE = 1e-4;
		/** How far the turning part of a motion may be from a rotation (columns of unit length, at right angles). */
		private static final double ROTATION_TOLERANCE = 1e-5;

		private final Map<Key, List<Placed>> held = new LinkedHashMap<>();
		private int order;

		/**
		 * Whether the mesh can be held: it must know its placement, and be opaque. See-through surfaces
		 * (glass) stay in the batches: they are blended in drawing order, and drawn instanced after the
		 * batches they would change the picture wherever they overlap other glass.
		 */
		static boolean canHold(Mesh mesh) {
			return mesh.placement() != null && mesh.triangleCount() > 0 && !mesh.colour().isTransparent();
		}

		void hold(int element, Mesh mesh) {
			held.computeIfAbsent(new Key(mesh.representationItemId(), mesh.colour(), mesh.vertexCount(),
					mesh.indices().length), k -> new ArrayList<>(2)).add(new Placed(element, order++, mesh));
		}

		boolean isEmpty() {
			return held.isEmpty();
		}

		/** What {@link #release} hands back for the ordinary batches. */
		interface Single {
			void add(int element, Mesh mesh);
		}

		/**
		 * Turns every geometry held more than once into an instanced batch (in {@code out}), and hands
		 * every other mesh, and every copy that does not match its first copy, to {@code single} in the
		 * order they were added, so that the batches come out as they would without instancing.
		 */
		void release(double ox, double oy, double oz, List<InstancedBatch> out, Single single) {
			List<Placed> singles = new ArrayList<>();
			for (List<Placed> copies : held.values()) {
				if (copies.size() < 2) {
					singles.addAll(copies);
					continue;
				}
				InstancedBatch batch = instance(copies, ox, oy, oz, singles);
				if (batch != null) {
					out.add(batch);
				}
			}
			held.clear();
			order = 0;
			singles.sort((a, b) -> Integer.compare(a.order, b.order));
			for (Placed p : singles) {
				single.add(p.element, p.mesh);
			}
		}

		/** The batch of the copies that match the first one, or {@code null} if none does; the rest go to {@code singles}. */
		private static InstancedBatch instance(List<Placed> copies, double ox, double oy, double oz, List<Placed> singles) {
			Placed first = copies.get(0);
			Mesh m0 = first.mesh;
			double[] toFirst = SceneRenderer.invert(m0.placement().clone());
			List<Placed> accepted = new ArrayList<>(copies.size());
			List<double[]> motions = new ArrayList<>(copies.size());
			accepted.add(first);
			motions.add(new double[]{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1});
			for (int i = 1; i < copies.size(); i++) {
				Placed c = copies.get(i);
				double[] motion = multiply(c.mesh.placement(), toFirst);
				if (isRotation(motion) && Arrays.equals(c.mesh.indices(), m0.indices())
						&& matches(motion, m0.positions(), c.mesh.positions())) {
					accepted.add(c);
					motions.add(motion);
				} else {
					singles.add(c);
				}
			}
			if (accepted.size() < 2) {
				singles.add(first);
				return null;
			}
			int n = accepted.size();
			float[] p0 = m0.positions(), n0 = m0.normals();
			int vertices = m0.vertexCount();
			ByteBuffer vb = ByteBuffer.allocateDirect(vertices * STRIDE).order(ByteOrder.nativeOrder());
			for (int v = 0; v < vertices; v++) {
				// exactly as MeshBatch.Builder computes its positions
				vb.putFloat((float) (p0[3 * v] - ox)).putFloat((float) (p0[3 * v + 1] - oy))
						.putFloat((float) (p0[3 * v + 2] - oz));
				vb.putFloat(n0[3 * v]).putFloat(n0[3 * v + 1]).putFloat(n0[3 * v + 2]);
			}
			vb.flip();
			int[] idx = m0.indices();
			IntBuffer ib = ByteBuffer.allocateDirect(4 * idx.length).order(ByteOrder.nativeOrder()).asIntBuffer();
			ib.put(idx).flip();
			int[] elements = new int[n];
			float[] placements = new float[PLACEMENT_FLOATS * n];
			float[] bounds = new float[6 * n];
			double[] o = {ox, oy, oz};
			for (int i = 0; i < n; i++) {
				Placed c = accepted.get(i);
				elements[i] = c.element;
				double[] m = motions.get(i);
				for (int row = 0; row < 3; row++) {
					// In scene coordinates: p' + o = R (p + o) + t, so p' = R p + (R o + t - o).
					double shift = m[row] * o[0] + m[4 + row] * o[1] + m[8 + row] * o[2] + m[12 + row] - o[row];
					int at = PLACEMENT_FLOATS * i + 4 * row;
					placements[at] = (float) m[row];
					placements[at + 1] = (float) m[4 + row];
					placements[at + 2] = (float) m[8 + row];
					placements[at + 3] = (float) shift;
				}
				float[] p = c.mesh.positions();
				int b = 6 * i;
				bounds[b] = bounds[b + 1] = bounds[b + 2] = Float.MAX_VALUE;
				bounds[b + 3] = bounds[b + 4] = bounds[b + 5] = -Float.MAX_VALUE;
				for (int v = 0; v < p.length; v += 3) {
					for (int k = 0; k < 3; k++) {
						float x = (float) (p[v + k] - o[k]);
						bounds[b + k] = Math.min(bounds[b + k], x);
						bounds[b + 3 + k] = Math.max(bounds[b + 3 + k], x);
					}
				}
			}
			return new InstancedBatch(m0.colour(), vb, ib, vertices, idx.length, elements, placements, bounds);
		}

		/** a * b, column-major 4x4. */
		private static double[] multiply(double[] a, double[] b) {
			double[] r = new double[16];
			for (int column = 0; column < 4; column++) {
				for (int row = 0; row < 4; row++) {
					double s = 0;
					for (int k = 0; k < 4; k++) {
						s += a[4 * k + row] * b[4 * column + k];
					}
					r[4 * column + row] = s;
				}
			}
			return r;
		}

		/**
		 * Whether the motion turns without scaling or mirroring: only then are the first copy's normals
		 * and its triangles' facing right for the copy when turned on the GPU.
		 */
		private static boolean isRotation(double[] m) {
			for (int i = 0; i < 3; i++) {
				for (int j = i; j < 3; j++) {
					double dot = m[4 * i] * m[4 * j] + m[4 * i + 1] * m[4 * j + 1] + m[4 * i + 2] * m[4 * j + 2];
					if (Math.abs(dot - (i == j ? 1 : 0)) > ROTATION_TOLERANCE) {
						return false;
					}
				}
			}
			double det = m[0] * (m[5] * m[10] - m[9] * m[6]) - m[4] * (m[1] * m[10] - m[9] * m[2])
					+ m[8] * (m[1] * m[6] - m[5] * m[2]);
			return det > 0 && m[3] == 0 && m[7] == 0 && m[11] == 0;
		}

		/** Whether the first copy's positions, moved, are the copy's own (the engine may have cut one differently). */
		private static boolean matches(double[] m, float[] first, float[] copy) {
			for (int v = 0; v < first.length; v += 3) {
				double x = first[v], y = first[v + 1], z = first[v + 2];
				for (int row = 0; row < 3; row++) {
					double moved = m[row] * x + m[4 + row] * y + m[8 + row] * z + m[12 + row];
					double own = copy[v + row];
					double tolerance = POSITION_TOLERANCE + 4 * Math.ulp((float) Math.max(Math.abs(own), Math.abs(moved)));
					if (!(Math.abs(moved - own) <= tolerance)) {
						return false;
					}
				}
			}
			return true;
		}
	}
}
