package org.bidbench.ui.bim.internal;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ModelImporters;
import org.bidbench.ifc.IfcProblem;
import org.bidbench.ifc.ReadMonitor;
import org.bidbench.ifc.ReadOptions;
import org.bidbench.qto.StreamedQuantitySource;
import org.bidbench.viewer.Scene;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Reads an IFC file, then streams its geometry into a scene, publishing every few hundred
 * milliseconds so the first elements show while the rest still load. Problems of the file and of
 * single elements are collected as {@link ModelProblem}s, never thrown at the user.
 */
final class ModelLoadJob extends Job {

	/** Job family, to wait for loads in tests. */
	static final Object FAMILY = ModelLoadJob.class;
	private static final long PUBLISH_INTERVAL_NANOS = 300_000_000L;
	/**
	 * The first products are published this soon after the first one has come
	 * ({@link Scene#FIRST_PUBLISH_MILLIS}); later ones every {@link #PUBLISH_INTERVAL_NANOS}.
	 */
	static final long FIRST_PUBLISH_NANOS = Scene.FIRST_PUBLISH_MILLIS * 1_000_000L;

	private final Path file;
	private final Scene scene;
	private final Consumer<IfcModel> onModelRead;
	private final Consumer<List<ModelProblem>> onFinished;
	/**
	 * The quantities of the meshes as they stream by, for the take-off view: completed with them after
	 * a full load, with {@code null} when the load was cancelled or the engine stopped.
	 */
	private final java.util.concurrent.CompletableFuture<StreamedQuantitySource> quantities = new java.util.concurrent.CompletableFuture<>();
	/** Whether the measuring thread was given the last products and will complete {@link #quantities}. */
	private volatile boolean handedOver;

	ModelLoadJob(Path file, Scene scene, Consumer<IfcModel> onModelRead, Consumer<List<ModelProblem>> onFinished) {
		super(NLS.bind(ViewMessages.loadJob, file.getFileName()));
		this.file = file;
		this.scene = scene;
		this.onModelRead = onModelRead;
		this.onFinished = onFinished;
		setUser(true);
	}

	/**
	 * The computed quantities of every product, gathered while loading: completed with them soon after
	 * a full load, with {@code null} when the load was cancelled or the engine stopped (a take-off then
	 * tessellates afresh).
	 */
	java.util.concurrent.CompletableFuture<StreamedQuantitySource> quantities() {
		return quantities;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(ViewMessages.loadJob, file.getFileName()), 1000);
		List<ModelProblem> problems = new ArrayList<>();
		try {
			preloadGeometry();
			IfcModel model = read(progress.split(250), problems);
			if (model == null) {
				forgetPreload();
				return Status.OK_STATUS;
			}
			onModelRead.accept(model);
			tessellate(model, progress.split(750), problems);
			return Status.OK_STATUS;
		} catch (CancellationException | OperationCanceledException e) {
			// SubMonitor.split throws the latter when the user cancels between the read and the tessellation.
			forgetPreload();
			problems.add(ModelProblem.info(file.getFileName().toString(), ViewMessages.loadCancelled));
			return Status.CANCEL_STATUS;
		} finally {
			if (!handedOver) {
				quantities.complete(null); // no model, no engine, or cancelled before the geometry
			}
			scene.publish();
			onFinished.accept(problems);
		}
	}

	/**
	 * Lets the geometry engine read the file while the model reader does: on a large model the
	 * engine's own load is most of the wait for the first frame. A failure here is met again, and
	 * reported, when the geometry is streamed.
	 */
	private void preloadGeometry() {
		try {
			GeometryEngines.getDefault().preload(file);
		} catch (GeometryException | RuntimeException e) {
			// See above.
		}
	}

	/** When the model was not read or its load cancelled, the engine need not keep what it preloaded. */
	private void forgetPreload() {
		try {
			GeometryEngines.getDefault().forgetPreload();
		} catch (GeometryException | RuntimeException e) {
			// No engine, nothing preloaded.
		}
	}

	private IfcModel read(SubMonitor progress, List<ModelProblem> problems) {
		progress.beginTask(NLS.bind(ViewMessages.loadReading, file.getFileName()), 1000);
		ReadMonitor readMonitor = new ReadMonitor() {
			private int reported;

			@Override
			public void worked(long done, long total) {
				int now = total <= 0 ? 0 : (int) (1000 * done / total);
				if (now > reported) {
					progress.worked(now - reported);
					reported = now;
				}
			}

			@Override
			public boolean isCanceled() {
				return progress.isCanceled();
			}
		};
		try {
			IfcModel model = ModelImporters.open(file, ReadOptions.defaults().withMonitor(readMonitor));
			for (IfcProblem p : model.problems()) {
				problems.add(ModelProblem.of(p));
			}
			if (model.omittedProblemCount() > 0) {
				problems.add(ModelProblem.info(file.getFileName().toString(),
						NLS.bind(ViewMessages.loadOmitted, model.omittedProblemCount())));
			}
			return model;
		} catch (IOException e) {
			problems.add(ModelProblem.error(file.toString(), NLS.bind(ViewMessages.loadCannotOpen, e.getMessage())));
			return null;
		}
	}

	private void tessellate(IfcModel model, SubMonitor progress, List<ModelProblem> problems) {
		GeometryEngine engine;
		try {
			engine = GeometryEngines.getDefault();
		} catch (GeometryException e) {
			problems.add(ModelProblem.warning(file.getFileName().toString(),
					NLS.bind(ViewMessages.loadNo3d, e.getMessage())));
			return;
		}
		progress.setTaskName(NLS.bind(ViewMessages.loadTessellating, file.getFileName(), engine.name()));
		StreamedQuantitySource measured = new StreamedQuantitySource(engine.name());
		// The quantities (closure checks, volumes) are measured on a thread of their own, beside the
		// engine, so that a user who only looks at the model does not wait for them.
		java.util.concurrent.ExecutorService measuring = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "BidBench quantities of " + file.getFileName());
			t.setDaemon(true);
			return t;
		});
		try (GeometrySession session = engine.open(model)) {
			int total = Math.max(1, session.products().size());
			progress.setWorkRemaining(total);
			// Until the first publish: the time the first product came, then the time of the last publish.
			long[] lastPublish = {0};
			boolean[] published = {false};
			int[] failed = {0};
			session.streamAll(product -> {
				scene.add(product);
				if (lastPublish[0] == 0) {
					lastPublish[0] = System.nanoTime();
				}
				measuring.execute(() -> measured.accept(product));
				if (product.status() == ProductGeometry.Status.FAILED) {
					failed[0]++;
					problems.add(ModelProblem.warning(file.getFileName().toString(), NLS.bind(ViewMessages.loadNoShape,
							new Object[]{product.productId(), product.ifcClass(), product.globalId(), product.failureReason()})));
				}
				long now = System.nanoTime();
				if (now - lastPublish[0] > (published[0] ? PUBLISH_INTERVAL_NANOS : FIRST_PUBLISH_NANOS)) {
					scene.publish();
					lastPublish[0] = now;
					published[0] = true;
				}
			}, new GeometryMonitor() {
				private int reported;

				@Override
				public void worked(int done, int all) {
					if (done > reported) {
						progress.worked(done - reported);
						reported = done;
					}
				}

				@Override
				public boolean isCanceled() {
					return progress.isCanceled();
				}
			});
			if (progress.isCanceled()) {
				throw new CancellationException();
			}
			// Not waited for here: the model is shown as loaded while the last quantities are measured.
			measuring.execute(() -> {
				measured.complete();
				quantities.complete(measured);
			});
			measuring.shutdown();
			handedOver = true;
		} catch (GeometryException e) {
			problems.add(ModelProblem.error(file.getFileName().toString(), NLS.bind(ViewMessages.loadEngineStopped, e.getMessage())));
		} finally {
			if (!measuring.isShutdown()) {
				// cancelled or stopped: what was measured is incomplete, a take-off tessellates for itself
				measuring.shutdownNow();
				quantities.complete(null);
			}
		}
	}
}
