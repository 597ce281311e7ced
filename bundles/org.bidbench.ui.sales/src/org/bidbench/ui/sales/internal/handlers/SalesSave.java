package org.bidbench.ui.sales.internal.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.sales.core.workspace.ConcurrentChangeException;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.bidbench.ui.sales.internal.store.TeamStoreSave;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves the session from the workbench. A file another program changed since it was loaded is
 * never written over: the user chooses to reload it (dropping the edits) or to keep the edits in
 * another folder, and nothing happens until they choose.
 */
public final class SalesSave {

	/** The answers of the conflict dialog, in button order. */
	static final int RELOAD = 0;
	static final int KEEP_ELSEWHERE = 1;

	/** What tests answer instead of a person; null asks the person. */
	static ConflictAnswer answer;

	/** How a save conflict is resolved (a person through the dialog, or a test). */
	public interface ConflictAnswer {
		/** {@link #RELOAD}, {@link #KEEP_ELSEWHERE} or anything else to cancel. */
		int choose(Path changedFile);

		/** The folder to keep my edits in, for {@link #KEEP_ELSEWHERE}; null cancels. */
		Path elsewhere();
	}

	private SalesSave() {
	}

	/** For tests: answer conflicts without a dialog (null restores the dialog). */
	public static void answerConflictsWith(ConflictAnswer conflictAnswer) {
		answer = conflictAnswer;
	}

	/** Saves, asking the user on a conflict; returns whether the edits are safe on disk. */
	public static boolean save(Shell shell) {
		SalesSession session = SalesSession.get();
		if (session.store() != null) {
			return TeamStoreSave.save(shell, session);
		}
		if (session.readOnlyReason() != null) {
			MessageDialog.openInformation(shell, Messages.SalesSave_title, org.bidbench.ui.sales.internal.store.Messages.StoreSave_readOnly);
			return false;
		}
		try {
			session.save();
			return true;
		} catch (ConcurrentChangeException e) {
			return resolve(shell, session, e.file());
		} catch (WorkspaceFileException e) {
			MessageDialog.openError(shell, Messages.SalesSave_title, NLS.bind(Messages.SalesSave_failed, e.getMessage()));
			return false;
		}
	}

	private static boolean resolve(Shell shell, SalesSession session, Path changed) {
		int choice;
		if (answer != null) {
			choice = answer.choose(changed);
		} else {
			MessageDialog dialog = new MessageDialog(shell, Messages.SalesSave_conflictTitle, null,
					NLS.bind(Messages.SalesSave_conflict, changed), MessageDialog.WARNING, reloadOrKeepButtons(), 2);
			choice = dialog.open();
		}
		Path folder = session.folder();
		try {
			if (choice == RELOAD) {
				session.load(folder);
				return true;
			}
			if (choice == KEEP_ELSEWHERE) {
				Path target = answer != null ? answer.elsewhere() : askFolder(shell, folder);
				if (target == null) {
					return false;
				}
				if (Files.isRegularFile(target.resolve(SalesWorkspaceFolder.ROOT))) {
					MessageDialog.openError(shell, Messages.SalesSave_title, NLS.bind(Messages.SalesSave_notEmpty, target));
					return false;
				}
				SalesWorkspace copy = EcoreUtil.copy(session.workspace());
				SalesWorkspaceFolder.create(target, copy).save();
				session.load(target);
				if (answer == null) {
					MessageDialog.openInformation(shell, Messages.SalesSave_title, NLS.bind(Messages.SalesSave_keptElsewhere, target, folder));
				}
				return true;
			}
		} catch (WorkspaceFileException e) {
			MessageDialog.openError(shell, Messages.SalesSave_title, NLS.bind(Messages.SalesSave_failed, e.getMessage()));
		}
		return false;
	}

	private static String[] reloadOrKeepButtons() {
		return new String[]{Messages.SalesSave_reload, Messages.SalesSave_keepElsewhere, IDialogConstants.CANCEL_LABEL};
	}

	private static Path askFolder(Shell shell, Path folder) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.SalesSave_elsewhereTitle);
		dialog.setMessage(Messages.SalesSave_elsewhereMessage);
		if (folder != null && folder.getParent() != null) {
			dialog.setFilterPath(folder.getParent().toString());
		}
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}
}
