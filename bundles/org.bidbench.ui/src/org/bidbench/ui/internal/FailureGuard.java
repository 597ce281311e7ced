package org.bidbench.ui.internal;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * The workbench's last guard against failures that no code of ours caught: an error in the UI
 * loop or in a background job (running out of memory, a stack overflow on a hostile file) becomes
 * one message that says what failed and what to do, instead of a log entry the user never sees
 * or a dead window. The details stay in the log.
 */
final class FailureGuard {

	private FailureGuard() {
	}

	/** Watches every job's result from now on. */
	static void install() {
		Job.getJobManager().addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus result = event.getResult();
				if (result != null && result.getException() instanceof Error error) {
					show(event.getJob().getName(), error);
				}
			}
		});
	}

	/** Tells the user about an error that ended some work; safe from any thread. */
	static void show(String work, Throwable error) {
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : Display.getDefault();
		if (display == null || display.isDisposed()) {
			return;
		}
		String message = describe(work, error);
		display.asyncExec(() -> {
			Shell shell = display.getActiveShell();
			MessageDialog.openError(shell, Messages.FailureGuard_title, message);
		});
	}

	static String describe(String work, Throwable error) {
		if (error instanceof OutOfMemoryError) {
			long maxMb = Runtime.getRuntime().maxMemory() >> 20;
			return NLS.bind(Messages.FailureGuard_outOfMemory, new Object[]{work, maxMb,
					Math.max(2, 2 * ((maxMb + 1023) / 1024))});
		}
		if (error instanceof StackOverflowError) {
			return NLS.bind(Messages.FailureGuard_tooDeep, work);
		}
		return NLS.bind(Messages.FailureGuard_internal, work, error.toString());
	}
}
