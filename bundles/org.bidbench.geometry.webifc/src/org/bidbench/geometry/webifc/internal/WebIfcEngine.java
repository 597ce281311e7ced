package org.bidbench.geometry.webifc.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometryOptions;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcModel;

import com.caoccao.javet.exceptions.JavetException;

/**
 * web-ifc (C++ compiled to WebAssembly) run by the Node.js that Javet embeds in the JVM.
 *
 * <p>The engine keeps several Node.js runtimes ({@link WebIfcSlot}s), each started once, on first
 * use or by {@link #warmUp}, and kept warm for every later model. A session tessellates a model in
 * as many runtimes as its {@link GeometryOptions#threads()} asks (by default one per core, fewer
 * when memory is short or the model small): each runtime loads the model and takes the next
 * product nobody has taken yet, and the results are handed to the caller in the order of the
 * products, exactly as one runtime would give them.
 *
 * <p>web-ifc is single-threaded and so is a V8 isolate: every call into a runtime holds that
 * runtime's lock, so sessions of several models may be open at once and interleave element by
 * element in each runtime. {@link GeometrySession#cancel()} takes no lock.
 *
 * <p>When an element must be interrupted (cancel, time budget) or the WebAssembly aborts, that
 * runtime is thrown away and a fresh one started; open sessions reload their model in it on their
 * next call, so the rest of the model goes on.
 */
public final class WebIfcEngine implements GeometryEngine {

	/** How often the watchdog looks at cancellation and deadlines. */
	static final long WATCHDOG_PERIOD_MS = 20;

	/**
	 * Memory one runtime needs besides the model: Node.js, web-ifc's code and its WebAssembly heap
	 * when empty (measured about 40 MB; kept generous).
	 */
	static final long RUNTIME_BYTES = 80L << 20;

	/**
	 * web-ifc's WebAssembly memory for a loaded model, per byte of IFC file (the file itself, its
	 * token index and the geometry caches; measured 4 to 6 times the file, kept generous).
	 */
	static final long MODEL_BYTES_PER_FILE_BYTE = 8;

	/** A WebAssembly module of web-ifc addresses at most 4 GB. */
	static final long WASM_MEMORY_LIMIT = 4L << 30;

	/**
	 * Below this many products per runtime, an automatic choice uses fewer runtimes: loading a small
	 * model into another runtime costs about as much as tessellating its share.
	 */
	static final int MIN_PRODUCTS_PER_RUNTIME = 32;

	private final List<WebIfcSlot> slots = new ArrayList<>();
	/** The file {@link #preload} was last asked for, until an open uses it up; guarded by this. */
	private PreloadedFile preloaded;
	/** Guarded by this. */
	private int preloadsTaken;
	private Path files;
	private ScheduledExecutorService watchdog;
	private ExecutorService workers;

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
		trace("open %s", model.fileName());
		WebIfcSession session = new WebIfcSession(this, model, options);
		int runtimes = session.runtimes(session.products().size());
		trace("%d products, %d runtimes", session.products().size(), runtimes);
		if (session.previews(runtimes, session.products().size())) {
			// The stream's runtimes load the model themselves: the second a preview of it first (see
			// WebIfcSession.previews), which waits neither for the first runtime's load nor for ours
			// here. A file web-ifc cannot load fails the stream instead of the open.
			trace("%s opens with a preview", model.fileName());
			return session;
		}
		WebIfcSlot first = slot(0);
		first.lock.lock();
		try {
			session.ensureOpen(first);
		} finally {
			first.lock.unlock();
		}
		// The further runtimes load the model once the first has it, rather than when they take their
		// first product (a failure there is met again, and reported, when they do). Not at the same
		// time as the first: on two cores the two loads of the 212 MB model took 5.5 s each, one alone
		// 3.5 s, and the first product waits for the first runtime's load; the first runtime tessellates
		// while the others load.
		for (int i = 1; i < runtimes; i++) {
			WebIfcSlot slot = slot(i);
			workers().execute(() -> {
				slot.lock.lock();
				try {
					session.ensureOpen(slot);
				} catch (GeometryException | RuntimeException e) {
					// See above.
				} finally {
					slot.lock.unlock();
				}
			});
		}
		return session;
	}

	/**
	 * Loads the file into the first runtime on a worker thread; {@link #takePreloaded} hands the
	 * result to the session that opens it. Zipped files are left to the session (they are unpacked
	 * there).
	 */
	@Override
	public void preload(Path file) {
		PreloadedFile load;
		try {
			load = new PreloadedFile(file.toAbsolutePath().normalize(), Files.size(file), Files.getLastModifiedTime(file));
			if (WebIfcSession.looksZipped(file)) {
				return;
			}
		} catch (IOException e) {
			return; // the model reader meets the same problem and says so
		}
		WebIfcSlot first = slot(0);
		PreloadedFile earlier;
		synchronized (this) {
			earlier = preloaded;
			preloaded = load;
		}
		trace("preload %s", file.getFileName());
		workers().execute(() -> {
			first.lock.lock();
			try {
				if (earlier != null) {
					discard(first, earlier); // no open will take it now
				}
				synchronized (this) {
					if (preloaded != load) {
						return; // opened, or replaced by another preload, before this got its turn
					}
				}
				WebIfcRuntime runtime = first.runtime();
				long start = System.nanoTime();
				int id = runtime.openFile(load.file());
				trace("runtime 0 preloaded %s in %.3f s", load.file().getFileName(), (System.nanoTime() - start) / 1e9);
				synchronized (this) {
					load.loaded(id, first.generation());
				}
			} catch (JavetException e) {
				first.discardRuntime(); // as a failed open does; the session's own load reports it
			} catch (GeometryException | RuntimeException e) {
				// The session's own load meets it again and reports it.
			} finally {
				first.lock.unlock();
			}
		});
	}

	@Override
	public void forgetPreload() {
		PreloadedFile load;
		synchronized (this) {
			load = preloaded;
			preloaded = null;
		}
		if (load == null) {
			return;
		}
		WebIfcSlot first = slot(0);
		workers().execute(() -> {
			// After the preload's own task, if that runs now: it holds the lock until it has loaded.
			first.lock.lock();
			try {
				discard(first, load);
			} finally {
				first.lock.unlock();
			}
		});
	}

	/**
	 * The model id of {@code file} in the first runtime when a {@link #preload} of that unchanged file
	 * has loaded it there, else -1; a preload of another file is thrown away. Either way the preload is
	 * used up. Caller holds the first slot's lock.
	 */
	int takePreloaded(WebIfcSlot first, Path file) {
		PreloadedFile load;
		synchronized (this) {
			load = preloaded;
			preloaded = null;
		}
		if (load == null || load.modelId < 0 || load.generation != first.generation() || !first.running()) {
			return -1;
		}
		boolean same;
		try {
			same = load.matches(file);
		} catch (IOException e) {
			same = false; // the caller loads it afresh and reports what is wrong with the file
		}
		if (same) {
			synchronized (this) {
				preloadsTaken++;
			}
			return load.modelId;
		}
		discard(first, load);
		return -1;
	}

	/** Closes a preloaded model that no open will take. Caller holds the first slot's lock. */
	private void discard(WebIfcSlot first, PreloadedFile load) {
		int id, generation;
		synchronized (this) {
			id = load.modelId;
			generation = load.generation;
			load.loaded(-1, -1);
		}
		if (id >= 0 && first.running() && generation == first.generation()) {
			try {
				first.runtime().closeModel(id);
			} catch (JavetException | GeometryException e) {
				// The runtime is gone or broken: so is the model's memory.
			}
		}
	}

	/** For the tests: how many opens took a preloaded model over. */
	synchronized int preloadsTaken() {
		return preloadsTaken;
	}

	/** For the tests: whether the last {@link #preload} has loaded its file and is waiting for an open. */
	synchronized boolean preloadReady() {
		return preloaded != null && preloaded.modelId >= 0;
	}

	/** A file {@link #preload}ed into the first runtime: what it was when read, and its model id there. */
	private static final class PreloadedFile {
		private final Path file;
		private final long size;
		private final FileTime modified;
		private int modelId = -1;
		private int generation = -1;

		PreloadedFile(Path file, long size, FileTime modified) {
			this.file = file;
			this.size = size;
			this.modified = modified;
		}

		Path file() {
			return file;
		}

		void loaded(int id, int inGeneration) {
			modelId = id;
			generation = inGeneration;
		}

		boolean matches(Path other) throws IOException {
			return file.equals(other.toAbsolutePath().normalize()) && Files.size(other) == size
					&& Files.getLastModifiedTime(other).equals(modified);
		}
	}

	/**
	 * With {@code -Dbidbench.webifc.trace=true}, the stages of loading and streaming a model go to
	 * stderr with the time since the engine class loaded: where the time before the first product goes.
	 */
	static final boolean TRACE = Boolean.getBoolean("bidbench.webifc.trace");
	private static final long TRACE_ORIGIN = System.nanoTime();

	static void trace(String format, Object... arguments) {
		if (TRACE) {
			System.err.printf(Locale.ROOT, "[web-ifc %8.3f s %s] %s%n", (System.nanoTime() - TRACE_ORIGIN) / 1e9,
					Thread.currentThread().getName(), String.format(Locale.ROOT, format, arguments));
		}
	}

	/** Starts as many runtimes as a model of unknown size would get automatically, in parallel. */
	@Override
	public void warmUp() throws GeometryException {
		warmUp(automaticRuntimes(0));
	}

	/** Starts the runtimes a model with these options would use, in parallel. */
	@Override
	public void warmUp(GeometryOptions options) throws GeometryException {
		warmUp(options.threads() == GeometryOptions.AUTOMATIC ? automaticRuntimes(0) : options.threads());
	}

	/** Starts the first {@code count} runtimes unless they run, each on its own thread; waits for all. */
	void warmUp(int count) throws GeometryException {
		List<Future<?>> started = new ArrayList<>();
		for (int i = 1; i < count; i++) {
			WebIfcSlot slot = slot(i);
			if (!slot.running()) {
				started.add(workers().submit(() -> {
					slot.warmUp();
					return null;
				}));
			}
		}
		GeometryException failure = null;
		try {
			slot(0).warmUp();
		} catch (GeometryException e) {
			failure = e;
		}
		for (Future<?> f : started) {
			try {
				f.get();
			} catch (ExecutionException e) {
				if (failure == null) {
					failure = e.getCause() instanceof GeometryException g
							? g
							: new GeometryException("cannot start web-ifc: " + e.getCause(), e.getCause());
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new GeometryException("interrupted while web-ifc was starting", e);
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	/** The slot {@code index}, created (not started) if needed. */
	synchronized WebIfcSlot slot(int index) {
		while (slots.size() <= index) {
			slots.add(new WebIfcSlot(this, slots.size()));
		}
		return slots.get(index);
	}

	/** The slots created so far. */
	synchronized List<WebIfcSlot> slots() {
		return List.copyOf(slots);
	}

	/** The web-ifc files on disk, copied there on first use. */
	synchronized Path files() throws GeometryException {
		if (files == null) {
			files = WebIfcFiles.materialize();
		}
		return files;
	}

	/** Changes whenever the first runtime is replaced (the one every model is opened in). */
	int generation() {
		return slot(0).generation();
	}

	/**
	 * How many runtimes tessellate a model of {@code products} products and {@code fileBytes}
	 * bytes with these options: as asked, or chosen by {@link #automaticRuntimes}; never more than
	 * there are products.
	 */
	int runtimesFor(GeometryOptions options, int products, long fileBytes) {
		int wanted = options.threads();
		if (wanted == GeometryOptions.AUTOMATIC) {
			wanted = Math.min(automaticRuntimes(fileBytes), Math.max(1, products / MIN_PRODUCTS_PER_RUNTIME));
		}
		return Math.max(1, Math.min(wanted, products));
	}

	/**
	 * One runtime per core, as many as fit in half of the memory the Java heap leaves (the rest is
	 * for the system and other programs), each with its own copy of a model of {@code fileBytes}.
	 */
	static int automaticRuntimes(long fileBytes) {
		int cores = Math.min(Runtime.getRuntime().availableProcessors(), GeometryOptions.MAX_THREADS);
		long physical = physicalMemory();
		if (physical <= 0) {
			return cores;
		}
		long perRuntime = RUNTIME_BYTES + Math.min(WASM_MEMORY_LIMIT, fileBytes * MODEL_BYTES_PER_FILE_BYTE);
		long spare = (physical - Runtime.getRuntime().maxMemory()) / 2;
		return (int) Math.max(1, Math.min(cores, spare / perRuntime));
	}

	/** The machine's memory in bytes, or 0 where the JVM does not say. */
	private static long physicalMemory() {
		try {
			MBeanServer server = ManagementFactory.getPlatformMBeanServer();
			Object total = server.getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "TotalMemorySize");
			return total instanceof Number n ? n.longValue() : 0;
		} catch (Exception | LinkageError e) {
			return 0;
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

	/** The threads that drive the runtimes beside the caller's. */
	synchronized ExecutorService workers() {
		if (workers == null) {
			AtomicInteger count = new AtomicInteger();
			workers = Executors.newCachedThreadPool(r -> {
				Thread t = new Thread(r, "web-ifc runtime " + count.incrementAndGet());
				t.setDaemon(true);
				return t;
			});
		}
		return workers;
	}

	/** The web-ifc version running, starting it if needed. */
	public String webIfcVersion() throws GeometryException {
		WebIfcSlot first = slot(0);
		first.lock.lock();
		try {
			return first.runtime().version();
		} finally {
			first.lock.unlock();
		}
	}

	/** Seconds the first runtime took to start (0 before it started), for the benchmark. */
	public double startSeconds() {
		return slot(0).startSeconds();
	}

	@Override
	public void dispose() {
		for (WebIfcSlot slot : slots()) {
			slot.lock.lock();
			try {
				slot.discardRuntime();
			} finally {
				slot.lock.unlock();
			}
		}
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
			if (workers != null) {
				workers.shutdown();
				workers = null;
			}
		}
	}
}
