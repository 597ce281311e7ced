package org.bidbench.geometry.webifc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

/** One model loaded into web-ifc. See {@link WebIfcEngine} for threading. */
final class WebIfcSession implements GeometrySession {

	private final WebIfcEngine engine;
	private final IfcModel model;
	private final GeometryOptions options;
	private List<IfcEntity> products;
	private int modelId = -1;
	private int openedGeneration = -1;
	private boolean closed;
	private volatile boolean cancelRequested;
	private volatile ElementWatch current;

	WebIfcSession(WebIfcEngine engine, IfcModel model, GeometryOptions options) {
		this.engine = engine;
		this.model = model;
		this.options = options;
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

	@Override
	public void stream(Collection<IfcEntity> wanted, Consumer<ProductGeometry> consumer, GeometryMonitor monitor)
			throws GeometryException {
		cancelRequested = false;
		long modelDeadline = deadline(System.nanoTime(), options.modelTimeBudget());
		ScheduledFuture<?> watch = engine.watchdog().scheduleAtFixedRate(() -> watch(modelDeadline),
				WebIfcEngine.WATCHDOG_PERIOD_MS, WebIfcEngine.WATCHDOG_PERIOD_MS, TimeUnit.MILLISECONDS);
		try {
			int total = wanted.size();
			int done = 0;
			for (IfcEntity product : wanted) {
				String stop = stopReason(monitor, modelDeadline);
				ProductGeometry result = stop != null
						? cancelled(product, stop)
						: tessellate(product, modelDeadline, monitor);
				consumer.accept(result);
				monitor.worked(++done, total);
			}
		} finally {
			watch.cancel(false);
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
		engine.lock.lock();
		try {
			if (!closed && modelId >= 0 && openedGeneration == engine.generation()) {
				try {
					engine.runtime().closeModel(modelId);
				} catch (JavetException | GeometryException e) {
					// The runtime is gone or broken: so is the model's memory.
				}
			}
			closed = true;
			modelId = -1;
		} finally {
			engine.lock.unlock();
		}
	}

	/** Loads the model into the current runtime unless it is there already. Caller holds the lock. */
	void ensureOpen() throws GeometryException {
		if (closed) {
			throw new IllegalStateException("the geometry session of " + model.fileName() + " is closed");
		}
		WebIfcRuntime runtime = engine.runtime();
		if (modelId >= 0 && openedGeneration == engine.generation()) {
			return;
		}
		Path file = model.path();
		if (file == null) {
			throw new GeometryException("model " + model.fileName()
					+ " was read from memory, but web-ifc reads files: open it with IfcModel.open(Path)");
		}
		try {
			int id = looksZipped(file) ? runtime.openBytes(unzip(file)) : runtime.openFile(file);
			if (id < 0) {
				throw new GeometryException("web-ifc cannot read " + file + " (model id " + id
						+ "): check the file with 'bidbench validate' or export it again");
			}
			modelId = id;
			openedGeneration = engine.generation();
		} catch (JavetException e) {
			engine.discardRuntime();
			throw new GeometryException("web-ifc failed to load " + file + " (" + e.getMessage()
					+ "): check the file with 'bidbench validate' or export it again", e);
		} catch (IOException e) {
			throw new GeometryException("cannot read " + file + " (" + e.getMessage() + "): check that it exists", e);
		}
	}

	/** The express ids web-ifc's own StreamAllMeshes reports, for the id agreement tests. */
	int[] streamedIds() throws GeometryException, JavetException {
		engine.lock.lock();
		try {
			ensureOpen();
			return engine.runtime().streamedIds(modelId);
		} finally {
			engine.lock.unlock();
		}
	}

	/** For the benchmark: milliseconds spent on web-ifc's side of element calls in the current runtime. */
	double millisInsideWebIfc() throws GeometryException, JavetException {
		engine.lock.lock();
		try {
			return engine.runtime().millisInside();
		} finally {
			engine.lock.unlock();
		}
	}

	/** Test seam: makes the element {@code expressId} hang in the current runtime. */
	void hangOn(int expressId) throws GeometryException, JavetException {
		engine.lock.lock();
		try {
			ensureOpen();
			engine.runtime().hangOn(expressId);
		} finally {
			engine.lock.unlock();
		}
	}

	/** The GlobalId web-ifc reads for an express id, for the id agreement tests. */
	String webIfcGlobalId(int expressId) throws GeometryException, JavetException {
		engine.lock.lock();
		try {
			ensureOpen();
			return engine.runtime().globalId(modelId, expressId);
		} finally {
			engine.lock.unlock();
		}
	}

	private ProductGeometry tessellate(IfcEntity product, long modelDeadline, GeometryMonitor monitor)
			throws GeometryException {
		engine.lock.lock();
		try {
			ensureOpen();
			WebIfcRuntime runtime = engine.runtime();
			long start = System.nanoTime();
			ElementWatch watch = new ElementWatch(runtime, monitor, deadline(start, options.elementTimeBudget()));
			current = watch;
			try {
				List<Mesh> meshes = runtime.meshes(modelId, product.id());
				if (watch.interrupted.get()) {
					// The interruption came as the element finished: it would hit the next call instead.
					engine.discardRuntime();
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
					engine.discardRuntime();
				}
				return failed(product, "web-ifc failed: " + f.getMessage());
			} catch (JavetException e) {
				engine.discardRuntime();
				String reason = watch.reason;
				if (reason == null) {
					return failed(product, "web-ifc crashed (" + e.getMessage() + "); the engine was restarted");
				}
				return watch.cancelled ? cancelled(product, reason) : failed(product, reason);
			} finally {
				current = null;
			}
		} finally {
			engine.lock.unlock();
		}
	}

	/** Runs on the watchdog thread: interrupts the element running now when it must stop. */
	private void watch(long modelDeadline) {
		ElementWatch w = current;
		if (w == null || w.interrupted.get()) {
			return;
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

	private static boolean looksZipped(Path file) throws IOException {
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
