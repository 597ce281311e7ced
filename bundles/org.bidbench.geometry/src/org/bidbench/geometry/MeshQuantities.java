package org.bidbench.geometry;

import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Quantities computed from the meshes of one product. The volume is only given for meshes that
 * enclose a volume: an open or inconsistently oriented mesh gives no volume instead of a wrong one,
 * and {@link #closure()} says why.
 *
 * @param closure whether the meshes enclose a volume; the worst of all meshes
 * @param volume the enclosed volume in m3 (signed tetrahedra, summed over the meshes as absolute
 *        values so a mesh oriented inside out as a whole still counts); empty unless
 *        {@link Closure#enclosesVolume()}
 * @param area the surface area in m2
 * @param footprintArea the area projected on the XY plane in m2: the larger of the upward and the
 *        downward facing projected areas, which is the plan area of a solid that does not overhang
 *        itself (walls, slabs, columns, beams)
 * @param bounds the axis-aligned bounding box, or {@code null} when there are no triangles
 * @param length the extent along the main axis in m, for an element with a dominant axis (the
 *        longest principal extent at least {@value #DOMINANT_AXIS_RATIO} times the second); empty
 *        otherwise
 * @param triangleCount the number of triangles
 * @param openEdgeCount edges (after merging coincident vertices) used by one triangle only, or
 *        not matched by an edge in the opposite direction
 * @param misorientedEdgeCount edges used twice in the same direction: neighbouring triangles facing
 *        opposite ways
 */
public record MeshQuantities(Closure closure, OptionalDouble volume, double area, double footprintArea,
		BoundingBox bounds, OptionalDouble length, int triangleCount, int openEdgeCount, int misorientedEdgeCount) {

	/** How much longer than its second extent an element must be to have a length. */
	public static final double DOMINANT_AXIS_RATIO = 2.5;

	/**
	 * A mesh whose edges do not pair up still gives a volume when moving the origin of the signed
	 * tetrahedra across its whole bounding box would change it by less than this fraction:
	 * T-junctions and internal faces left by boolean operations break the edge pairing without
	 * leaving a hole or a flipped face.
	 */
	public static final double GAP_TOLERANCE = 1e-3;

	/** Vertices closer than this (m) are the same vertex when edges are paired. */
	static final double WELD_QUANTUM = 1e-5;

	/** Whether a set of meshes encloses a volume. */
	public enum Closure {
		/** Every edge has exactly one partner running the other way. */
		CLOSED,
		/**
		 * Edges do not pair up exactly (T-junctions, or internal faces left by booleans), but the
		 * volume is the same from any origin within {@link MeshQuantities#GAP_TOLERANCE}: no hole, no
		 * flipped face that would change it measurably.
		 */
		CLOSED_WITHIN_TOLERANCE,
		/** The surface has holes: no volume. */
		OPEN,
		/** Neighbouring triangles face opposite ways: no volume. */
		INCONSISTENT_ORIENTATION,
		/** No triangles. */
		EMPTY;

		public boolean enclosesVolume() {
			return this == CLOSED || this == CLOSED_WITHIN_TOLERANCE;
		}
	}

	/** Computes the quantities of the given meshes taken together (one product). */
	public static MeshQuantities of(Collection<Mesh> meshes) {
		Closure worst = Closure.EMPTY;
		double volume = 0;
		double area = 0;
		double up = 0;
		double down = 0;
		int triangles = 0;
		int open = 0;
		int misoriented = 0;
		double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE,
				-Double.MAX_VALUE};
		for (Mesh mesh : meshes) {
			if (mesh.triangleCount() == 0) {
				continue;
			}
			SingleMesh one = new SingleMesh(mesh);
			triangles += mesh.triangleCount();
			area += one.area;
			up += one.upArea;
			down += one.downArea;
			open += one.openEdges;
			misoriented += one.misorientedEdges;
			volume += Math.abs(one.volume);
			for (int i = 0; i < 3; i++) {
				box[i] = Math.min(box[i], one.min[i]);
				box[i + 3] = Math.max(box[i + 3], one.max[i]);
			}
			worst = worse(worst, one.closure);
		}
		if (triangles == 0) {
			return new MeshQuantities(Closure.EMPTY, OptionalDouble.empty(), 0, 0, null, OptionalDouble.empty(), 0, 0,
					0);
		}
		BoundingBox bounds = new BoundingBox(box[0], box[1], box[2], box[3], box[4], box[5]);
		return new MeshQuantities(worst, worst.enclosesVolume() ? OptionalDouble.of(volume) : OptionalDouble.empty(),
				area, Math.max(up, down), bounds, PrincipalAxes.dominantLength(meshes), triangles, open, misoriented);
	}

	private static Closure worse(Closure a, Closure b) {
		if (a == Closure.EMPTY) {
			return b;
		}
		if (b == Closure.EMPTY) {
			return a;
		}
		return a.ordinal() >= b.ordinal() ? a : b;
	}

	/** Topology and integrals of one mesh, relative to its bounding-box centre for precision. */
	private static final class SingleMesh {
		final double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
		final double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
		double area;
		double upArea;
		double downArea;
		double volume;
		int openEdges;
		int misorientedEdges;
		Closure closure;

		SingleMesh(Mesh mesh) {
			float[] p = mesh.positions();
			int[] idx = mesh.indices();
			for (int v = 0; v < p.length; v += 3) {
				for (int k = 0; k < 3; k++) {
					min[k] = Math.min(min[k], p[v + k]);
					max[k] = Math.max(max[k], p[v + k]);
				}
			}
			double cx = (min[0] + max[0]) / 2;
			double cy = (min[1] + max[1]) / 2;
			double cz = (min[2] + max[2]) / 2;
			int[] welded = weld(p);
			// Directed edges as (from << 32 | to), sorted: a closed, consistently oriented surface has each
			// directed edge once and its reverse once. Primitive keys, sorted, instead of a map of boxed
			// counts: no object per edge (the command's time is web-ifc's either way, docs/benchmarks.md).
			long[] edges = new long[idx.length];
			int edgeCount = 0;
			double sx = 0;
			double sy = 0;
			double sz = 0;
			for (int t = 0; t < idx.length; t += 3) {
				int a = idx[t];
				int b = idx[t + 1];
				int c = idx[t + 2];
				double ax = p[3 * a] - cx, ay = p[3 * a + 1] - cy, az = p[3 * a + 2] - cz;
				double bx = p[3 * b] - cx, by = p[3 * b + 1] - cy, bz = p[3 * b + 2] - cz;
				double qx = p[3 * c] - cx, qy = p[3 * c + 1] - cy, qz = p[3 * c + 2] - cz;
				double ux = bx - ax, uy = by - ay, uz = bz - az;
				double vx = qx - ax, vy = qy - ay, vz = qz - az;
				double nx = uy * vz - uz * vy;
				double ny = uz * vx - ux * vz;
				double nz = ux * vy - uy * vx;
				area += 0.5 * Math.sqrt(nx * nx + ny * ny + nz * nz);
				if (nz > 0) {
					upArea += 0.5 * nz;
				} else {
					downArea -= 0.5 * nz;
				}
				sx += nx;
				sy += ny;
				sz += nz;
				volume += (ax * (by * qz - bz * qy) + ay * (bz * qx - bx * qz) + az * (bx * qy - by * qx)) / 6.0;
				int wa = welded[a], wb = welded[b], wc = welded[c];
				if (wa == wb || wb == wc || wc == wa) {
					continue; // a degenerate triangle has no edges worth pairing
				}
				edges[edgeCount++] = edgeKey(wa, wb);
				edges[edgeCount++] = edgeKey(wb, wc);
				edges[edgeCount++] = edgeKey(wc, wa);
			}
			Arrays.sort(edges, 0, edgeCount);
			for (int i = 0; i < edgeCount;) {
				long key = edges[i];
				int end = i + 1;
				while (end < edgeCount && edges[end] == key) {
					end++;
				}
				int count = end - i;
				int reverse = occurrences(edges, edgeCount, edgeKey((int) key, (int) (key >>> 32)));
				if (count > 1 && count > reverse) {
					misorientedEdges++;
				} else if (reverse == 0) {
					openEdges++;
				}
				i = end;
			}
			if (misorientedEdges == 0 && openEdges == 0) {
				closure = Closure.CLOSED;
			} else {
				// The face normals (cross products) of a closed surface sum to zero; otherwise half their
				// sum is the area vector of the holes or of the flipped triangles, and the volume depends
				// on the origin by up to that area times diagonal / 3. Edges that do not pair up but leave
				// no such dependence are T-junctions or internal faces left by booleans.
				double defect = 0.5 * Math.sqrt(sx * sx + sy * sy + sz * sz);
				double dx = max[0] - min[0], dy = max[1] - min[1], dz = max[2] - min[2];
				double diagonal = Math.sqrt(dx * dx + dy * dy + dz * dz);
				double uncertainty = defect * diagonal / 3;
				if (uncertainty <= GAP_TOLERANCE * Math.abs(volume)) {
					closure = Closure.CLOSED_WITHIN_TOLERANCE;
				} else {
					closure = misorientedEdges > 0 ? Closure.INCONSISTENT_ORIENTATION : Closure.OPEN;
				}
			}
		}

		private static long edgeKey(int from, int to) {
			return ((long) from << 32) | (to & 0xffffffffL);
		}

		/** How often {@code key} occurs in the sorted {@code keys[0, count)}. */
		private static int occurrences(long[] keys, int count, long key) {
			int at = Arrays.binarySearch(keys, 0, count, key);
			if (at < 0) {
				return 0;
			}
			int lo = at;
			while (lo > 0 && keys[lo - 1] == key) {
				lo--;
			}
			int hi = at + 1;
			while (hi < count && keys[hi] == key) {
				hi++;
			}
			return hi - lo;
		}

		/**
		 * Maps each vertex to the first vertex at the same position (within {@link #WELD_QUANTUM}), in
		 * an open-addressing table of vertex numbers keyed by the quantised position: two vertices are
		 * the same only when all three quantised coordinates are.
		 */
		private static int[] weld(float[] p) {
			int n = p.length / 3;
			int[] out = new int[n];
			long[] q = new long[3 * n];
			for (int i = 0; i < q.length; i++) {
				q[i] = Math.round(p[i] / WELD_QUANTUM);
			}
			int capacity = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
			int mask = capacity - 1;
			int[] table = new int[capacity];
			Arrays.fill(table, -1);
			for (int v = 0; v < n; v++) {
				long qx = q[3 * v], qy = q[3 * v + 1], qz = q[3 * v + 2];
				long hash = qx * 73856093L ^ qy * 19349663L * 1_000_003L ^ qz * 83492791L * 998_244_353L;
				int slot = (int) (hash ^ hash >>> 29) & mask;
				for (;;) {
					int first = table[slot];
					if (first < 0) {
						table[slot] = v;
						out[v] = v;
						break;
					}
					if (q[3 * first] == qx && q[3 * first + 1] == qy && q[3 * first + 2] == qz) {
						out[v] = first;
						break;
					}
					slot = slot + 1 & mask;
				}
			}
			return out;
		}
	}
}
