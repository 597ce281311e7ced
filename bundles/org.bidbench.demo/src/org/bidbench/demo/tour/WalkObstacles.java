package org.bidbench.demo.tour;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.bidbench.geometry.Mesh;
import org.bidbench.geometry.ProductGeometry;

/**
 * What a walker cannot pass: the triangles of walls, slabs, columns, windows, railings and roofs.
 * Doors, stairs, ramps, spaces, openings and furniture pass. A move is tested as line segments
 * at eye and knee height against every triangle whose element box they come near.
 */
public final class WalkObstacles {

	/** Classes that stop a walker (and their subclasses as the schema spells them). */
	public static final Set<String> BLOCKING = Set.of("IfcWall", "IfcWallStandardCase", "IfcWallElementedCase",
			"IfcCurtainWall", "IfcSlab", "IfcSlabStandardCase", "IfcSlabElementedCase", "IfcColumn",
			"IfcColumnStandardCase", "IfcWindow", "IfcWindowStandardCase", "IfcRailing", "IfcRoof", "IfcPlate",
			"IfcCovering", "IfcBeam", "IfcBeamStandardCase", "IfcMember");

	/** Height of the knee test above the floor, metres: low enough to catch a parapet, above a threshold. */
	public static final double KNEE = 0.45;
	/** How far from an obstacle a walker stops, metres. */
	public static final double CLEARANCE = 0.25;

	private final List<Solid> solids = new ArrayList<>();

	private record Solid(String globalId, String ifcClass, float[] triangles, double[] box) {
	}

	/** A segment that meets an obstacle: the element and where along the segment (0..1). */
	public record Hit(String globalId, String ifcClass, double fraction) {
	}

	public WalkObstacles(Collection<ProductGeometry> products) {
		for (ProductGeometry p : products) {
			if (!BLOCKING.contains(p.ifcClass()) || !p.isMeshed()) {
				continue;
			}
			int n = 0;
			for (Mesh m : p.meshes()) {
				n += m.indices().length * 3;
			}
			float[] t = new float[n];
			double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
					-Double.MAX_VALUE, -Double.MAX_VALUE};
			int o = 0;
			for (Mesh m : p.meshes()) {
				float[] pos = m.positions();
				for (int i : m.indices()) {
					for (int k = 0; k < 3; k++) {
						float v = pos[3 * i + k];
						t[o++] = v;
						box[k] = Math.min(box[k], v);
						box[k + 3] = Math.max(box[k + 3], v);
					}
				}
			}
			if (n > 0) {
				solids.add(new Solid(p.globalId(), p.ifcClass(), t, box));
			}
		}
	}

	public int elementCount() {
		return solids.size();
	}

	/** The first obstacle the segment meets, or {@code null} when it is clear. */
	public Hit firstHit(double[] from, double[] to) {
		Hit best = null;
		double[] e1 = new double[3], e2 = new double[3];
		for (Solid s : solids) {
			if (!segmentNearBox(from, to, s.box, 0.01)) {
				continue;
			}
			float[] t = s.triangles;
			for (int i = 0; i < t.length; i += 9) {
				double f = intersect(from, to, t, i, e1, e2);
				if (f >= 0 && (best == null || f < best.fraction)) {
					best = new Hit(s.globalId, s.ifcClass, f);
				}
			}
		}
		return best;
	}

	/** Whether a horizontal move of the eye hits an obstacle at eye or knee height. */
	public Hit bodyHit(double[] fromEye, double[] toEye, double eyeHeight) {
		Hit eye = firstHit(fromEye, toEye);
		double drop = eyeHeight - KNEE;
		Hit knee = firstHit(new double[]{fromEye[0], fromEye[1], fromEye[2] - drop},
				new double[]{toEye[0], toEye[1], toEye[2] - drop});
		if (eye == null) {
			return knee;
		}
		return knee == null || eye.fraction <= knee.fraction ? eye : knee;
	}

	/**
	 * Where a walker who wants to move the eye from {@code from} to {@code to} ends up: there when the
	 * way is clear, otherwise {@link #CLEARANCE} short of the first obstacle (or where it stood).
	 */
	public double[] walk(double[] from, double[] to, double eyeHeight) {
		double dx = to[0] - from[0], dy = to[1] - from[1], dz = to[2] - from[2];
		double length = Math.sqrt(dx * dx + dy * dy + dz * dz);
		if (length == 0) {
			return to.clone();
		}
		// test a little beyond the goal so that the walker also keeps its clearance when it stops
		double reach = (length + CLEARANCE) / length;
		double[] probe = {from[0] + dx * reach, from[1] + dy * reach, from[2] + dz * reach};
		Hit hit = bodyHit(from, probe, eyeHeight);
		if (hit == null) {
			return to.clone();
		}
		double allowed = Math.max(0, hit.fraction * (length + CLEARANCE) - CLEARANCE) / length;
		allowed = Math.min(1, allowed);
		return new double[]{from[0] + dx * allowed, from[1] + dy * allowed, from[2] + dz * allowed};
	}

	private static boolean segmentNearBox(double[] a, double[] b, double[] box, double margin) {
		for (int k = 0; k < 3; k++) {
			double lo = Math.min(a[k], b[k]), hi = Math.max(a[k], b[k]);
			if (hi < box[k] - margin || lo > box[k + 3] + margin) {
				return false;
			}
		}
		return true;
	}

	/** Moeller-Trumbore: the fraction along a..b where it meets triangle t[i..i+8], or -1. */
	private static double intersect(double[] a, double[] b, float[] t, int i, double[] e1, double[] e2) {
		double dx = b[0] - a[0], dy = b[1] - a[1], dz = b[2] - a[2];
		e1[0] = t[i + 3] - t[i];
		e1[1] = t[i + 4] - t[i + 1];
		e1[2] = t[i + 5] - t[i + 2];
		e2[0] = t[i + 6] - t[i];
		e2[1] = t[i + 7] - t[i + 1];
		e2[2] = t[i + 8] - t[i + 2];
		double px = dy * e2[2] - dz * e2[1], py = dz * e2[0] - dx * e2[2], pz = dx * e2[1] - dy * e2[0];
		double det = e1[0] * px + e1[1] * py + e1[2] * pz;
		if (Math.abs(det) < 1e-12) {
			return -1;
		}
		double inv = 1 / det;
		double sx = a[0] - t[i], sy = a[1] - t[i + 1], sz = a[2] - t[i + 2];
		double u = (sx * px + sy * py + sz * pz) * inv;
		if (u < 0 || u > 1) {
			return -1;
		}
		double qx = sy * e1[2] - sz * e1[1], qy = sz * e1[0] - sx * e1[2], qz = sx * e1[1] - sy * e1[0];
		double v = (dx * qx + dy * qy + dz * qz) * inv;
		if (v < 0 || u + v > 1) {
			return -1;
		}
		double f = (e2[0] * qx + e2[1] * qy + e2[2] * qz) * inv;
		return f >= 0 && f <= 1 ? f : -1;
	}
}
