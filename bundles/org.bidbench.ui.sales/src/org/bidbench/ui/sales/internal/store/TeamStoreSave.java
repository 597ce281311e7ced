package org.bidbench.ui.sales.internal.store;

import org.bidbench.sales.core.store.FieldConflict;
import org.bidbench.sales.core.store.StoreConflictException;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.core.store.StoreUnavailableException;
import org.bidbench.ui.sales.SalesSession;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/**
 * Saving the session into the team store from the workbench: a field someone else changed too
 * is shown with both values and the user chooses; a lost connection keeps the edits and offers
 * to retry (the store reconnects on the next save).
 */
public final class TeamStoreSave {

	/** Conflicts resolved and saved again, at most this many rounds (others may keep saving meanwhile). */
	private static final int ROUNDS = 5;

	/** What a person answers, or a test. */
	public interface Answers {
		/** True keeps mine, false takes theirs, null cancels the save. */
		Boolean keepMine(FieldConflict conflict);

		/** Whether to try again now after the connection was lost. */
		boolean retry(StoreUnavailableException lost);
	}

	private static Answers answers;

	private TeamStoreSave() {
	}

	/** For tests: answer without dialogs (null restores the dialogs). */
	public static void answerWith(Answers testAnswers) {
		answers = testAnswers;
	}

	/** Saves the session's edits into its team store; returns whether they are saved. */
	public static boolean save(Shell shell, SalesSession session) {
		for (int round = 0; round < ROUNDS; round++) {
			try {
				session.saveToStore();
				return true;
			} catch (StoreConflictException e) {
				if (e.conflicts().isEmpty()) {
					MessageDialog.openError(shell, Messages.StoreSave_conflictTitle, NLS.bind(Messages.StoreSave_failed, e.getMessage()));
					return false;
				}
				try {
					for (FieldConflict conflict : e.conflicts()) {
						Boolean keepMine = answers != null ? answers.keepMine(conflict) : ask(shell, conflict);
						if (keepMine == null) {
							return false;
						}
						session.resolve(conflict, keepMine);
					}
				} catch (StoreException resolving) {
					return lostOrFailed(shell, resolving);
				}
			} catch (StoreUnavailableException e) {
				boolean retry = answers != null
						? answers.retry(e)
						: new MessageDialog(shell, Messages.StoreSave_lostTitle, null, NLS.bind(Messages.StoreSave_lost, e.getMessage()),
								MessageDialog.WARNING, 0, Messages.StoreSave_retry, Messages.StoreSave_later).open() == 0;
				if (!retry) {
					return false;
				}
			} catch (StoreException e) {
				MessageDialog.openError(shell, Messages.StoreSave_lostTitle, NLS.bind(Messages.StoreSave_failed, e.getMessage()));
				return false;
			}
		}
		return false;
	}

	private static boolean lostOrFailed(Shell shell, StoreException e) {
		if (answers == null) {
			MessageDialog.openError(shell, Messages.StoreSave_lostTitle, NLS.bind(Messages.StoreSave_failed, e.getMessage()));
		}
		return false;
	}

	/** The conflict dialog: both values, and the choice between them. */
	private static Boolean ask(Shell shell, FieldConflict conflict) {
		String field = conflict.path().isEmpty() ? Messages.StoreSave_wholeRecord : conflict.path();
		String text = NLS.bind(Messages.StoreSave_conflict, new Object[]{field, conflict.key(), shown(conflict.mine()), shown(conflict.theirs()),
				shown(conflict.base())});
		int choice = new MessageDialog(shell, Messages.StoreSave_conflictTitle, null, text, MessageDialog.QUESTION, 0,
				Messages.StoreSave_keepMine, Messages.StoreSave_takeTheirs, IDialogConstants.CANCEL_LABEL).open();
		return switch (choice) {
			case 0 -> Boolean.TRUE;
			case 1 -> Boolean.FALSE;
			default -> null;
		};
	}

	private static String shown(String value) {
		return value == null ? Messages.StoreSave_unset : value;
	}
}
