package org.bidbench.ui.bim.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.bidbench.qto.rules.RulePack;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

/**
 * "Compare revision..." of the take-off view: an older version of the active model compared with
 * it under the chosen pack, the counts in the summary, doubtful pairs offered to a person.
 */
final class TakeoffRevisions {

	private final TakeoffView view;
	/** Whether a comparison opens the dialog of doubtful pairs (tests open it themselves). */
	boolean askPerson = true;
	private RevisionComparison last;

	TakeoffRevisions(TakeoffView view) {
		this.view = view;
	}

	/** The last comparison with an older version, for tests. */
	RevisionComparison last() {
		return last;
	}

	/** Asks for the older version of the active model and compares it (doubtful pairs go to a person). */
	void choose() {
		if (!(view.getSite().getPage().getActiveEditor() instanceof ModelEditor editor) || editor.model() == null) {
			view.say(Messages.Takeoff_openModel);
			return;
		}
		FileDialog dialog = new FileDialog(view.getSite().getShell(), SWT.OPEN);
		dialog.setText(RevisionMessages.Revision_chooseOld);
		dialog.setFilterExtensions(new String[]{"*.ifc", "*.*"});
		String chosen = dialog.open();
		if (chosen != null) {
			compare(Path.of(chosen));
		}
	}

	/**
	 * Compares an older version of the active model with it under the chosen pack, as a job; then
	 * shows the counts and, when {@code askPerson}, offers the doubtful pairs for confirmation (a
	 * confirmation compares again). Returns the job, or null when there is no model file.
	 */
	Job compare(Path oldFile) {
		if (!(view.getSite().getPage().getActiveEditor() instanceof ModelEditor editor) || editor.model() == null
				|| editor.model().path() == null) {
			view.say(RevisionMessages.Revision_noFile);
			return null;
		}
		Path newFile = editor.model().path();
		RulePack pack = view.chosenPack();
		String what = NLS.bind(RevisionMessages.Revision_job, oldFile.getFileName(), newFile.getFileName());
		var display = view.getSite().getShell().getDisplay();
		Job job = new Job(what) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					RevisionComparison c = RevisionComparison.compare(oldFile, newFile, pack, monitor);
					display.asyncExec(() -> show(c));
					return Status.OK_STATUS;
				} catch (IOException | RuntimeException e) {
					display.asyncExec(() -> view.say(NLS.bind(RevisionMessages.Revision_failed,
							new Object[]{oldFile.getFileName(), newFile.getFileName(), e.getMessage()})));
					return Status.error(what, e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == TakeoffView.FAMILY;
			}
		};
		job.setUser(true);
		view.say(what);
		job.schedule();
		return job;
	}

	private void show(RevisionComparison c) {
		if (!view.say(RevisionMatchesDialog.counts(c.diff()))) {
			return;
		}
		last = c;
		if (askPerson && !c.diff().doubtful().isEmpty()) {
			RevisionMatchesDialog dialog = new RevisionMatchesDialog(view.getSite().getShell(), c);
			if (dialog.open() == Window.OK && !dialog.confirmedPairs().isEmpty()) {
				compare(c.oldFile());
			}
		}
	}
}
