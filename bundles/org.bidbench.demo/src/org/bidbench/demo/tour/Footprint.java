package org.bidbench.demo.tour;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.geometry.Mesh;
import org.bidbench.geometry.ProductGeometry;

/**
 * The floor outline of a space: the downward-facing triangles of its mesh seen from above, and the
 * edges of those triangles that no other shares (the outline).
 */
public final class Footprint {

	private final double[] triangles; // x0 y0 x1 y1 x2 y2 per triangle
	private final List<double[]> outline; // x0 y0 x1 y1 per edge
	private final double floor;
	private final double[] bounds; // minX minY maxX maxY

	private Footprint(double[] triangles, List<double[]> outline, double floor, double[] bounds) {
		this.triangles = triangles;
		this.outline = outline;
		this.floor = floor;
		this.bounds = bounds;
	}

	/** The footprint of a space's mesh, or {@code null} when it has no downward face. */
	public static Footprint of(ProductGeometry g) {
		List<Double> t = new ArrayList<>();
		double floor = Double.MAX_VALUE;
		Map<String, double[]> edges = new HashMap<>();
		Map<String, Integer> uses = new HashMap<>();
		double[] bounds = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
		for (Mesh m : g.meshes()) {
			float[] p = m.positions();
			int[] idx = m.indices();
			for (int i = 0; i < idx.length; i += 3) {
				int a = idx[i] * 3, b = idx[i + 1] * 3, c = idx[i + 2] * 3;
				double ux = p[b] - p[a], uy = p[b + 1] - p[a + 1], uz = p[b + 2] - p[a + 2];
				double vx = p[c] - p[a], vy = p[c + 1] - p[a + 1], vz = p[c + 2] - p[a + 2];
				double nz = ux * vy - uy * vx;
				double len = Math.sqrt(Math.pow(uy * vz - uz * vy, 2) + Math.pow(uz * vx - ux * vz, 2) + nz * nz);
				if (len == 0 || nz / len > -0.7) {
					continue; // not a floor face
				}
				int[] corners = {a, b, c};
				for (int k = 0; k < 3; k++) {
					int v = corners[k];
					t.add((double) p[v]);
					t.add((double) p[v + 1]);
					floor = Math.min(floor, p[v + 2]);
					bounds[0] = Math.min(bounds[0], p[v]);
					bounds[1] = Math.min(bounds[1], p[v + 1]);
					bounds[2] = Math.max(bounds[2], p[v]);
					bounds[3] = Math.max(bounds[3], p[v + 1]);
					int w = corners[(k + 1) % 3];
					String key = edgeKey(p[v], p[v + 1], p[w], p[w + 1]);
					edges.putIfAbsent(key, new double[]{p[v], p[v + 1], p[w], p[w + 1]});
					uses.merge(key, 1, Integer::sum);
				}
			}
		}
		if (t.isEmpty()) {
			return null;
		}
		double[] tri = new double[t.size()];
		for (int i = 0; i < tri.length; i++) {
			tri[i] = t.get(i);
		}
		List<double[]> outline = new ArrayList<>();
		edges.forEach((k, e) -> {
			if (uses.get(k) == 1) {
				outline.add(e);
			}
		});
		return new Footprint(tri, outline, floor, bounds);
	}

	private static String edgeKey(double x0, double y0, double x1, double y1) {
		long a = Math.round(x0 * 1000), b = Math.round(y0 * 1000), c = Math.round(x1 * 1000), d = Math.round(y1 * 1000);
		return a < c || (a == c && b <= d) ? a + "," + b + "," + c + "," + d : c + "," + d + "," + a + "," + b;
	}

	public double floor() {
		return floor;
	}

	/** Width and depth of the bounds, metres. */
	public double[] extent() {
		return new double[]{bounds[2] - bounds[0], bounds[3] - bounds[1]};
	}

	/** Floor area, square metres. */
	public double area() {
		double a = 0;
		for (int i = 0; i < triangles.length; i += 6) {
			a += Math.abs((triangles[i + 2] - triangles[i]) * (triangles[i + 5] - triangles[i + 1])
					- (triangles[i + 4] - triangles[i]) * (triangles[i + 3] - triangles[i + 1])) / 2;
		}
		return a;
	}

	public boolean contains(double x, double y) {
		if (x < bounds[0] || x > bounds[2] || y < bounds[1] || y > bounds[3]) {
			return false;
		}
		for (int i = 0; i < triangles.length; i += 6) {
			double x0 = triangles[i], y0 = triangles[i + 1], x1 = triangles[i + 2], y1 = triangles[i + 3],
					x2 = triangles[i + 4], y2 = triangles[i + 5];
			double d1 = (x - x1) * (y0 - y1) - (x0 - x1) * (y - y1);
			double d2 = (x - x2) * (y1 - y2) - (x1 - x2) * (y - y2);
			double d3 = (x - x0) * (y2 - y0) - (x2 - x0) * (y - y0);
			boolean neg = d1 < 0 || d2 < 0 || d3 < 0, pos = d1 > 0 || d2 > 0 || d3 > 0;
			if (!(neg && pos)) {
				return true;
			}
		}
		return false;
	}

	/** Distance from a point to the nearest outline edge. */
	public double distanceToOutline(double x, double y) {
		double best = Double.MAX_VALUE;
		for (double[] e : outline) {
			double dx = e[2] - e[0], dy = e[3] - e[1];
			double l2 = dx * dx + dy * dy;
			double k = l2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - e[0]) * dx + (y - e[1]) * dy) / l2));
			best = Math.min(best, Math.hypot(x - e[0] - k * dx, y - e[1] - k * dy));
		}
		return best;
	}

	/** Points on a grid of this spacing that lie inside, at least 0.3 m from the outline. */
	public List<double[]> grid(double spacing) {
		List<double[]> out = new ArrayList<>();
		for (double x = bounds[0] + spacing / 2; x < bounds[2]; x += spacing) {
			for (double y = bounds[1] + spacing / 2; y < bounds[3]; y += spacing) {
				if (contains(x, y) && distanceToOutline(x, y) >= 0.3) {
					out.add(new double[]{x, y});
				}
			}
		}
		return out;
	}
}
