package org.bidbench.geometry.webifc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometryOptions;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.geometry.ProductGeometry.Status;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.Test;

/**
 * A stuck element (the test seam makes one loop forever, as web-ifc can on some booleans) must not
 * freeze the user: the time budget fails that element alone, cancel stops the stream, and the
 * engine goes on afterwards.
 */
class InterruptionTest {

	@Test
	void elementOverItsTimeBudgetFailsAloneAndTheRestGoesOn() throws Exception {
		IfcModel model = IfcModel.open(Samples.file("AC20-FZK-Haus.ifc"));
		GeometryOptions options = GeometryOptions.defaults().withElementTimeBudget(Duration.ofSeconds(5));
		try (GeometrySession session = GeometryEngines.getDefault().open(model, options)) {
			List<IfcEntity> products = List.copyOf(session.products());
			int at = firstMeshed(session, products.size() / 2);
			IfcEntity stuck = products.get(at);
			((WebIfcSession) session).hangOn(stuck.id());
			List<ProductGeometry> results = new ArrayList<>();
			session.streamAll(results::add, GeometryMonitor.NONE);
			assertEquals(products.size(), results.size());
			ProductGeometry failed = results.get(at);
			assertEquals(stuck.id(), failed.productId());
			assertEquals(Status.FAILED, failed.status());
			assertTrue(failed.failureReason().contains("time budget"), failed.failureReason());
			assertEquals(stuck.globalId(), failed.globalId());
			long after = results.subList(at + 1, results.size()).stream()
					.filter(ProductGeometry::isMeshed).count();
			assertTrue(after > 0, "elements after the stuck one are meshed in a fresh runtime");
			List<String> others = results.stream().filter(r -> r.status() == Status.FAILED && r != failed)
					.map(r -> "#" + r.productId() + ": " + r.failureReason()).toList();
			assertTrue(others.isEmpty(), "only the stuck element failed, also: " + others);
		}
	}

	@Test
	void cancelFromAnotherThreadStopsAStuckElementAndTheSessionWorksAgain() throws Exception {
		IfcModel model = IfcModel.open(Samples.file("AC20-FZK-Haus.ifc"));
		try (GeometrySession session = GeometryEngines.getDefault().open(model)) {
			List<IfcEntity> products = List.copyOf(session.products());
			int at = firstMeshed(session, 3);
			IfcEntity stuck = products.get(at);
			((WebIfcSession) session).hangOn(stuck.id());
			List<ProductGeometry> results = java.util.Collections.synchronizedList(new ArrayList<>());
			// Cancels once every product before the stuck one has been handed over (a condition, not a
			// pause: several runtimes may finish those in any order, and a loaded machine takes its time).
			Thread canceller = new Thread(() -> {
				try {
					while (results.size() < at) {
						Thread.sleep(10);
					}
					Thread.sleep(100); // the stuck element is most likely running by now: cancel interrupts it
				} catch (InterruptedException e) {
					return;
				}
				session.cancel();
			});
			canceller.start();
			session.streamAll(results::add, GeometryMonitor.NONE);
			canceller.join();
			assertEquals(products.size(), results.size(), "one result per product, cancelled ones included");
			assertEquals(Status.CANCELLED, results.get(at).status());
			assertTrue(results.subList(at, results.size()).stream().allMatch(r -> r.status() == Status.CANCELLED));
			assertTrue(results.subList(0, at).stream().noneMatch(r -> r.status() == Status.CANCELLED));

			List<ProductGeometry> again = new ArrayList<>();
			session.streamAll(again::add, GeometryMonitor.NONE);
			assertEquals(Status.MESHED, again.get(at).status(), "after a cancel the session streams again");
		}
	}

	/** The index of the first product from {@code from} on that has a mesh. */
	private static int firstMeshed(GeometrySession session, int from) throws Exception {
		List<IfcEntity> products = List.copyOf(session.products());
		for (int i = from; i < products.size(); i++) {
			if (session.geometry(products.get(i)).isMeshed()) {
				return i;
			}
		}
		throw new AssertionError("no meshed product after index " + from);
	}

	@Test
	void monitorCancellationBetweenElementsReportsTheRestAsCancelled() throws Exception {
		IfcModel model = IfcModel.open(Samples.file("AC20-FZK-Haus.ifc"));
		try (GeometrySession session = GeometryEngines.getDefault().open(model)) {
			List<ProductGeometry> results = new ArrayList<>();
			session.streamAll(results::add, new GeometryMonitor() {
				@Override
				public boolean isCanceled() {
					return results.size() >= 5;
				}
			});
			assertEquals(session.products().size(), results.size());
			assertTrue(results.subList(0, 5).stream().noneMatch(r -> r.status() == Status.CANCELLED));
			assertTrue(results.subList(5, results.size()).stream().allMatch(r -> r.status() == Status.CANCELLED));
		}
	}
}
