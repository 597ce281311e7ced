package org.bidbench.geometry.webifc.internal;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometryOptions;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcModel;

/**
 * web-ifc (C++ compiled to WebAssembly) run by the Node.js that Javet embeds in the JVM.
 *
 * <p>One Node.js runtime per engine, started on the first {@link #open}. web-ifc is single-threaded
 * and so is a V8 isolate: every call into it holds one lock, so sessions of several models may be
 * open at once but tessellate one element at a time; a second thread streaming waits for the element
 * the first is on, then they interleave element by element. {@link GeometrySession#cancel()} does
 * not take the lock.
 *
 * <p>When an element must be interrupted (cancel, time budget) or the WebAssembly aborts, the
 * runtime is thrown away and a fresh one started; open sessions reload their model on their next
 * call, so the rest of the model goes on.
 */
public final class WebIfcEngine implements GeometryEngine {

	/** How often the watchdog looks at cancellation and deadlines. */
	static final long WATCHDOG_PERIOD_MS = 20;

	final ReentrantLock lock = new ReentrantLock();
	private WebIfcRuntime runtime;
	private int generation;
	private Path files;
	private ScheduledExecutorService watchdog;

	/** Called by the extension registry: cheap, Node.js starts on first use. */
	public WebIfcEngine() {
	}

	@Override
	public String id() {
		return "webifc";
	}

	@Override
	public String name() {
		return "web-ifc (WebAssembly on Javet)";
	}

	@Override
	public GeometrySession open(IfcModel model, GeometryOptions options) throws GeometryException {
		lock.lock();
		try {
			WebIfcSession session = new WebIfcSession(this, model, options);
			session.ensureOpen();
			return session;
		} finally {
			lock.unlock();
		}
	}

	/** Starts Node.js and web-ifc now rather than on the first model. */
	@Override
	public void warmUp() throws GeometryException {
		lock.lock();
		try {
			runtime();
		} finally {
			lock.unlock();
		}
	}

	/** The running runtime, started if needed. Caller holds {@link #lock}. */
	WebIfcRuntime runtime() throws GeometryException {
		if (runtime == null) {
			if (files == null) {
				files = WebIfcFiles.materialize();
			}
			runtime = WebIfcRuntime.start(files);
			generation++;
			WebIfcBundle.started(this);
		}
		return runtime;
	}

	/** Changes whenever the runtime is replaced: models opened in an older one are gone. */
	int generation() {
		return generation;
	}

	/** Throws the runtime away after an interruption or an abort. Caller holds {@link #lock}. */
	void discardRuntime() {
		if (runtime != null) {
			runtime.close();
			runtime = null;
		}
	}

	/** Interrupts the running JavaScript; safe without the lock. */
	void interrupt(WebIfcRuntime target) {
		target.terminate();
	}

	synchronized ScheduledExecutorService watchdog() {
		if (watchdog == null) {
			watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
				Thread t = new Thread(r, "web-ifc watchdog");
				t.setDaemon(true);
				return t;
			});
		}
		return watchdog;
	}

	/** The web-ifc version running, starting it if needed. */
	public String webIfcVersion() throws GeometryException {
		lock.lock();
		try {
			return runtime().version();
		} finally {
			lock.unlock();
		}
	}

	@Override
	public void dispose() {
		lock.lock();
		try {
			discardRuntime();
			synchronized (this) {
				if (watchdog != null) {
					watchdog.shutdownNow();
					try {
						watchdog.awaitTermination(1, TimeUnit.SECONDS);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					watchdog = null;
				}
			}
		} finally {
			lock.unlock();
		}
	}
}
