package org.bidbench.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ModelImporters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The viewer's means for big models on a real sample (the Institute, tessellated by the default
 * engine, drawn by Mesa llvmpipe under Xvfb): simplified meshes, progressive rendering and occlusion
 * culling. Pictures are compared pixel for pixel with the plainest frame: full detail, no occlusion
 * culling.
 */
class BigModelRenderingTest {

	static final int W = 480, H = 320;
	static final String SAMPLE = "AC11-Institute-Var-2-IFC.ifc";

	static Scene scene;
	static OffscreenRenderer renderer;

	@BeforeAll
	static void load() throws Exception {
		scene = sample(SAMPLE);
		renderer = new OffscreenRenderer(scene, W, H);
	}

	@AfterAll
	static void close() {
		if (renderer != null) {
			renderer.close();
		}
	}

	@AfterEach
	void defaults() {
		SceneRenderer r = renderer.renderer();
		r.setMoving(false);
		r.setSimplification(1f);
		r.setMovingSimplification(6f);
		r.setOcclusionCulling(true);
		renderer.setMovingScale(OffscreenRenderer.MOVING_SCALE);
	}

	/**
	 * Every coarse level of every element: fewer triangles, and within the element's box (clustering
	 * moves vertices to their cell's mean), and spanning it: every side of a level's box is within one
	 * cell of that axis (at most a 2.5th of the element's extent there) of the element's, so a thin slab
	 * keeps its broad faces apart and a window does not lose its jambs. An element larger than a cell
	 * keeps triangles at every level (it would cover pixels where that level is drawn).
	 */
	@Test
	void aSimplifiedMeshStaysInItsBoundsAndHasFewerTriangles() {
		int simplified = 0;
		for (MeshBatch b : scene.batches()) {
			float[] p = positions(b);
			for (int r = 0; r < b.rangeCount(); r++) {
				for (int level = 1; level < MeshBatch.LEVELS; level++) {
					int first = b.lodFirst[MeshBatch.LEVELS * r + level], count = b.lodCount[MeshBatch.LEVELS * r + level];
					if (count == 0) {
						float extent = 0;
						for (int k = 0; k < 3; k++) {
							extent = Math.max(extent, b.rangeBounds[6 * r + 3 + k] - b.rangeBounds[6 * r + k]);
						}
						assertTrue(extent < MeshBatch.LOD_CELLS[level - 1], "range " + r + " (" + extent
								+ " m) vanishes at level " + level + " of cell " + MeshBatch.LOD_CELLS[level - 1]);
						continue;
					}
					if (first == b.rangeFirst[r]) {
						continue; // the mesh as given
					}
					simplified++;
					assertTrue(count < b.rangeCount[r], "level " + level + " of range " + r + ": " + count / 3 + " triangles of "
							+ b.rangeCount[r] / 3);
					float[] box = bounds(b, p, first, count);
					for (int k = 0; k < 3; k++) {
						float min = b.rangeBounds[6 * r + k], max = b.rangeBounds[6 * r + 3 + k];
						assertTrue(box[k] >= min - 1e-4f && box[3 + k] <= max + 1e-4f, "range " + r + " level " + level + " axis "
								+ k + ": [" + box[k] + ", " + box[3 + k] + "] outside [" + min + ", " + max + "]");
						float reach = MeshBatch.Clusterer.axisCell(MeshBatch.LOD_CELLS[level - 1], max - min) + 1e-4f;
						assertTrue(box[k] <= min + reach && box[3 + k] >= max - reach, "range " + r + " level " + level + " axis "
								+ k + ": [" + box[k] + ", " + box[3 + k] + "] does not span [" + min + ", " + max + "]");
					}
				}
			}
		}
		assertTrue(simplified > 10, "the Institute has meshes worth simplifying: " + simplified);
	}

	@Test
	void theStillFrameAfterMovingIsTheFullDetailFrame() {
		SceneRenderer r = renderer.renderer();
		r.setSimplification(0);
		r.setMovingSimplification(4);
		Camera camera = OrbitBenchmark.startCamera(scene, W, H);
		camera.setDistance(camera.distance() * 0.6); // closer: parts hide others, and levels differ by distance
		r.setMoving(true);
		long movingTriangles = 0;
		for (int i = 0; i < 12; i++) {
			camera.orbit(40, 8);
			movingTriangles = renderer.draw(camera).trianglesDrawn();
		}
		RgbImage moving = renderer.render(camera);
		r.setMoving(false);
		FrameStatistics stillStatistics = renderer.draw(camera);
		RgbImage still = renderer.render(camera);

		r.setOcclusionCulling(false);
		RgbImage reference = renderer.render(camera);
		assertTrue(movingTriangles < stillStatistics.trianglesDrawn(),
				"moving frames are coarser: " + movingTriangles + " triangles against " + stillStatistics);
		assertEquals(0, reference.countDifferentFrom(still, 0), "pixels of the still frame off full detail ("
				+ reference.countDifferentFrom(moving, 0) + " in the last moving frame)");
	}

	/**
	 * Moving frames are drawn at half the width and height and stretched (by default, as the workbench
	 * does): the whole picture, not a corner of it, and not the full-size frame; the still frame after
	 * them is full size and exact.
	 */
	@Test
	void movingFramesAreDrawnReducedAndTheStillFrameAtFullSize() {
		SceneRenderer r = renderer.renderer();
		assertEquals(0.5f, renderer.movingScale(), "the default moving scale");
		r.setSimplification(0);
		r.setMovingSimplification(0); // full detail while moving too: only the resolution differs
		r.setOcclusionCulling(false);
		Camera camera = OrbitBenchmark.startCamera(scene, W, H);
		RgbImage reference = renderer.render(camera);
		int background = reference.rgb(0, 0);
		int modelPixels = reference.countDifferentFrom(background, 0);

		r.setMoving(true);
		renderer.setMovingScale(1);
		RgbImage movingFullSize = renderer.render(camera);
		renderer.setMovingScale(0.5f);
		RgbImage moving = renderer.render(camera);
		assertEquals(0, reference.countDifferentFrom(movingFullSize, 0), "a moving frame at scale 1 is the full frame");
		int blurred = reference.countDifferentFrom(moving, 0);
		assertTrue(blurred > 0, "the moving frame is drawn at half size and stretched, so its edges differ");
		// the same picture over the whole image: a frame left in the lower left quarter, or not stretched,
		// would leave most of the model's pixels wrong
		int off = reference.countDifferentFrom(moving, 24);
		assertTrue(off < modelPixels / 4, off + " pixels of the stretched moving frame are off by more than 24 (the model covers "
				+ modelPixels + ")");

		r.setMoving(false);
		RgbImage still = renderer.render(camera);
		assertEquals(0, reference.countDifferentFrom(still, 0), "the still frame after moving is full size and exact");
		Assertions.assertThrows(IllegalArgumentException.class, () -> renderer.setMovingScale(0));
	}

	@Test
	void occlusionCullingDoesNotChangeTheStillPicture() {
		SceneRenderer r = renderer.renderer();
		Camera camera = OrbitBenchmark.startCamera(scene, W, H);
		int occludedSomewhere = 0;
		for (int view = 0; view < 6; view++) {
			camera.orbit(130, view % 2 == 0 ? 10 : -10);
			r.setOcclusionCulling(true);
			renderer.draw(camera); // the first frame here asks which cells show
			FrameStatistics culled = renderer.draw(camera);
			int occluded = r.occludedElements();
			occludedSomewhere += occluded;
			RgbImage withCulling = renderer.render(camera);
			r.setOcclusionCulling(false);
			FrameStatistics all = renderer.draw(camera);
			RgbImage without = renderer.render(camera);
			assertEquals(0, without.countDifferentFrom(withCulling, 0),
					"view " + view + ": " + occluded + " elements skipped as hidden, " + culled + " against " + all);
			assertTrue(culled.trianglesDrawn() <= all.trianglesDrawn(), culled + " against " + all);
		}
		assertTrue(occludedSomewhere > 0, "somewhere around the Institute, parts hide others");
	}

	private static float[] positions(MeshBatch b) {
		float[] p = new float[3 * b.vertexCount];
		for (int v = 0; v < b.vertexCount; v++) {
			for (int k = 0; k < 3; k++) {
				p[3 * v + k] = b.vertices.getFloat(MeshBatch.STRIDE * v + 4 * k);
			}
		}
		return p;
	}

	private static float[] bounds(MeshBatch b, float[] p, int first, int count) {
		float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE,
				-Float.MAX_VALUE};
		for (int i = first; i < first + count; i++) {
			int v = b.indices.get(i);
			for (int k = 0; k < 3; k++) {
				box[k] = Math.min(box[k], p[3 * v + k]);
				box[3 + k] = Math.max(box[3 + k], p[3 * v + k]);
			}
		}
		return box;
	}

	/** A shared sample tessellated by the default engine; skipped outside CI where the samples are absent. */
	static Scene sample(String name) throws Exception {
		String folder = System.getProperty("bidbench.samples");
		Path file = folder == null ? null : Path.of(folder, name);
		if (file == null || !Files.isRegularFile(file)) {
			String ci = System.getenv("CI");
			if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
				Assertions.fail("no sample at " + file + " but CI is set: the CI machine must provide ../shared/samples/ifc");
			}
			Assumptions.assumeTrue(false, "skipped: no sample at " + file);
		}
		IfcModel model = ModelImporters.open(file);
		GeometryEngine engine = GeometryEngines.getDefault();
		Scene s = new Scene();
		try (GeometrySession session = engine.open(model)) {
			session.streamAll(s::add, GeometryMonitor.NONE);
		}
		s.publish();
		return s;
	}
}
