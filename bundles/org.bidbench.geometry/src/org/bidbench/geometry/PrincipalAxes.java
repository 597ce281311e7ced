package org.bidbench.geometry;

import java.util.Collection;
import java.util.OptionalDouble;

/** The principal axes of a surface (area-weighted second moments), for the length of long elements. */
final class PrincipalAxes {

	private PrincipalAxes() {
	}

	/** The extent along the main axis when it dominates, else empty. */
	static OptionalDouble dominantLength(Collection<Mesh> meshes) {
		double[] sum = new double[3];
		double[][] m2 = new double[3][3];
		double total = 0;
		double[] origin = null;
		for (Mesh mesh : meshes) {
			float[] p = mesh.positions();
			int[] idx = mesh.indices();
			if (p.length == 0) {
				continue;
			}
			if (origin == null) {
				origin = new double[]{p[0], p[1], p[2]};
			}
			double ox = origin[0], oy = origin[1], oz = origin[2];
			for (int t = 0; t < idx.length; t += 3) {
				// Plain locals, not small arrays: this runs once per triangle of the whole model.
				int i0 = 3 * idx[t], i1 = 3 * idx[t + 1], i2 = 3 * idx[t + 2];
				double x0 = p[i0] - ox, y0 = p[i0 + 1] - oy, z0 = p[i0 + 2] - oz;
				double x1 = p[i1] - ox, y1 = p[i1 + 1] - oy, z1 = p[i1 + 2] - oz;
				double x2 = p[i2] - ox, y2 = p[i2 + 1] - oy, z2 = p[i2 + 2] - oz;
				double ux = x1 - x0, uy = y1 - y0, uz = z1 - z0;
				double wx = x2 - x0, wy = y2 - y0, wz = z2 - z0;
				double cx = uy * wz - uz * wy, cy = uz * wx - ux * wz, cz = ux * wy - uy * wx;
				double a = 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
				if (a == 0) {
					continue;
				}
				total += a;
				double sX = x0 + x1 + x2, sY = y0 + y1 + y2, sZ = z0 + z1 + z2;
				sum[0] += a * sX / 3;
				sum[1] += a * sY / 3;
				sum[2] += a * sZ / 3;
				// Exact second moment of a triangle: A/12 (sum v v^T + s s^T); symmetric, so six terms.
				double k = a / 12;
				m2[0][0] += k * (x0 * x0 + x1 * x1 + x2 * x2 + sX * sX);
				m2[1][1] += k * (y0 * y0 + y1 * y1 + y2 * y2 + sY * sY);
				m2[2][2] += k * (z0 * z0 + z1 * z1 + z2 * z2 + sZ * sZ);
				m2[0][1] += k * (x0 * y0 + x1 * y1 + x2 * y2 + sX * sY);
				m2[0][2] += k * (x0 * z0 + x1 * z1 + x2 * z2 + sX * sZ);
				m2[1][2] += k * (y0 * z0 + y1 * z1 + y2 * z2 + sY * sZ);
			}
		}
		m2[1][0] = m2[0][1];
		m2[2][0] = m2[0][2];
		m2[2][1] = m2[1][2];
		if (total == 0 || origin == null) {
			return OptionalDouble.empty();
		}
		double[][] cov = new double[3][3];
		for (int i = 0; i < 3; i++) {
			for (int j = 0; j < 3; j++) {
				cov[i][j] = m2[i][j] / total - (sum[i] / total) * (sum[j] / total);
			}
		}
		double[][] axes = jacobiEigenvectors(cov);
		double[] extent = new double[3];
		for (int k = 0; k < 3; k++) {
			double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
			for (Mesh mesh : meshes) {
				float[] p = mesh.positions();
				for (int v = 0; v < p.length; v += 3) {
					double d = (p[v] - origin[0]) * axes[k][0] + (p[v + 1] - origin[1]) * axes[k][1]
							+ (p[v + 2] - origin[2]) * axes[k][2];
					lo = Math.min(lo, d);
					hi = Math.max(hi, d);
				}
			}
			extent[k] = hi - lo;
		}
		java.util.Arrays.sort(extent);
		return extent[2] >= MeshQuantities.DOMINANT_AXIS_RATIO * extent[1]
				? OptionalDouble.of(extent[2])
				: OptionalDouble.empty();
	}

	/** Eigenvectors (as rows) of a symmetric 3x3 matrix by cyclic Jacobi rotations. */
	static double[][] jacobiEigenvectors(double[][] matrix) {
		double[][] a = {matrix[0].clone(), matrix[1].clone(), matrix[2].clone()};
		double[][] v = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
		for (int sweep = 0; sweep < 50; sweep++) {
			double off = a[0][1] * a[0][1] + a[0][2] * a[0][2] + a[1][2] * a[1][2];
			if (off < 1e-30) {
				break;
			}
			for (int p = 0; p < 2; p++) {
				for (int q = p + 1; q < 3; q++) {
					if (Math.abs(a[p][q]) < 1e-300) {
						continue;
					}
					double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
					double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
					if (theta == 0) {
						t = 1;
					}
					double c = 1 / Math.sqrt(t * t + 1);
					double s = t * c;
					for (int k = 0; k < 3; k++) {
						double akp = a[k][p], akq = a[k][q];
						a[k][p] = c * akp - s * akq;
						a[k][q] = s * akp + c * akq;
					}
					for (int k = 0; k < 3; k++) {
						double apk = a[p][k], aqk = a[q][k];
						a[p][k] = c * apk - s * aqk;
						a[q][k] = s * apk + c * aqk;
					}
					for (int k = 0; k < 3; k++) {
						double vkp = v[k][p], vkq = v[k][q];
						v[k][p] = c * vkp - s * vkq;
						v[k][q] = s * vkp + c * vkq;
					}
				}
			}
		}
		// Columns of v are the eigenvectors; return them as rows.
		return new double[][]{{v[0][0], v[1][0], v[2][0]}, {v[0][1], v[1][1], v[2][1]},
				{v[0][2], v[1][2], v[2][2]}};
	}
}
