package org.bidbench.geometry.webifc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometryOptions;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.Mesh;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.geometry.ProductGeometry.OpeningTreatment;
import org.bidbench.geometry.ProductGeometry.Status;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.UnpackLimit;

import com.caoccao.javet.exceptions.JavetException;

/**
 * One model loaded into web-ifc: into the first runtime when it is opened, and into each further
 * runtime the first time that runtime takes one of its products. See {@link WebIfcEngine} for
 * threading.
 */
final class WebIfcSession implements GeometrySession {

	/**
	 * How far the runtimes may run ahead of the consumer, in products: bounds the meshes waiting in
	 * memory when the consumer (a file writer, a viewer) is slower than the engine.
	 */
	static final int WINDOW = 1024;

	/** The smallest model worth a preview (see {@link #previews}): below it web-ifc loads the whole soon enough. */
	static final long PREVIEW_MIN_BYTES = 40L << 20;

	/** Test seam: the preview goes on through all its products, also once the first runtime has the model. */
	static volatile boolean previewToTheEnd;

	/** Test seam: the smallest model worth a preview. */
	static volatile long previewMinBytes = PREVIEW_MIN_BYTES;

	/** The most products the excerpt of a preview holds. */
	static final int PREVIEW_PRODUCTS = 128;

	/** The largest excerpt a preview loads; above it there is no preview. */
	static final long PREVIEW_MAX_BYTES = 16L << 20;

	/**
	 * What points at an element or its shape from outside and changes its mesh: its styles (colour),
	 * its openings, its materials (colour), the materials' styles.
	 */
	private static final Map<String, String> ATTACHED = Map.of("IfcStyledItem", "Item",
			"IfcRelVoidsElement", "RelatingBuildingElement", "IfcRelAssociatesMaterial", "RelatedObjects",
			"IfcMaterialDefinitionRepresentation", "RepresentedMaterial");

	private final WebIfcEngine engine;
	private final IfcModel model;
	private final GeometryOptions options;
	private List<IfcEntity> products;
	/** Per slot: web-ifc's model id there (-1 while not loaded) and the slot's generation then. */
	private final int[] modelIds = new int[GeometryOptions.MAX_THREADS];
	private final int[] openedGenerations = new int[GeometryOptions.MAX_THREADS];
	private volatile boolean closed;
	private volatile boolean cancelRequested;
	private final AtomicInteger previewed = new AtomicInteger();
	/** Test seam: the element to hang next, or -1. */
	private volatile int hangOn = -1;
	/** Per slot: the element its runtime is on now, as the watchdog sees it. */
	private final AtomicReferenceArray<ElementWatch> current = new AtomicReferenceArray<>(GeometryOptions.MAX_THREADS);

	WebIfcSession(WebIfcEngine engine, IfcModel model, GeometryOptions options) {
		this.engine = engine;
		this.model = model;
		this.options = options;
		Arrays.fill(modelIds, -1);
		Arrays.fill(openedGenerations, -1);
	}

	@Override
	public IfcModel model() {
		return model;
	}

	@Override
	public synchronized Collection<IfcEntity> products() {
		if (products == null) {
			List<IfcEntity> out = new ArrayList<>();
			for (IfcEntity e : model.instancesOf("IfcProduct")) {
				if (e.get("Representation") != null && !e.isA("IfcFeatureElementSubtraction")) {
					out.add(e);
				}
			}
			products = List.copyOf(out);
		}
		return products;
	}

	/** How many runtimes a stream of {@code count} products of this model uses. */
	int runtimes(int count) {
		return engine.runtimesFor(options, count, model.byteSize());
	}

	@Override
	public void stream(Collection<IfcEntity> wanted, Consumer<ProductGeometry> consumer, GeometryMonitor monitor)
			throws GeometryException {
		cancelRequested = false;
		long modelDeadline = deadline(System.nanoTime(), options.modelTimeBudget());
		ScheduledFuture<?> watch = engine.watchdog().scheduleAtFixedRate(() -> watch(modelDeadline),
				WebIfcEngine.WATCHDOG_PERIOD_MS, WebIfcEngine.WATCHDOG_PERIOD_MS, TimeUnit.MILLISECONDS);
		try {
			List<IfcEntity> list = wanted instanceof List<IfcEntity> l ? l : List.copyOf(wanted);
			streamInRuntimes(list, Math.max(1, runtimes(list.size())), consumer, monitor, modelDeadline);
		} finally {
			watch.cancel(false);
			hangOn = -1; // the test seam is for one stream
		}
	}

	/**
	 * Each runtime (a worker thread each) takes the next product nobody has taken (so the shares are
	 * disjoint and a slow element holds up one runtime only), and this thread hands the results to the
	 * consumer in the order of {@code wanted}, as soon as the next one in that order is there. With one
	 * runtime too: the consumer then runs while web-ifc works on the next products.
	 */
	private void streamInRuntimes(List<IfcEntity> wanted, int runtimes, Consumer<ProductGeometry> consumer,
			GeometryMonitor monitor, long modelDeadline) throws GeometryException {
		int total = wanted.size();
		WebIfcEngine.trace("streaming %d products in %d runtimes", total, runtimes);
		long started = System.nanoTime();
		Merge merge = new Merge(total);
		boolean preview = previews(runtimes, total);
		CountDownLatch previewEnded = new CountDownLatch(preview ? 1 : 0);
		CountDownLatch firstLoad = new CountDownLatch(1);
		List<Future<?>> running = new ArrayList<>();
		for (int r = 0; r < runtimes; r++) {
			WebIfcSlot slot = engine.slot(r);
			int runtime = r;
			running.add(engine.workers().submit(() -> {
				try {
					if (runtime == 1 && preview) {
						try {
							preview(slot, wanted, merge, firstLoad, monitor, modelDeadline);
						} finally {
							previewEnded.countDown();
						}
						// Then, as without a preview, its load of the whole after the first runtime's: two loads
						// of a large file at once on two cores slow both (4.2 and 4.6 s against 2.8 s alone).
						awaitQuietly(firstLoad);
					}
					if (merge.stopped() || stopReason(monitor, modelDeadline) != null) {
						return null; // cancelled or failed meanwhile: no load of the whole for nothing
					}
					// A runtime takes its first product only once the model is loaded there: the first
					// runtime tessellates while the others still load it, and no product waits in a runtime
					// that cannot start on it yet (the consumer takes them in order, so it would wait too).
					slot.lock.lock();
					try {
						ensureOpen(slot);
					} finally {
						slot.lock.unlock();
						if (runtime == 0) {
							firstLoad.countDown();
						}
					}
					if (runtime == 0 && previewToTheEnd) {
						// so that the tests see the preview's products, however fast the first runtime is
						awaitQuietly(previewEnded);
					}
					boolean first = true;
					for (int i; (i = merge.take()) >= 0;) {
						IfcEntity product = wanted.get(i);
						String stop = stopReason(monitor, modelDeadline);
						merge.put(i, stop != null ? cancelled(product, stop) : tessellate(slot, product, modelDeadline, monitor));
						if (first) {
							WebIfcEngine.trace("runtime %d tessellated its first product, number %d", slot.index, i);
							first = false;
						}
					}
				} catch (GeometryException | RuntimeException | Error e) {
					merge.fail(e);
				} finally {
					if (runtime == 0) {
						// also when it stopped before loading (a stream already over): the preview's runtime waits for it
						firstLoad.countDown();
					}
				}
				return null;
			}));
		}
		try {
			String stop = null;
			for (int i = 0; i < total; i++) {
				if (stop == null && (stop = stopReason(monitor, modelDeadline)) != null) {
					// As with one runtime: once stopped, nothing more is handed over, not even what
					// another runtime had finished ahead of the consumer.
					merge.abandon();
				}
				ProductGeometry next = stop != null ? cancelled(wanted.get(i), stop) : merge.next(i);
				if (i == 0) {
					WebIfcEngine.trace("first product handed over");
				}
				consumer.accept(next);
				if (i == 0) {
					WebIfcEngine.trace("first product taken by the consumer");
				}
				monitor.worked(i + 1, total);
			}
			if (WebIfcEngine.TRACE) {
				traceStream(runtimes, started);
			}
		} finally {
			merge.abandon();
			boolean interrupted = false;
			for (Future<?> f : running) {
				try {
					f.get();
				} catch (ExecutionException e) {
					// Already handed to the merge by the worker itself.
				} catch (InterruptedException e) {
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** The results of a parallel stream on their way from the runtimes to the consumer, in order. */
	private static final class Merge {
		private final ProductGeometry[] results;
		private int taken;
		private int consumed;
		private boolean abandoned;
		private Throwable failure;

		Merge(int total) {
			results = new ProductGeometry[total];
		}

		/** The next product index for a runtime, or -1 when all are taken or the stream stops. */
		synchronized int take() {
			while (!abandoned && failure == null && taken < results.length && taken >= consumed + WINDOW) {
				try {
					wait();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return -1;
				}
			}
			return abandoned || failure != null || taken >= results.length ? -1 : taken++;
		}

		/** True once the stream is abandoned or has failed: nothing more will be taken. */
		synchronized boolean stopped() {
			return abandoned || failure != null;
		}

		/** The next product index if it is below {@code limit}, else -1 (and nothing is taken). */
		synchronized int takeBelow(int limit) {
			return taken < limit && taken < consumed + WINDOW && !abandoned && failure == null ? taken++ : -1;
		}

		synchronized void put(int index, ProductGeometry result) {
			results[index] = result;
			notifyAll();
		}

		synchronized void fail(Throwable e) {
			if (failure == null) {
				failure = e;
			}
			notifyAll();
		}

		/** Waits for the result at {@code index} and lets it go (the consumer keeps what it needs). */
		synchronized ProductGeometry next(int index) throws GeometryException {
			ProductGeometry r;
			while ((r = results[index]) == null && failure == null) {
				try {
					wait();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new GeometryException("interrupted while waiting for web-ifc", e);
				}
			}
			if (r == null) {
				if (failure instanceof GeometryException g) {
					throw g;
				}
				if (failure instanceof RuntimeException e) {
					throw e;
				}
				throw (Error) failure;
			}
			results[index] = null;
			consumed = index + 1;
			notifyAll();
			return r;
		}

		synchronized void abandon() {
			abandoned = true;
			notifyAll();
		}
	}

	@Override
	public ProductGeometry geometry(IfcEntity product) throws GeometryException {
		ProductGeometry[] out = new ProductGeometry[1];
		stream(List.of(product), r -> out[0] = r, GeometryMonitor.NONE);
		return out[0];
	}

	@Override
	public void cancel() {
		cancelRequested = true;
	}

	@Override
	public void close() {
		closed = true;
		for (WebIfcSlot slot : engine.slots()) {
			slot.lock.lock();
			try {
				int i = slot.index;
				if (modelIds[i] >= 0 && openedGenerations[i] == slot.generation() && slot.running()) {
					try {
						slot.runtime().closeModel(modelIds[i]);
					} catch (JavetException | GeometryException e) {
						// The runtime is gone or broken: so is the model's memory.
					}
				}
				modelIds[i] = -1;
			} finally {
				slot.lock.unlock();
			}
		}
	}

	/** Loads the model into the slot's runtime unless it is there already. Caller holds the slot's lock. */
	void ensureOpen(WebIfcSlot slot) throws GeometryException {
		if (closed) {
			throw new IllegalStateException("the geometry session of " + model.fileName() + " is closed");
		}
		WebIfcRuntime runtime = slot.runtime();
		int i = slot.index;
		if (modelIds[i] >= 0 && openedGenerations[i] == slot.generation()) {
			return;
		}
		Path file = model.path();
		if (file == null) {
			throw new GeometryException("model " + model.fileName()
					+ " was read from memory, but web-ifc reads files: open it with IfcModel.open(Path)");
		}
		try {
			long start = System.nanoTime();
			int id = i == 0 ? engine.takePreloaded(slot, file) : -1;
			if (id >= 0) {
				WebIfcEngine.trace("runtime 0 took the preloaded %s", file.getFileName());
				modelIds[i] = id;
				openedGenerations[i] = slot.generation();
				return;
			}
			id = looksZipped(file) ? runtime.openBytes(unzip(file)) : runtime.openFile(file);
			WebIfcEngine.trace("runtime %d loaded %s in %.3f s", i, file.getFileName(), (System.nanoTime() - start) / 1e9);
			if (id < 0) {
				throw new GeometryException("web-ifc cannot read " + file + " (model id " + id
						+ "): check the file with 'bidbench validate' or export it again");
			}
			modelIds[i] = id;
			openedGenerations[i] = slot.generation();
		} catch (JavetException e) {
			slot.discardRuntime();
			throw new GeometryException("web-ifc failed to load " + file + " (" + e.getMessage()
					+ "): check the file with 'bidbench validate' or export it again", e);
		} catch (IOException e) {
			throw new GeometryException("cannot read " + file + " (" + e.getMessage() + "): check that it exists", e);
		}
	}

	/** The express ids web-ifc's own StreamAllMeshes reports, for the id agreement tests. */
	int[] streamedIds() throws GeometryException, JavetException {
		WebIfcSlot slot = engine.slot(0);
		slot.lock.lock();
		try {
			ensureOpen(slot);
			return slot.runtime().streamedIds(modelIds[0]);
		} finally {
			slot.lock.unlock();
		}
	}

	/**
	 * For the benchmark: milliseconds spent on web-ifc's side of element calls in the runtimes a
	 * stream of the whole model uses, summed over them.
	 */
	double millisInsideWebIfc() throws GeometryException, JavetException {
		double sum = 0;
		for (int r = 0; r < runtimes(products().size()); r++) {
			WebIfcSlot slot = engine.slot(r);
			slot.lock.lock();
			try {
				sum += slot.runtime().millisInside();
			} finally {
				slot.lock.unlock();
			}
		}
		return sum;
	}

	/**
	 * Test seam: makes the element {@code expressId} hang in whichever runtime takes it during the
	 * next stream (once: the interruption throws that runtime away, and no other runtime is left armed).
	 */
	void hangOn(int expressId) throws GeometryException {
		WebIfcSlot slot = engine.slot(0);
		slot.lock.lock();
		try {
			ensureOpen(slot);
		} finally {
			slot.lock.unlock();
		}
		hangOn = expressId;
	}

	/** The GlobalId web-ifc reads for an express id, for the id agreement tests. */
	String webIfcGlobalId(int expressId) throws GeometryException, JavetException {
		WebIfcSlot slot = engine.slot(0);
		slot.lock.lock();
		try {
			ensureOpen(slot);
			return slot.runtime().globalId(modelIds[0], expressId);
		} finally {
			slot.lock.unlock();
		}
	}

	/**
	 * Whether a stream of {@code count} products in {@code runtimes} runtimes starts with a preview:
	 * while the first runtime loads a large model, the second loads a small excerpt of it with the
	 * first products (see {@link #preview}) and tessellates them, so that a viewer shows something
	 * within a second or two rather than after web-ifc's load of the whole file (2.8 s for 212 MB).
	 */
	boolean previews(int runtimes, int count) {
		return runtimes >= 2 && count > 1 && model.byteSize() >= previewMinBytes && modelIds[0] < 0
				&& modelIds[1] < 0;
	}

	/** How many products previews handed over since the session opened, for the tests. */
	int previewedProducts() {
		return previewed.get();
	}

	/**
	 * Loads an excerpt of the model with the first {@value #PREVIEW_PRODUCTS} products of
	 * {@code wanted} (and what they reference, their styles, openings and materials) into the slot's
	 * runtime, and tessellates the first products there, one at a time in order, until the first
	 * runtime is done loading the whole model ({@code firstLoad}) or the excerpt's products are done.
	 * The meshes are those of the whole model ({@code PreviewTest}); any trouble ends the preview, and
	 * the whole model's runtimes take the rest.
	 */
	private void preview(WebIfcSlot slot, List<IfcEntity> wanted, Merge merge, CountDownLatch firstLoad,
			GeometryMonitor monitor, long modelDeadline) {
		long start = System.nanoTime();
		List<IfcEntity> roots = new ArrayList<>(wanted.subList(0, Math.min(PREVIEW_PRODUCTS, wanted.size())));
		IfcEntity project = model.project();
		if (project != null) {
			roots.add(project); // its units and contexts
		}
		byte[] excerpt;
		try {
			excerpt = model.excerpt(roots, ATTACHED, PREVIEW_MAX_BYTES);
		} catch (RuntimeException e) {
			WebIfcEngine.trace("no preview: %s", e);
			return;
		}
		if (excerpt == null) {
			WebIfcEngine.trace("no preview: the excerpt would be larger than %d bytes", PREVIEW_MAX_BYTES);
			return;
		}
		int limit = roots.size() - (project != null ? 1 : 0);
		slot.lock.lock();
		try {
			WebIfcRuntime runtime = slot.runtime();
			int generation = slot.generation();
			int previewId;
			try {
				previewId = runtime.openBytes(excerpt);
			} catch (JavetException e) {
				slot.discardRuntime();
				return;
			}
			WebIfcEngine.trace("runtime %d loaded a preview of %d products (%d bytes) in %.3f s", slot.index, limit,
					excerpt.length, (System.nanoTime() - start) / 1e9);
			int done = 0;
			for (int i; (previewToTheEnd || firstLoad.getCount() > 0) && slot.generation() == generation && (i = merge.takeBelow(limit)) >= 0;) {
				IfcEntity product = wanted.get(i);
				String stop = stopReason(monitor, modelDeadline);
				merge.put(i, stop != null ? cancelled(product, stop) : tessellate(slot, previewId, product, monitor));
				done++;
			}
			previewed.addAndGet(done);
			WebIfcEngine.trace("runtime %d previewed %d products", slot.index, done);
			if (slot.generation() == generation) {
				try {
					runtime.closeModel(previewId);
				} catch (JavetException e) {
					slot.discardRuntime();
				}
			}
		} catch (GeometryException e) {
			WebIfcEngine.trace("preview stopped: %s", e.getMessage());
		} finally {
			slot.lock.unlock();
		}
	}

	private ProductGeometry tessellate(WebIfcSlot slot, IfcEntity product, long modelDeadline, GeometryMonitor monitor)
			throws GeometryException {
		slot.lock.lock();
		try {
			ensureOpen(slot);
			return tessellate(slot, modelIds[slot.index], product, monitor);
		} finally {
			slot.lock.unlock();
		}
	}

	/** Tessellates one product of web-ifc's model {@code modelId} in the slot's runtime. Caller holds the slot's lock. */
	private ProductGeometry tessellate(WebIfcSlot slot, int modelId, IfcEntity product, GeometryMonitor monitor)
			throws GeometryException {
		WebIfcRuntime runtime = slot.runtime();
		if (product.id() == hangOn) {
			hangOn = -1;
			try {
				runtime.hangOn(product.id());
			} catch (JavetException e) {
				slot.discardRuntime();
				return failed(product, "web-ifc crashed (" + e.getMessage() + "); the engine was restarted");
			}
		}
		long start = System.nanoTime();
		ElementWatch watch = new ElementWatch(runtime, monitor, deadline(start, options.elementTimeBudget()));
		current.set(slot.index, watch);
		try {
			List<Mesh> meshes = runtime.meshes(modelId, product.id());
			if (watch.interrupted.get()) {
				// The interruption came as the element finished: it would hit the next call instead.
				slot.discardRuntime();
			}
			if (meshes.isEmpty()) {
				return ProductGeometry.withoutMesh(product.id(), product.globalId(), product.typeName(),
						Status.NO_GEOMETRY, null);
			}
			OpeningTreatment openings = model.openings(product).isEmpty()
					? OpeningTreatment.NO_OPENINGS
					: OpeningTreatment.SUBTRACTED;
			return new ProductGeometry(product.id(), product.globalId(), product.typeName(), Status.MESHED, meshes,
					openings, null);
		} catch (WebIfcRuntime.ElementFailure f) {
			if (!runtime.alive(modelId)) {
				slot.discardRuntime();
			}
			return failed(product, "web-ifc failed: " + f.getMessage());
		} catch (JavetException e) {
			slot.discardRuntime();
			String reason = watch.reason;
			if (reason == null) {
				return failed(product, "web-ifc crashed (" + e.getMessage() + "); the engine was restarted");
			}
			return watch.cancelled ? cancelled(product, reason) : failed(product, reason);
		} finally {
			current.set(slot.index, null);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void traceStream(int runtimes, long started) {
		try {
			WebIfcEngine.trace("streamed in %.3f s; inside web-ifc's calls since the runtimes started: %.3f s",
					(System.nanoTime() - started) / 1e9, millisInsideWebIfc() / 1e3);
		} catch (GeometryException | JavetException e) {
			WebIfcEngine.trace("streamed; no figures (%s)", e.getMessage());
		}
	}

	/** Runs on the watchdog thread: interrupts the elements running now that must stop. */
	private void watch(long modelDeadline) {
		for (int i = 0; i < current.length(); i++) {
			ElementWatch w = current.get(i);
			if (w == null || w.interrupted.get()) {
				continue;
			}
			String reason = stopReason(w.monitor, modelDeadline);
			boolean cancelled = reason != null;
			if (reason == null && System.nanoTime() > w.deadline) {
				reason = "took longer than the element time budget of " + seconds(options.elementTimeBudget())
						+ " and was interrupted; raise the budget to try again";
			}
			if (reason != null && w.interrupted.compareAndSet(false, true)) {
				w.reason = reason;
				w.cancelled = cancelled;
				engine.interrupt(w.runtime);
			}
		}
	}

	private String stopReason(GeometryMonitor monitor, long modelDeadline) {
		if (cancelRequested || monitor.isCanceled()) {
			return "cancelled";
		}
		if (System.nanoTime() > modelDeadline) {
			return "not tessellated: the time budget of " + seconds(options.modelTimeBudget())
					+ " for the model ran out";
		}
		return null;
	}

	private static ProductGeometry failed(IfcEntity p, String reason) {
		return ProductGeometry.withoutMesh(p.id(), p.globalId(), p.typeName(), Status.FAILED, reason);
	}

	private static ProductGeometry cancelled(IfcEntity p, String reason) {
		return ProductGeometry.withoutMesh(p.id(), p.globalId(), p.typeName(), Status.CANCELLED, reason);
	}

	private static long deadline(long now, Duration budget) {
		return budget == null ? Long.MAX_VALUE : now + budget.toNanos();
	}

	private static String seconds(Duration d) {
		return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
	}

	static boolean looksZipped(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.read() == 'P' && in.read() == 'K';
		}
	}

	/** The first .ifc entry of an .ifczip. */
	private static byte[] unzip(Path file) throws IOException {
		UnpackLimit.CountingStream packed = UnpackLimit.counting(Files.newInputStream(file));
		try (ZipInputStream zip = new ZipInputStream(packed)) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".ifc")) {
					// The same limits as the IFC reader's, streamed: a zip bomb stops here too.
					return UnpackLimit.IFC.guard(zip, packed::count, file + " (entry " + entry.getName() + ")").readAllBytes();
				}
			}
		}
		throw new IOException("no .ifc entry inside the zip");
	}

	/** The element being tessellated, as the watchdog sees it. */
	private static final class ElementWatch {
		final WebIfcRuntime runtime;
		final GeometryMonitor monitor;
		final long deadline;
		final AtomicBoolean interrupted = new AtomicBoolean();
		volatile String reason;
		volatile boolean cancelled;

		ElementWatch(WebIfcRuntime runtime, GeometryMonitor monitor, long deadline) {
			this.runtime = runtime;
			this.monitor = monitor;
			this.deadline = deadline;
		}
	}
}
