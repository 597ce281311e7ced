package org.bidbench.geometry.webifc.internal;

import java.util.concurrent.locks.ReentrantLock;

import org.bidbench.geometry.GeometryException;

/**
 * One place for a Node.js runtime with web-ifc in it. The engine keeps several so that a model's
 * products can be tessellated in parallel; each is started once, on first use, and kept warm for
 * every later model. Every call into the runtime holds {@link #lock}: web-ifc and a V8 isolate are
 * single-threaded.
 *
 * <p>When an element must be interrupted or the WebAssembly aborts, the runtime is thrown away and
 * the next call starts a fresh one; {@link #generation()} then changes, so sessions know their model
 * must be loaded again.
 */
final class WebIfcSlot {

	final int index;
	final ReentrantLock lock = new ReentrantLock();
	private final WebIfcEngine engine;
	private volatile WebIfcRuntime runtime;
	private volatile int generation;
	/** Seconds the last start of this slot's runtime took (Node.js, web-ifc and its WebAssembly). */
	private volatile double startSeconds;

	WebIfcSlot(WebIfcEngine engine, int index) {
		this.engine = engine;
		this.index = index;
	}

	/** The running runtime, started if needed. Caller holds {@link #lock}. */
	WebIfcRuntime runtime() throws GeometryException {
		WebIfcRuntime r = runtime;
		if (r == null) {
			long start = System.nanoTime();
			r = WebIfcRuntime.start(engine.files());
			startSeconds = (System.nanoTime() - start) / 1e9;
			WebIfcEngine.trace("runtime %d started in %.3f s", index, startSeconds);
			runtime = r;
			generation++;
			WebIfcBundle.started(engine);
		}
		return r;
	}

	/**
	 * Starts the runtime unless it runs and warms web-ifc's reader up, so that the first model loads
	 * sooner (see {@link WebIfcRuntime#warmReader()}); takes the lock.
	 */
	void warmUp() throws GeometryException {
		lock.lock();
		try {
			boolean fresh = !running();
			WebIfcRuntime r = runtime();
			if (fresh) {
				long start = System.nanoTime();
				r.warmReader();
				WebIfcEngine.trace("runtime %d warmed its reader in %.3f s", index, (System.nanoTime() - start) / 1e9);
			}
		} finally {
			lock.unlock();
		}
	}

	boolean running() {
		return runtime != null;
	}

	double startSeconds() {
		return startSeconds;
	}

	/** Changes whenever the runtime is replaced: models opened in an older one are gone. */
	int generation() {
		return generation;
	}

	/** Throws the runtime away after an interruption or an abort. Caller holds {@link #lock}. */
	void discardRuntime() {
		WebIfcRuntime r = runtime;
		if (r != null) {
			runtime = null;
			r.close();
		}
	}
}
