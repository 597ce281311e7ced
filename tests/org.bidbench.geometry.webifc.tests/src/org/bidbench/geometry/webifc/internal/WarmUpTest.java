package org.bidbench.geometry.webifc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.Test;

/**
 * The warm-up the workbench runs at launch: it starts the one runtime the first model then uses,
 * instead of the model starting its own, and calling it again starts nothing more.
 */
class WarmUpTest {

	@Test
	void warmingUpStartsTheRuntimeTheFirstModelUses() throws Exception {
		WebIfcEngine engine = new WebIfcEngine();
		try {
			assertEquals(0, engine.generation(), "nothing runs before the warm-up");
			engine.warmUp();
			assertEquals(1, engine.generation(), "the warm-up started Node.js and web-ifc");
			engine.warmUp();
			assertEquals(1, engine.generation(), "a second warm-up starts nothing");
			IfcModel model = IfcModel.open(Samples.file("AC20-FZK-Haus.ifc"));
			List<ProductGeometry> results = new ArrayList<>();
			try (GeometrySession session = engine.open(model)) {
				session.streamAll(results::add, GeometryMonitor.NONE);
			}
			assertEquals(1, engine.generation(), "the model was tessellated in the warmed-up runtime");
			var byStatus = results.stream().collect(java.util.stream.Collectors.groupingBy(ProductGeometry::status,
					java.util.stream.Collectors.counting()));
			assertEquals(104, results.size(), "one result per product of the house: " + byStatus);
			assertTrue(byStatus.getOrDefault(ProductGeometry.Status.MESHED, 0L) > 50 && !byStatus.containsKey(ProductGeometry.Status.FAILED),
					"the house is meshed, nothing failed: " + byStatus);
		} finally {
			engine.dispose();
		}
	}
}
