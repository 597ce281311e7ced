package org.bidbench.ui.bim.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.StreamedQuantitySource;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * One take-off run of a rule pack on a model, in the background with progress and cancel: it
 * reuses the quantities the model editor measured while loading when there are any, else measures.
 * Belongs to {@link TakeoffView#FAMILY}.
 */
final class TakeoffJob extends Job {

	/** Where the job hands its outcome: a result, or null with the sentence that says why there is none. */
	interface Outcome {
		void show(TakeoffResult result, String message);
	}

	private final IfcModel model;
	private final CompletableFuture<StreamedQuantitySource> loadedQuantities;
	private final RulePack pack;
	private final String what;
	private final Outcome outcome;

	/** {@code what} names the pack and the model in the job's name and messages. */
	TakeoffJob(IfcModel model, CompletableFuture<StreamedQuantitySource> loadedQuantities, RulePack pack, String what, Outcome outcome) {
		super(NLS.bind(Messages.Takeoff_job, what));
		this.model = model;
		this.loadedQuantities = loadedQuantities;
		this.pack = pack;
		this.what = what;
		this.outcome = outcome;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Takeoff_job, what), 100);
		try {
			ComputedQuantitySource loaded = TakeoffMeasuring.measuredWhileLoading(loadedQuantities, progress);
			TakeoffResult r = loaded != null
					? new TakeoffSession(model, loaded).run(pack, progress::isCanceled)
					: TakeoffMeasuring.measure(model, pack, progress);
			outcome.show(r, loaded != null ? Messages.Takeoff_reusedMeshes : "");
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			outcome.show(null, NLS.bind(Messages.Takeoff_cancelled, what));
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			outcome.show(null, NLS.bind(Messages.Takeoff_failed, new Object[]{what, e.getMessage(), pack.getId()}));
			return Status.error("take-off " + what + " failed", e);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == TakeoffView.FAMILY;
	}
}
