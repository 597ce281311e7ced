package org.bidbench.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bidbench.geometry.Colour;
import org.bidbench.geometry.Mesh;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Levels of detail drawn offscreen (Mesa llvmpipe under Xvfb): a finely faceted ball and a one
 * centimetre cube, seen near and far. Near, everything is drawn as given; far, the ball is drawn
 * coarser and the cube not at all, and the picture stays the same to within a few pixels.
 */
class LevelOfDetailTest {

	static final int W = 320, H = 240;
	static final Colour GREY = new Colour(0.7f, 0.7f, 0.7f, 1f);
	/** 256 x 128 facets on a 1 m radius: edges of about 2.5 cm, finer than the first level's 2 cm cells can keep. */
	static final int SLICES = 256, STACKS = 128;

	static Scene scene;
	static OffscreenRenderer renderer;
	static long ballTriangles;

	@BeforeAll
	static void build() {
		scene = new Scene();
		Mesh ball = ball(0, 0, 1, 1, GREY);
		ballTriangles = ball.triangleCount();
		scene.add(Boxes.product(1, "ball", "IfcFurnishingElement", ball));
		scene.add(Boxes.product(2, "tiny-cube", "IfcMechanicalFastener", Boxes.box(1.5, 0, 0, 1.51, 0.01, 0.01, GREY)));
		scene.publish();
		renderer = new OffscreenRenderer(scene, W, H);
		renderer.renderer().setBackground(1f, 1f, 1f);
	}

	@AfterAll
	static void close() {
		renderer.close();
	}

	@AfterEach
	void defaultSimplification() {
		renderer.renderer().setSimplification(1f);
		renderer.renderer().setOcclusionCulling(true);
	}

	/** The camera looking at the ball's centre from {@code distance} metres. */
	static Camera at(double distance) {
		Camera camera = new Camera();
		camera.setView(StandardView.ISO);
		camera.setTarget(0, 0, 1);
		camera.setDistance(distance);
		return camera;
	}

	@Test
	void nearEverythingIsDrawnAsGiven() {
		// at 6 m a pixel is about 2 cm, less than the 3.5 cm diagonal of the finest cell: no level fits in it
		FrameStatistics s = renderer.draw(at(6));
		assertEquals(ballTriangles + 12, s.trianglesDrawn(), s.toString());
		assertEquals(0, s.elementsSimplified(), s.toString());
		assertEquals(0, s.elementsCulled(), s.toString());
	}

	@Test
	void farTheBallIsCoarserTheCubeGoneAndThePictureTheSame() {
		Camera far = at(14);
		FrameStatistics s = renderer.draw(far);
		assertEquals(1, s.elementsSimplified(), "the ball: " + s);
		assertEquals(1, s.elementsCulled(), "the cube, 1 cm at 14 m, is a quarter of a pixel: " + s);
		// a level is only kept where it saves a quarter of the triangles
		assertTrue(s.trianglesDrawn() <= ballTriangles * 3 / 4, "coarse ball: " + s + " of " + ballTriangles);
		RgbImage coarse = renderer.render(far);

		renderer.renderer().setSimplification(0);
		// occlusion culling would skip the cube too: its box covers no pixel's sample at 14 m
		renderer.renderer().setOcclusionCulling(false);
		FrameStatistics full = renderer.draw(far);
		assertEquals(ballTriangles + 12, full.trianglesDrawn(), "0 px: full detail: " + full);
		RgbImage exact = renderer.render(far);

		int ballPixels = exact.countDifferentFrom(0xffffff, 8);
		assertTrue(ballPixels > 1000, "the ball covers " + ballPixels + " pixels");
		int differ = exact.countDifferentFrom(coarse, 24);
		// the silhouette may move by under a pixel, and only there: a thin ring, not the ball's area
		assertTrue(differ < ballPixels / 50, differ + " of the ball's " + ballPixels + " pixels differ");
	}

	@Test
	void pickingIsExactWhateverIsDrawn() {
		Camera far = at(14);
		renderer.draw(far);
		Pick pick = renderer.pick(far, W / 2, H / 2);
		assertEquals("ball", pick.globalId());
		// the full-detail surface: the point is on the ball to within a millimetre
		double[] p = pick.point();
		double r = Math.sqrt(p[0] * p[0] + p[1] * p[1] + (p[2] - 1) * (p[2] - 1));
		assertEquals(1.0, r, 0.005, "picked point at radius " + r);
	}

	@Test
	void theBaselineDrawsTheMeshesAsGivenNotTheirCoarseLevels() {
		assertEquals(ballTriangles + 12, scene.triangleCount());
		assertEquals(scene.triangleCount(), renderer.drawBaseline(at(14)).trianglesDrawn());
	}

	@Test
	void aNegativeErrorIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> renderer.renderer().setSimplification(-1));
		assertThrows(IllegalArgumentException.class, () -> renderer.renderer().setSimplification(Float.NaN));
	}

	/** A UV sphere with a normal per facet, as a tessellator of solids gives them. */
	static Mesh ball(double cx, double cy, double cz, double radius, Colour colour) {
		int triangles = 2 * SLICES * (STACKS - 1);
		float[] p = new float[9 * triangles];
		float[] n = new float[9 * triangles];
		int[] idx = new int[3 * triangles];
		int t = 0;
		for (int i = 0; i < STACKS; i++) {
			for (int j = 0; j < SLICES; j++) {
				double[] a = point(i, j), b = point(i + 1, j), c = point(i + 1, j + 1), d = point(i, j + 1);
				if (i > 0) {
					t = facet(p, n, idx, t, a, b, d, cx, cy, cz, radius);
				}
				if (i < STACKS - 1) {
					t = facet(p, n, idx, t, d, b, c, cx, cy, cz, radius);
				}
			}
		}
		return new Mesh(p, n, idx, colour, 1);
	}

	private static double[] point(int stack, int slice) {
		double theta = Math.PI * stack / STACKS, phi = 2 * Math.PI * slice / SLICES;
		return new double[]{Math.sin(theta) * Math.cos(phi), Math.sin(theta) * Math.sin(phi), Math.cos(theta)};
	}

	private static int facet(float[] p, float[] n, int[] idx, int t, double[] a, double[] b, double[] c, double cx,
			double cy, double cz, double radius) {
		double ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2];
		double vx = c[0] - a[0], vy = c[1] - a[1], vz = c[2] - a[2];
		double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
		double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
		double[][] corners = {a, b, c};
		for (int k = 0; k < 3; k++) {
			int v = 3 * t + k;
			p[3 * v] = (float) (cx + radius * corners[k][0]);
			p[3 * v + 1] = (float) (cy + radius * corners[k][1]);
			p[3 * v + 2] = (float) (cz + radius * corners[k][2]);
			n[3 * v] = (float) (nx / length);
			n[3 * v + 1] = (float) (ny / length);
			n[3 * v + 2] = (float) (nz / length);
			idx[v] = v;
		}
		return t + 1;
	}
}
