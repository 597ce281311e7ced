package org.bidbench.geometry;

import java.util.Collection;

/**
 * How much of a space's floor has at least a given clear height: the plan area under the parts of
 * its top surface that lie at least {@code h} above its floor, for {@code h} from 0 in steps of
 * {@value #STEP} m. Area rules of building codes count the floor by clear height (under a sloping
 * roof: none below one height, half between two, all above), so a space's net floor area follows
 * from this profile and the rule's two heights.
 *
 * <p>The floor is taken as flat at the lowest point of the solid, and the top surface as the
 * triangles that face up (or, for a mesh wound inside out, down: the larger projected area above
 * the height wins, as for the footprint). Each triangle is clipped at the height exactly, so the
 * profile is exact at every step for a solid whose top surface does not overhang itself.
 *
 * @param areaAtLeast {@code areaAtLeast[i]} is the plan area (m2) with clear height of at least
 *        {@code i * STEP}
 */
public record ClearHeightProfile(double[] areaAtLeast) {

	/** Height step of the profile (m). */
	public static final double STEP = 0.01;

	/** Heights above this (m) are not profiled: every area rule's heights lie far below it. */
	public static final double MAX_HEIGHT = 6.0;

	/** Profiles the given meshes of one product, all taken as one solid. */
	public static ClearHeightProfile of(Collection<Mesh> meshes) {
		int steps = (int) Math.round(MAX_HEIGHT / STEP) + 1;
		double floor = Double.MAX_VALUE;
		double[] origin = null;
		for (Mesh m : meshes) {
			float[] p = m.positions();
			for (int v = 2; v < p.length; v += 3) {
				floor = Math.min(floor, p[v]);
			}
			if (origin == null && p.length >= 3) {
				// Plan areas relative to a point of the solid: georeferenced coordinates are large.
				origin = new double[]{p[0], p[1]};
			}
		}
		double[] up = new double[steps];
		double[] down = new double[steps];
		if (floor == Double.MAX_VALUE) {
			return new ClearHeightProfile(up);
		}
		double[] a = new double[3];
		double[] b = new double[3];
		double[] c = new double[3];
		for (Mesh m : meshes) {
			float[] p = m.positions();
			int[] idx = m.indices();
			for (int t = 0; t < idx.length; t += 3) {
				load(p, idx[t], origin, floor, a);
				load(p, idx[t + 1], origin, floor, b);
				load(p, idx[t + 2], origin, floor, c);
				double nz = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
				if (nz == 0) {
					continue; // vertical: no plan area
				}
				double top = Math.max(a[2], Math.max(b[2], c[2]));
				int last = Math.min(steps - 1, (int) Math.floor(top / STEP));
				double[] into = nz > 0 ? up : down;
				for (int i = 0; i <= last; i++) {
					into[i] += Math.abs(planAreaAbove(a, b, c, i * STEP));
				}
			}
		}
		double[] out = new double[steps];
		for (int i = 0; i < steps; i++) {
			out[i] = Math.max(up[i], down[i]);
		}
		return new ClearHeightProfile(out);
	}

	/**
	 * The plan area with clear height of at least {@code h} (m), linear between steps; 0 above
	 * {@link #MAX_HEIGHT}.
	 */
	public double areaAtLeast(double h) {
		if (h <= 0) {
			return areaAtLeast[0];
		}
		double i = h / STEP;
		int lo = (int) Math.floor(i);
		if (lo >= areaAtLeast.length - 1) {
			return lo == areaAtLeast.length - 1 && i == lo ? areaAtLeast[lo] : 0;
		}
		double f = i - lo;
		return areaAtLeast[lo] * (1 - f) + areaAtLeast[lo + 1] * f;
	}

	/**
	 * The floor area counted the way area rules count it under sloping ceilings: all of it where the
	 * clear height is at least {@code full}, half of it where it is at least {@code half} but less
	 * than {@code full}, none below {@code half}.
	 */
	public double countedArea(double full, double half) {
		double atFull = areaAtLeast(full);
		return atFull + 0.5 * (areaAtLeast(half) - atFull);
	}

	private static void load(float[] p, int v, double[] origin, double floor, double[] into) {
		into[0] = p[3 * v] - origin[0];
		into[1] = p[3 * v + 1] - origin[1];
		into[2] = p[3 * v + 2] - floor;
	}

	/** Signed plan area (twice-halved cross product) of the part of triangle abc at z >= h. */
	private static double planAreaAbove(double[] a, double[] b, double[] c, double h) {
		double[][] in = {a, b, c};
		double[][] poly = new double[4][];
		int n = 0;
		for (int k = 0; k < 3; k++) {
			double[] s = in[k];
			double[] e = in[(k + 1) % 3];
			boolean sIn = s[2] >= h;
			boolean eIn = e[2] >= h;
			if (sIn) {
				poly[n++] = s;
			}
			if (sIn != eIn) {
				double t = (h - s[2]) / (e[2] - s[2]);
				poly[n++] = new double[]{s[0] + t * (e[0] - s[0]), s[1] + t * (e[1] - s[1]), h};
			}
		}
		double area = 0;
		for (int k = 0; k < n; k++) {
			double[] s = poly[k];
			double[] e = poly[(k + 1) % n];
			area += s[0] * e[1] - e[0] * s[1];
		}
		return 0.5 * area;
	}
}
