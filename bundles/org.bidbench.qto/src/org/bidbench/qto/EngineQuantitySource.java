package org.bidbench.qto;

import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;

/**
 * Computed quantities from an {@code org.bidbench.geometry} engine session: tessellates every
 * product once, on the first question, keeps only the quantities (not the meshes), and answers
 * every later take-off of the same model from that cache.
 */
public final class EngineQuantitySource implements ComputedQuantitySource {

	private final GeometrySession session;
	private final String engineName;
	private final GeometryMonitor monitor;
	private volatile StreamedQuantitySource streamed;
	private volatile int tessellations;

	/**
	 * @param session    an open session of the model the take-off runs on; the caller closes it
	 * @param engineName the engine's name for provenance, e.g. {@link org.bidbench.geometry.GeometryEngine#name()}
	 * @param monitor    progress and cancellation of the one tessellation
	 */
	public EngineQuantitySource(GeometrySession session, String engineName, GeometryMonitor monitor) {
		this.session = session;
		this.engineName = engineName;
		this.monitor = monitor == null ? GeometryMonitor.NONE : monitor;
	}

	@Override
	public String engineName() {
		return engineName;
	}

	@Override
	public ComputedQuantities quantities(String globalId) {
		return all().quantities(globalId);
	}

	/** Number of products the engine failed on (they have no computed quantities). */
	public int failedCount() {
		return all().failedCount();
	}

	/** How often the model was tessellated: 1 after any number of take-offs, unless it failed. */
	public int tessellationCount() {
		return tessellations;
	}

	/** Tessellates now (it otherwise happens on the first question), e.g. to time it apart. */
	public int prepare() {
		return all().size();
	}

	private StreamedQuantitySource all() {
		StreamedQuantitySource done = streamed;
		if (done == null) {
			synchronized (this) {
				done = streamed;
				if (done == null) {
					done = tessellate();
					streamed = done;
				}
			}
		}
		return done;
	}

	private StreamedQuantitySource tessellate() {
		StreamedQuantitySource collected = new StreamedQuantitySource(engineName);
		tessellations++;
		try {
			session.streamAll(collected::accept, monitor);
		} catch (GeometryException e) {
			throw new IllegalStateException("The geometry engine " + engineName + " failed on "
					+ session.model().fileName() + ": " + e.getMessage(), e);
		}
		collected.complete();
		return collected;
	}
}
