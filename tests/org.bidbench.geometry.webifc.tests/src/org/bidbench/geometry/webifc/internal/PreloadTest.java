package org.bidbench.geometry.webifc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometryOptions;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.Test;

/**
 * A model that web-ifc loaded while our reader read it ({@code GeometryEngine.preload}) gives the
 * same geometry as one loaded when the session opens, and a preload of another file never stands in
 * for the model opened.
 */
class PreloadTest {

	@Test
	void aPreloadedModelIsTakenOverAndGivesTheSameMeshes() throws Exception {
		Path file = Samples.file("AC20-FZK-Haus.ifc");
		WebIfcEngine engine = (WebIfcEngine) GeometryEngines.getDefault();
		IfcModel model = IfcModel.open(file);
		List<ProductGeometry> plain = stream(engine, model, 2);

		engine.preload(file);
		awaitPreload(engine);
		int taken = engine.preloadsTaken();
		List<ProductGeometry> preloaded = stream(engine, IfcModel.open(file), 2);
		assertEquals(taken + 1, engine.preloadsTaken(), "the open took the preloaded model over");
		assertSame(plain, preloaded, "preloaded");
	}

	@Test
	void aPreloadOfAnotherFileIsThrownAwayNotUsed() throws Exception {
		Path other = Samples.file("ISSUE_021_Mini_Project.ifc");
		Path file = Samples.file("AC20-FZK-Haus.ifc");
		WebIfcEngine engine = (WebIfcEngine) GeometryEngines.getDefault();
		IfcModel model = IfcModel.open(file);
		List<ProductGeometry> plain = stream(engine, model, 1);

		engine.preload(other);
		awaitPreload(engine);
		int taken = engine.preloadsTaken();
		List<ProductGeometry> after = stream(engine, model, 1);
		assertEquals(taken, engine.preloadsTaken(), "a preload of " + other.getFileName() + " is not taken for " + file.getFileName());
		assertTrue(!engine.preloadReady(), "the open used the preload up");
		assertSame(plain, after, "after a preload of another file");
	}

	@Test
	void aForgottenPreloadIsNotTakenOver() throws Exception {
		Path file = Samples.file("AC20-FZK-Haus.ifc");
		WebIfcEngine engine = (WebIfcEngine) GeometryEngines.getDefault();
		IfcModel model = IfcModel.open(file);
		List<ProductGeometry> plain = stream(engine, model, 1);

		engine.preload(file);
		awaitPreload(engine);
		engine.forgetPreload();
		assertTrue(!engine.preloadReady(), "forgotten");
		int taken = engine.preloadsTaken();
		List<ProductGeometry> after = stream(engine, model, 1);
		assertEquals(taken, engine.preloadsTaken(), "an open after forgetPreload loads the model itself");
		assertSame(plain, after, "after a forgotten preload");
	}

	private static void assertSame(List<ProductGeometry> expected, List<ProductGeometry> actual, String what) {
		assertEquals(expected.size(), actual.size(), what + ": one result per product");
		for (int i = 0; i < expected.size(); i++) {
			ParallelGeometryTest.assertSameGeometry(expected.get(i), actual.get(i), what + ", result " + i);
		}
	}

	/** Waits until the preload has loaded its file (it runs on a worker thread). */
	private static void awaitPreload(WebIfcEngine engine) throws InterruptedException {
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (!engine.preloadReady()) {
			assertTrue(System.nanoTime() < deadline, "the preload did not load its file within 2 minutes");
			Thread.sleep(10);
		}
	}

	private static List<ProductGeometry> stream(WebIfcEngine engine, IfcModel model, int threads) throws Exception {
		List<ProductGeometry> out = new ArrayList<>();
		try (GeometrySession session = engine.open(model, GeometryOptions.defaults().withThreads(threads))) {
			session.streamAll(out::add, GeometryMonitor.NONE);
		}
		return out;
	}
}
