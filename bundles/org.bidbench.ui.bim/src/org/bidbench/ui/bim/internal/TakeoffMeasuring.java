package org.bidbench.ui.bim.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.EngineQuantitySource;
import org.bidbench.qto.StreamedQuantitySource;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Where the take-off view's quantities come from: the meshes the model editor measured while
 * loading, or else a tessellation of its own with the default geometry engine.
 */
final class TakeoffMeasuring {

	private TakeoffMeasuring() {
	}

	/**
	 * The quantities the editor's load measured, waiting for the last of them if the load has just
	 * ended; {@code null} when the load did not measure them all (cancelled, engine stopped).
	 */
	static ComputedQuantitySource measuredWhileLoading(CompletableFuture<StreamedQuantitySource> future, SubMonitor progress) {
		progress.subTask(Messages.Takeoff_waiting);
		while (true) {
			if (progress.isCanceled()) {
				throw new CancellationException("take-off canceled");
			}
			try {
				return future.get(200, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// still measuring (or still loading): ask again, so that cancel is heard
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CancellationException("take-off interrupted");
			} catch (ExecutionException e) {
				return null; // measuring failed: the take-off tessellates for itself
			}
		}
	}

	/**
	 * Computed quantities come from the default geometry engine when one is installed, else the
	 * take-off uses authored quantities only and says so in the result's engine.
	 */
	static TakeoffResult measure(IfcModel model, RulePack pack, SubMonitor progress) {
		GeometryEngine engine;
		try {
			engine = GeometryEngines.getDefault();
		} catch (GeometryException e) {
			return new TakeoffSession(model, ComputedQuantitySource.NONE).run(pack, progress::isCanceled);
		}
		SubMonitor tessellation = progress.split(80);
		GeometryMonitor monitor = new GeometryMonitor() {
			private int reported;

			@Override
			public void worked(int done, int total) {
				tessellation.setWorkRemaining(Math.max(1, total - reported));
				if (done > reported) {
					tessellation.worked(done - reported);
					reported = done;
				}
			}

			@Override
			public boolean isCanceled() {
				return progress.isCanceled();
			}
		};
		try (GeometrySession session = engine.open(model)) {
			EngineQuantitySource computed = new EngineQuantitySource(session, engine.name(), monitor);
			progress.subTask(NLS.bind(Messages.Takeoff_tessellating, engine.name()));
			computed.prepare();
			if (progress.isCanceled()) {
				throw new CancellationException("take-off canceled");
			}
			progress.subTask(NLS.bind(Messages.Takeoff_applying, pack.getName()));
			return new TakeoffSession(model, computed).run(pack, progress::isCanceled);
		} catch (GeometryException e) {
			return new TakeoffSession(model, ComputedQuantitySource.NONE).run(pack, progress::isCanceled);
		}
	}
}
