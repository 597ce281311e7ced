package org.bidbench.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

import org.bidbench.geometry.Colour;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders known boxes offscreen (Mesa llvmpipe under Xvfb) and checks pixels: where each box
 * appears, its colour, picking, hiding, selection highlight, X-ray, sections and culling.
 */
class SceneRenderingTest {

	static final int W = 240, H = 160;
	static final Colour RED = new Colour(0.9f, 0.1f, 0.1f, 1f);
	static final Colour GREEN = new Colour(0.1f, 0.8f, 0.1f, 1f);
	static final Colour BLUE = new Colour(0.1f, 0.2f, 0.9f, 1f);
	static final int BACKGROUND = 0xffffff;

	static Scene scene;
	static OffscreenRenderer renderer;
	Camera camera;

	@BeforeAll
	static void build() {
		scene = new Scene();
		// georeferenced-size coordinates: the scene origin keeps float precision
		double gx = 500_000, gy = 5_000_000;
		scene.add(Boxes.product(11, "A-red-box", "IfcWall", Boxes.box(gx, gy, 0, gx + 1, gy + 1, 1, RED)));
		scene.add(Boxes.product(12, "B-green-box", "IfcSlab", Boxes.box(gx + 3, gy, 0, gx + 4, gy + 1, 1, GREEN)));
		scene.add(Boxes.product(13, "C-blue-box", "IfcColumn", Boxes.box(gx + 1.5, gy + 2, 0, gx + 2.5, gy + 3, 1, BLUE)));
		scene.publish();
		renderer = new OffscreenRenderer(scene, W, H);
		renderer.renderer().setBackground(1f, 1f, 1f);
	}

	@AfterAll
	static void close() {
		renderer.close();
	}

	@BeforeEach
	void topView() {
		scene.showAll();
		scene.select(new BitSet());
		scene.clearColours();
		scene.setSections(List.of());
		camera = new Camera();
		camera.setView(StandardView.TOP);
		camera.fit(scene.bounds(), W / (double) H);
	}

	int[] at(double dx, double dy, double z) {
		return Boxes.project(scene, camera, W, H, 500_000 + dx, 5_000_000 + dy, z);
	}

	static void assertDominant(char channel, RgbImage image, int[] p, String what) {
		int r = image.red(p[0], p[1]), g = image.green(p[0], p[1]), b = image.blue(p[0], p[1]);
		String rgb = what + " at " + p[0] + "," + p[1] + " is rgb(" + r + "," + g + "," + b + ")";
		switch (channel) {
			case 'r' -> assertTrue(r > g + 60 && r > b + 60, rgb);
			case 'g' -> assertTrue(g > r + 60 && g > b + 60, rgb);
			case 'b' -> assertTrue(b > r + 60 && b > g + 60, rgb);
			default -> throw new IllegalArgumentException();
		}
	}

	@Test
	void eachBoxIsDrawnInItsColourWhereItStandsAndTheRestIsBackground() {
		RgbImage image = renderer.render(camera);
		assertDominant('r', image, at(0.5, 0.5, 1), "red box");
		assertDominant('g', image, at(3.5, 0.5, 1), "green box");
		assertDominant('b', image, at(2, 2.5, 1), "blue box");
		int[] gap = at(2, 0.5, 1);
		assertEquals(BACKGROUND, image.rgb(gap[0], gap[1]), "between the boxes is background");
		assertEquals(BACKGROUND, image.rgb(1, 1), "corner is background");
	}

	@Test
	void pickingReturnsTheGlobalIdAndTheTopFacePoint() {
		int[] p = at(3.5, 0.5, 1);
		Pick pick = renderer.pick(camera, p[0], p[1]);
		assertEquals("B-green-box", pick.globalId());
		assertNotNull(pick.point());
		assertEquals(1.0, pick.point()[2], 0.02, "picked point lies on the top face at z=1");
		assertEquals(500_003.5, pick.point()[0], 0.05);
		int[] gap = at(2, 0.5, 1);
		assertFalse(renderer.pick(camera, gap[0], gap[1]).isHit(), "nothing between the boxes");
	}

	@Test
	void hiddenElementsAreNotDrawnNorPicked() {
		scene.setHidden(scene.elementsOf(List.of("A-red-box")), true);
		RgbImage image = renderer.render(camera);
		int[] p = at(0.5, 0.5, 1);
		assertEquals(BACKGROUND, image.rgb(p[0], p[1]));
		assertFalse(renderer.pick(camera, p[0], p[1]).isHit());
		scene.isolate(scene.elementsOf(List.of("A-red-box")));
		image = renderer.render(camera);
		assertDominant('r', image, p, "isolated red box");
		int[] q = at(3.5, 0.5, 1);
		assertEquals(BACKGROUND, image.rgb(q[0], q[1]), "green box hidden by isolating the red one");
	}

	@Test
	void selectionIsHighlightedAndColourByPaintsEachKey() {
		scene.select(scene.elementsOf(List.of("C-blue-box")));
		RgbImage image = renderer.render(camera);
		int[] p = at(2, 2.5, 1);
		int r = image.red(p[0], p[1]), g = image.green(p[0], p[1]), b = image.blue(p[0], p[1]);
		assertTrue(r > 150 && g > 60 && b < 80, "selected box is orange: rgb(" + r + "," + g + "," + b + ")");
		scene.select(new BitSet());
		var legend = scene.colourBy(e -> e.ifcClass().equals("IfcWall") ? "walls" : null);
		assertEquals(1, legend.size());
		image = renderer.render(camera);
		int[] red = at(0.5, 0.5, 1);
		int[] green = at(3.5, 0.5, 1);
		assertTrue(Math.abs(image.rgb(red[0], red[1]) - image.rgb(green[0], green[1])) != 0);
		assertDominant('g', image, green, "green box keeps its own colour");
	}

	@Test
	void xrayGhostsEverythingButTheFocusAndPicksOnlyTheFocus() {
		scene.setXray(scene.elementsOf(List.of("B-green-box")));
		RgbImage image = renderer.render(camera);
		int[] red = at(0.5, 0.5, 1);
		int r = image.red(red[0], red[1]), g = image.green(red[0], red[1]), b = image.blue(red[0], red[1]);
		assertTrue(r > 200 && g > 200 && b > 200, "ghosted red box is nearly background: rgb(" + r + "," + g + "," + b + ")");
		assertTrue(image.rgb(red[0], red[1]) != BACKGROUND, "but not invisible");
		assertDominant('g', image, at(3.5, 0.5, 1), "focus box");
		assertFalse(renderer.pick(camera, red[0], red[1]).isHit(), "ghosts are not picked");
	}

	@Test
	void aSectionCutsTheBoxesOpenAndShowsTheCut() {
		scene.setSections(List.of(SectionPlane.horizontal(0.5)));
		RgbImage image = renderer.render(camera);
		int[] p = at(2, 2.5, 0.5);
		int r = image.red(p[0], p[1]), g = image.green(p[0], p[1]), b = image.blue(p[0], p[1]);
		// looking down into the cut blue box, its inside is drawn in the cut colour (red)
		assertTrue(r > 150 && b < 100, "cut face colour inside the blue box: rgb(" + r + "," + g + "," + b + ")");
		Pick pick = renderer.pick(camera, p[0], p[1]);
		assertEquals("C-blue-box", pick.globalId());
		assertTrue(pick.point()[2] < 0.5, "the pick goes through the cut to the bottom face: " + pick.point()[2]);
	}

	@Test
	void aSectionBoxKeepsWhatIsInsideAndMovesWithItsPlanes() {
		// a box around the blue box's lower half: the red and green boxes lie wholly outside it
		scene.setSections(SectionPlane.box(new org.bidbench.geometry.BoundingBox(500_001.4, 5_000_001.9, -0.1,
				500_002.6, 5_000_003.1, 0.5)));
		assertEquals(6, scene.sections().size());
		RgbImage image = renderer.render(camera);
		FrameStatistics s = renderer.renderer().statistics();
		assertEquals(2, s.elementsCulled(), "red and green are outside the box: " + s);
		assertEquals(12, s.trianglesDrawn(), s.toString());
		assertEquals(BACKGROUND, image.rgb(at(0.5, 0.5, 1)[0], at(0.5, 0.5, 1)[1]) & 0xffffff, "no red box");
		int[] p = at(2, 2.5, 0.5);
		int r = image.red(p[0], p[1]), b = image.blue(p[0], p[1]);
		assertTrue(r > 150 && b < 100, "looking into the cut blue box: rgb(" + r + ",.," + b + ")");

		// PageUp grows the box by moving every plane out along its normal: 3 m more takes in all boxes
		scene.moveSections(3);
		assertEquals(500_005.6, scene.sections().get(0).x(), 1e-6);
		assertEquals(-3.1, scene.sections().get(5).z(), 1e-6);
		renderer.draw(camera);
		assertEquals(0, renderer.renderer().statistics().elementsCulled());
		assertEquals(36, renderer.renderer().statistics().trianglesDrawn());
	}

	@Test
	void aMeasurementIsDrawnOverTheModelUntilCleared() {
		double gx = 500_000, gy = 5_000_000;
		renderer.renderer().setMeasure(new double[]{gx + 0.5, gy + 0.5, 1}, new double[]{gx + 3.5, gy + 0.5, 1});
		RgbImage image = renderer.render(camera);
		int[] mid = at(2, 0.5, 1);
		assertTrue(orangeNear(image, mid), "the line crosses the gap between the boxes at " + mid[0] + "," + mid[1]);
		int[] end = at(0.5, 0.5, 1);
		assertTrue(orangeNear(image, end), "its end point is marked on the red box");
		renderer.renderer().setMeasure(null, null);
		assertTrue(!orangeNear(renderer.render(camera), mid), "cleared");
	}

	@Test
	void aMeasurementLabelIsDrawnAtTheMiddleTheRightWayUp() {
		double gx = 500_000, gy = 5_000_000;
		renderer.renderer().setMeasure(new double[]{gx + 0.5, gy + 0.5, 1}, new double[]{gx + 3.5, gy + 0.5, 1});
		// 24 x 12 pixels: the top half magenta, the bottom half cyan
		int w = 24, h = 12;
		byte[] rgba = new byte[w * h * 4];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int o = 4 * (y * w + x);
				rgba[o] = (byte) (y < h / 2 ? 255 : 0);
				rgba[o + 1] = (byte) (y < h / 2 ? 0 : 255);
				rgba[o + 2] = (byte) 255;
				rgba[o + 3] = (byte) 255;
			}
		}
		renderer.renderer().setMeasureLabel(new double[]{gx + 2, gy + 0.5, 1}, rgba, w, h);
		RgbImage image = renderer.render(camera);
		int[] mid = at(2, 0.5, 1);
		int above = image.rgb(mid[0], mid[1] - 3), below = image.rgb(mid[0], mid[1] + 3);
		assertEquals(0xff00ff, above, "the label's top row is drawn above the anchor: " + Integer.toHexString(above));
		assertEquals(0x00ffff, below, "and its bottom row below: " + Integer.toHexString(below));
		assertTrue(image.rgb(mid[0] + w, mid[1]) != 0xff00ff && image.rgb(mid[0] + w, mid[1]) != 0x00ffff,
				"the label keeps its own size in pixels");
		renderer.renderer().setMeasure(null, null);
		int cleared = renderer.render(camera).rgb(mid[0], mid[1] - 3);
		assertTrue(cleared != 0xff00ff, "no label without a measurement");
		renderer.renderer().setMeasureLabel(null, null, 0, 0);
	}

	/** Whether the selection orange is within a pixel of a point. */
	static boolean orangeNear(RgbImage image, int[] p) {
		for (int dx = -1; dx <= 1; dx++) {
			for (int dy = -1; dy <= 1; dy++) {
				int r = image.red(p[0] + dx, p[1] + dy), g = image.green(p[0] + dx, p[1] + dy), b = image.blue(p[0] + dx, p[1] + dy);
				if (r > 220 && g > 100 && g < 180 && b < 60) {
					return true;
				}
			}
		}
		return false;
	}

	@Test
	void aBoxSelectFindsWhatShowsInTheBox() {
		int[] from = at(-0.2, -0.2, 1), to = at(2.7, 3.2, 1);
		BitSet found = renderer.pickRegion(camera, from[0], from[1], to[0], to[1]);
		assertEquals(scene.elementsOf(List.of("A-red-box", "C-blue-box")), found, "red and blue, not green at x 3..4");
		assertEquals(found, renderer.pickRegion(camera, to[0], to[1], from[0], from[1]), "corners in any order");
		scene.setHidden(scene.elementsOf(List.of("C-blue-box")), true);
		assertEquals(scene.elementsOf(List.of("A-red-box")), renderer.pickRegion(camera, from[0], from[1], to[0], to[1]),
				"hidden elements are not found");
		int[] empty = at(2.6, 0.2, 1);
		assertTrue(renderer.pickRegion(camera, empty[0], empty[1], empty[0] + 2, empty[1] + 2).isEmpty(), "background only");
	}

	@Test
	void elementsOutsideTheViewAreCulledAndBatchesDrawInOneCall() {
		renderer.draw(camera);
		FrameStatistics all = renderer.renderer().statistics();
		assertEquals(36, all.trianglesDrawn());
		assertEquals(0, all.elementsCulled());
		assertEquals(3, all.drawCalls(), "one multi-draw per colour batch");
		camera.setView(StandardView.TOP);
		camera.fit(scene.bounds(scene.elementsOf(List.of("A-red-box"))), W / (double) H);
		camera.setDistance(camera.distance() * 0.5);
		renderer.draw(camera);
		FrameStatistics zoomed = renderer.renderer().statistics();
		assertTrue(zoomed.elementsCulled() >= 2, "green and blue boxes are outside: " + zoomed);
		assertEquals(12, zoomed.trianglesDrawn());
	}

	@Test
	void viewpointRestoresCameraAndStateAndPngIsWritten(@TempDir Path dir) throws Exception {
		camera.setView(StandardView.ISO);
		camera.fit(scene.bounds(), W / (double) H);
		scene.setHidden(scene.elementsOf(List.of("C-blue-box")), true);
		scene.select(scene.elementsOf(List.of("A-red-box")));
		Viewpoint saved = Viewpoint.capture("iso without blue", scene, camera);
		RgbImage before = renderer.render(camera);
		scene.showAll();
		scene.select(new BitSet());
		RgbImage after = renderer.render(saved);
		assertEquals(0, countDifferences(before, after), "the viewpoint gives the same image");
		Path png = dir.resolve("iso.png");
		after.writePng(png);
		byte[] bytes = Files.readAllBytes(png);
		assertEquals((byte) 0x89, bytes[0]);
		assertEquals('P', bytes[1]);
		assertTrue(bytes.length > 200);
	}

	@Test
	void orthographicTopViewDrawsTheBoxesToo() {
		camera.setOrthographic(true);
		RgbImage image = renderer.render(camera);
		assertDominant('r', image, at(0.5, 0.5, 1), "red box");
		assertNull(renderer.pick(camera, 1, 1).globalId());
	}

	static int countDifferences(RgbImage a, RgbImage b) {
		int n = 0;
		for (int i = 0; i < a.pixels().length; i++) {
			if (a.pixels()[i] != b.pixels()[i]) {
				n++;
			}
		}
		return n;
	}
}
