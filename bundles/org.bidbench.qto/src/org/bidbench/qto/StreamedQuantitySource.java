package org.bidbench.qto;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.bidbench.geometry.ClearHeightProfile;
import org.bidbench.geometry.MeshQuantities;
import org.bidbench.geometry.ProductGeometry;

/**
 * Computed quantities gathered from products while something else streams them, typically a viewer
 * loading a model: a take-off of that model then needs no second tessellation. Feed it every product
 * with {@link #accept(ProductGeometry)} (from any thread), then {@link #complete()} once the stream
 * ended normally. Only a complete source answers questions: quantities of a half-streamed model would
 * silently miss elements.
 */
public final class StreamedQuantitySource implements ComputedQuantitySource {

	private final String engineName;
	private final Map<String, ComputedQuantities> byGlobalId = new ConcurrentHashMap<>();
	private final AtomicInteger failed = new AtomicInteger();
	private volatile boolean complete;

	/** @param engineName the engine that made the meshes, for provenance */
	public StreamedQuantitySource(String engineName) {
		this.engineName = engineName;
	}

	/** Keeps the quantities of one product (not its meshes). Thread-safe. */
	public void accept(ProductGeometry p) {
		if (complete) {
			throw new IllegalStateException("this source is complete; start a new one for another stream");
		}
		if (p.status() == ProductGeometry.Status.FAILED) {
			failed.incrementAndGet();
		}
		if (!p.isMeshed() || p.globalId() == null) {
			return;
		}
		MeshQuantities q = p.quantities();
		byGlobalId.put(p.globalId(), new ComputedQuantities(p.netVolume(q).orElse(Double.NaN),
				p.grossVolume(q).orElse(Double.NaN), q.area(), q.footprintArea(), q.length().orElse(Double.NaN),
				q.closure().enclosesVolume(),
				"IfcSpace".equalsIgnoreCase(p.ifcClass()) ? ClearHeightProfile.of(p.meshes()) : null));
	}

	/** Says every product of the model has been given. */
	public void complete() {
		complete = true;
	}

	public boolean isComplete() {
		return complete;
	}

	/** Products the engine failed on so far. */
	public int failedCount() {
		return failed.get();
	}

	/** Products with quantities so far. */
	public int size() {
		return byGlobalId.size();
	}

	@Override
	public String engineName() {
		return engineName;
	}

	@Override
	public ComputedQuantities quantities(String globalId) {
		if (!complete) {
			throw new IllegalStateException("the quantities of " + engineName
					+ " are still being gathered; wait until the model has loaded");
		}
		return byGlobalId.get(globalId);
	}
}
