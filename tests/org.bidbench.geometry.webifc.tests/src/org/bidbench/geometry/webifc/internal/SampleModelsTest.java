package org.bidbench.geometry.webifc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.Mesh;
import org.bidbench.geometry.MeshQuantities;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.geometry.ProductGeometry.Status;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every sample through the engine found by the extension point, inside OSGi. */
class SampleModelsTest {

	@Test
	void ourEngineIsTheDefault() throws Exception {
		assertEquals("webifc", GeometryEngines.defaultEngineId());
		GeometryEngine engine = GeometryEngines.getDefault();
		assertTrue(engine instanceof WebIfcEngine, engine.getClass().getName());
		assertEquals("0.0.78", ((WebIfcEngine) engine).webIfcVersion());
	}

	@TestFactory
	Stream<DynamicTest> idsAgreeAndBodiesAreMeshedOnEverySample() throws Exception {
		return Samples.all().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
	}

	private static void check(Path file) throws Exception {
		IfcModel model = IfcModel.open(file);
		GeometryEngine engine = GeometryEngines.getDefault();
		Map<Integer, ProductGeometry> results = new HashMap<>();
		List<String> failures = new ArrayList<>();
		int[] progress = {0};
		try (GeometrySession session = engine.open(model)) {
			session.streamAll(r -> {
				assertTrue(results.put(r.productId(), r) == null, "one result per product: #" + r.productId());
				if (r.status() == Status.FAILED) {
					failures.add("#" + r.productId() + " " + r.globalId() + ": " + r.failureReason());
				}
			}, new GeometryMonitor() {
				@Override
				public void worked(int done, int total) {
					progress[0] = done;
				}
			});
			assertEquals(session.products().size(), results.size(), "one result per product");
			assertEquals(results.size(), progress[0], "progress reaches the total");

			// Ids and GlobalIds agree with IfcModel for every product reported.
			for (ProductGeometry r : results.values()) {
				IfcEntity e = model.entity(r.productId());
				assertNotNull(e, "product #" + r.productId() + " exists in IfcModel");
				assertEquals(e.globalId(), r.globalId(), "GlobalId of #" + r.productId());
				assertEquals(e.typeName(), r.ifcClass(), "class of #" + r.productId());
				// Some exporters repeat GlobalIds (Allplan): byGlobalId then finds one of them.
				assertEquals(r.globalId(), model.byGlobalId(r.globalId()).globalId(), "byGlobalId(" + r.globalId() + ")");
			}

			// Every element web-ifc's own StreamAllMeshes gives a mesh is a product of ours, with the
			// same GlobalId as web-ifc reads, and is meshed by us too.
			WebIfcSession webIfc = (WebIfcSession) session;
			int[] streamed = webIfc.streamedIds();
			for (int id : streamed) {
				IfcEntity e = model.entity(id);
				assertNotNull(e, "web-ifc streamed #" + id + ", unknown to IfcModel");
				assertEquals(e.globalId(), webIfc.webIfcGlobalId(id), "GlobalId of #" + id + " in web-ifc");
				ProductGeometry r = results.get(id);
				assertNotNull(r, "web-ifc meshes #" + id + " (" + e.typeName() + "), which is not among our products");
				assertEquals(Status.MESHED, r.status(), "#" + id + " " + e.typeName() + ": " + r.failureReason());
			}

			int meshed = 0;
			long triangles = 0;
			int closed = 0;
			for (ProductGeometry r : results.values()) {
				if (r.isMeshed()) {
					meshed++;
					triangles += r.triangleCount();
					for (Mesh m : r.meshes()) {
						for (float v : m.positions()) {
							assertTrue(Float.isFinite(v), "finite coordinates in #" + r.productId());
						}
					}
					if (r.quantities().closure().enclosesVolume()) {
						closed++;
					}
				}
			}
			System.out.printf("%s: %d products, %d meshed (%d web-ifc), %d triangles, %d closed, %d failed%n",
					file.getFileName(), results.size(), meshed, streamed.length, triangles, closed, failures.size());
			failures.forEach(f -> System.out.println("  failed " + f));
			if (!file.getFileName().toString().equals("Sample_entities.ifc")) {
				assertTrue(meshed > 0, "meshes in " + file.getFileName());
			}
		}
	}

	@Test
	void meshesAreInWorldMetresWithZUp() throws Exception {
		// A wall's placement origin is on its own base: the mesh must be around it, in metres.
		for (String name : List.of("AC20-FZK-Haus.ifc", "ROOT-kalkzandsteen.ifc")) {
			IfcModel model = IfcModel.open(Samples.file(name));
			try (GeometrySession session = GeometryEngines.getDefault().open(model)) {
				int checked = 0;
				int storeyHigh = 0;
				for (IfcEntity wall : model.instancesOf("IfcWall")) {
					ProductGeometry g = session.geometry(wall);
					if (!g.isMeshed()) {
						continue;
					}
					MeshQuantities q = g.quantities();
					double[] t = model.worldTransform(wall);
					double x = t[3], y = t[7], z = t[11];
					double slack = 0.5; // joins clip wall ends
					assertTrue(x >= q.bounds().minX() - slack && x <= q.bounds().maxX() + slack
							&& y >= q.bounds().minY() - slack && y <= q.bounds().maxY() + slack
							&& Math.abs(z - q.bounds().minZ()) < 1.0,
							name + " wall #" + wall.id() + " placed at " + x + ", " + y + ", " + z + " but meshed in "
									+ q.bounds());
					checked++;
					if (q.bounds().sizeZ() > 0.5 && q.bounds().sizeZ() < 20) {
						storeyHigh++; // in metres: in millimetres they would be thousands high
					}
				}
				assertTrue(checked > 5, name + ": walls checked " + checked);
				assertTrue(storeyHigh > checked / 2, name + ": most walls are 0.5 to 20 m high, " + storeyHigh + " of " + checked);
			}
		}
	}
}
