package org.bidbench.geometry.webifc.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometryOptions;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.Mesh;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.EngineQuantitySource;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Several runtimes tessellating disjoint shares of a model give exactly what one runtime gives:
 * the same products in the same order, the same meshes to the last bit, the same take-off.
 */
class ParallelGeometryTest {

	@TestFactory
	Stream<DynamicTest> twoAndThreeRuntimesGiveTheMeshesAndTakeoffOfOneOnEverySample() throws Exception {
		return Samples.all().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
	}

	private static void check(Path file) throws Exception {
		IfcModel model = IfcModel.open(file);
		GeometryEngine engine = GeometryEngines.getDefault();
		List<ProductGeometry> one = stream(engine, model, 1);
		TakeoffResult takeoffOne = takeoff(engine, model, 1);
		long meshed = one.stream().filter(ProductGeometry::isMeshed).count();
		for (int threads : new int[]{2, 3}) {
			try (GeometrySession session = engine.open(model, GeometryOptions.defaults().withThreads(threads))) {
				int expected = Math.min(threads, session.products().size());
				assertEquals(expected, ((WebIfcSession) session).runtimes(session.products().size()),
						"the session of " + file.getFileName() + " uses " + expected + " runtimes");
			}
			List<ProductGeometry> many = stream(engine, model, threads);
			assertEquals(one.size(), many.size(), file.getFileName() + ": one result per product at " + threads + " threads");
			for (int i = 0; i < one.size(); i++) {
				assertSameGeometry(one.get(i), many.get(i), file.getFileName() + " at " + threads + " threads, result " + i);
			}
			assertEquals(takeoffOne, takeoff(engine, model, threads), file.getFileName() + ": the take-off at " + threads + " threads");
		}
		System.out.printf("%s: %d products (%d meshed), %d take-off lines: the same at 1, 2 and 3 runtimes%n", file.getFileName(),
				one.size(), meshed, takeoffOne.lines().size());
	}

	private static List<ProductGeometry> stream(GeometryEngine engine, IfcModel model, int threads) throws Exception {
		List<ProductGeometry> out = new ArrayList<>();
		try (GeometrySession session = engine.open(model, GeometryOptions.defaults().withThreads(threads))) {
			session.streamAll(out::add, GeometryMonitor.NONE);
		}
		return out;
	}

	private static TakeoffResult takeoff(GeometryEngine engine, IfcModel model, int threads) throws Exception {
		try (GeometrySession session = engine.open(model, GeometryOptions.defaults().withThreads(threads))) {
			return new TakeoffSession(model, new EngineQuantitySource(session, engine.name(), null))
					.run(RulePacks.builtIn(RulePacks.GENERAL));
		}
	}

	static void assertSameGeometry(ProductGeometry a, ProductGeometry b, String where) {
		assertEquals(a.productId(), b.productId(), where + ": product order");
		String what = where + " #" + a.productId() + " " + a.ifcClass();
		assertEquals(a.globalId(), b.globalId(), what);
		assertEquals(a.status(), b.status(), what + ": " + b.failureReason());
		assertEquals(a.openings(), b.openings(), what);
		assertEquals(a.meshes().size(), b.meshes().size(), what + ": meshes");
		for (int m = 0; m < a.meshes().size(); m++) {
			Mesh x = a.meshes().get(m);
			Mesh y = b.meshes().get(m);
			String mesh = what + " mesh " + m;
			assertEquals(x.representationItemId(), y.representationItemId(), mesh);
			assertArrayEquals(x.positions(), y.positions(), mesh + ": vertices");
			assertArrayEquals(x.normals(), y.normals(), mesh + ": normals");
			assertArrayEquals(x.indices(), y.indices(), mesh + ": indices");
			assertEquals(x.colour(), y.colour(), mesh + ": colour");
		}
	}

	@Test
	void automaticChoiceUsesOneRuntimeForASmallModelAndNeverMoreThanTheCores() throws Exception {
		IfcModel small = IfcModel.open(Samples.file("Sample_entities.ifc"));
		IfcModel large = IfcModel.open(Samples.file("ISSUE_021_Mini_Project.ifc"));
		GeometryEngine engine = GeometryEngines.getDefault();
		try (GeometrySession s = engine.open(small); GeometrySession l = engine.open(large)) {
			assertEquals(1, ((WebIfcSession) s).runtimes(s.products().size()), "a model of " + s.products().size() + " products");
			int runtimes = ((WebIfcSession) l).runtimes(l.products().size());
			assertTrue(runtimes >= 1 && runtimes <= Runtime.getRuntime().availableProcessors(), runtimes + " runtimes");
		}
	}
}
