package org.bidbench.geometry.webifc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.Test;

/** What the engine documents for concurrent callers: one shared engine, sessions interleave per element. */
class ConcurrencyTest {

	private static long meshedTriangles(GeometrySession session) throws Exception {
		long[] triangles = {0};
		session.streamAll(g -> triangles[0] += g.triangleCount(), GeometryMonitor.NONE);
		return triangles[0];
	}

	@Test
	void twoThreadsStreamingTwoModelsGetTheSameResultsAsOneAfterTheOther() throws Exception {
		GeometryEngine engine = GeometryEngines.getDefault();
		assertSame(engine, GeometryEngines.getDefault(), "one engine instance is shared");
		IfcModel a = IfcModel.open(Samples.file("AC20-FZK-Haus.ifc"));
		IfcModel b = IfcModel.open(Samples.file("ISSUE_021_Mini_Project.ifc"));
		long aAlone;
		long bAlone;
		try (GeometrySession sa = engine.open(a); GeometrySession sb = engine.open(b)) {
			aAlone = meshedTriangles(sa);
			bAlone = meshedTriangles(sb);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				Future<Long> fa = pool.submit(() -> meshedTriangles(sa));
				Future<Long> fb = pool.submit(() -> meshedTriangles(sb));
				assertEquals(aAlone, fa.get());
				assertEquals(bAlone, fb.get());
			} finally {
				pool.shutdown();
			}
		}
	}

	@Test
	void aClosedSessionRefusesWorkAndClosingTwiceIsHarmless() throws Exception {
		IfcModel model = IfcModel.open(Samples.file("ROOT-kanaalplaatvloer.ifc"));
		GeometrySession session = GeometryEngines.getDefault().open(model);
		List<ProductGeometry> first = new java.util.ArrayList<>();
		session.streamAll(first::add, GeometryMonitor.NONE);
		session.close();
		session.close();
		assertThrows(IllegalStateException.class, () -> session.geometry(model.entity(first.get(0).productId())));
	}
}
