package org.bidbench.ui.bim.internal;

import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;

/**
 * Starts the default geometry engine in the background when the workbench comes up. Starting web-ifc
 * (Node.js and its WebAssembly) takes a second or two; done here, the first model a presales
 * engineer opens, often in front of a client, does not wait for it.
 *
 * <p>A failure is only logged: opening a model meets the same failure and reports it where the
 * user is looking, with what to do.
 */
public final class EngineWarmUp implements IStartup {

	@Override
	public void earlyStartup() {
		Job job = Job.create(ViewMessages.engineWarmUp, (IProgressMonitor monitor) -> {
			try {
				GeometryEngines.getDefault().warmUp();
			} catch (GeometryException | RuntimeException e) {
				ILog.of(EngineWarmUp.class).log(Status.warning("the geometry engine did not start in the background: " + e.getMessage(), e));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule();
	}
}
