package org.bidbench.viewer;

import java.util.List;

import org.bidbench.geometry.Colour;
import org.bidbench.geometry.Mesh;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.geometry.ProductGeometry.OpeningTreatment;
import org.bidbench.geometry.ProductGeometry.Status;

/** Products made of axis-aligned boxes, for tests that know exactly where each pixel should be. */
final class Boxes {

	private Boxes() {
	}

	/** A closed box, 24 vertices with face normals, counter-clockwise from outside. */
	static Mesh box(double x0, double y0, double z0, double x1, double y1, double z1, Colour colour) {
		float[][] corners = new float[8][];
		for (int i = 0; i < 8; i++) {
			corners[i] = new float[]{(float) ((i & 1) == 0 ? x0 : x1), (float) ((i & 2) == 0 ? y0 : y1),
					(float) ((i & 4) == 0 ? z0 : z1)};
		}
		// each face: four corners counter-clockwise seen from outside, and its normal
		int[][] faces = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4}, {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
		float[][] normals = {{0, 0, -1}, {0, 0, 1}, {0, -1, 0}, {0, 1, 0}, {-1, 0, 0}, {1, 0, 0}};
		float[] p = new float[72];
		float[] n = new float[72];
		int[] idx = new int[36];
		for (int f = 0; f < 6; f++) {
			for (int k = 0; k < 4; k++) {
				System.arraycopy(corners[faces[f][k]], 0, p, 12 * f + 3 * k, 3);
				System.arraycopy(normals[f], 0, n, 12 * f + 3 * k, 3);
			}
			int b = 4 * f;
			int[] tri = {b, b + 1, b + 2, b, b + 2, b + 3};
			System.arraycopy(tri, 0, idx, 6 * f, 6);
		}
		return new Mesh(p, n, idx, colour, 1000 + (int) (x0 * 10));
	}

	static ProductGeometry product(int id, String globalId, String ifcClass, Mesh... meshes) {
		return new ProductGeometry(id, globalId, ifcClass, Status.MESHED, List.of(meshes), OpeningTreatment.NO_OPENINGS,
				null);
	}

	/** The pixel (x from left, y from top) where a world point is drawn. */
	static int[] project(Scene scene, Camera camera, int width, int height, double x, double y, double z) {
		double[] o = scene.origin();
		double[] m = camera.computeDouble(o, width, height, 0.05, 1000);
		double lx = x - o[0], ly = y - o[1], lz = z - o[2];
		double cx = m[0] * lx + m[4] * ly + m[8] * lz + m[12];
		double cy = m[1] * lx + m[5] * ly + m[9] * lz + m[13];
		double cw = m[3] * lx + m[7] * ly + m[11] * lz + m[15];
		return new int[]{(int) ((cx / cw + 1) / 2 * width), (int) ((1 - cy / cw) / 2 * height)};
	}
}
