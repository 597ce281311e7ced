package org.bidbench.ui.sales.internal.store;

import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.handlers.SalesSave;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.service.prefs.BackingStoreException;

/**
 * File > Disconnect from Team Store: back to the workspace's own sales folder. Unsaved edits are
 * saved to the store first or dropped, as the user chooses; the store is forgotten, so that the
 * next start opens the folder without asking for a password.
 */
public final class DisconnectTeamStoreHandler extends AbstractHandler {

	private final Runnable follow = this::follow;

	public DisconnectTeamStoreHandler() {
		SalesSession.get().addListener(follow);
		follow();
	}

	/** Enabled while the session works on a team store or its read-only local copy. */
	private void follow() {
		SalesSession session = SalesSession.get();
		setBaseEnabled(session.store() != null || session.readOnlyReason() != null);
	}

	@Override
	public void dispose() {
		SalesSession.get().removeListener(follow);
		super.dispose();
	}

	@Override
	public Object execute(ExecutionEvent event) {
		disconnect(HandlerUtil.getActiveShell(event));
		return null;
	}

	/** Disconnects, asking first about unsaved edits; returns whether the session left the store. */
	public static boolean disconnect(Shell shell) {
		SalesSession session = SalesSession.get();
		if (session.store() == null && session.readOnlyReason() == null) {
			return false;
		}
		if (session.store() != null && session.isDirty()) {
			int choice = new MessageDialog(shell, Messages.Disconnect_title, null,
					NLS.bind(Messages.Disconnect_unsaved, session.store().location()), MessageDialog.QUESTION, 0, Messages.Disconnect_save,
					Messages.Disconnect_discard, IDialogConstants.CANCEL_LABEL).open();
			if (choice == 0) {
				if (!SalesSave.save(shell)) {
					return false;
				}
			} else if (choice != 1) {
				return false;
			}
		}
		var node = InstanceScope.INSTANCE.getNode("org.bidbench.ui.sales"); //$NON-NLS-1$
		node.remove(TeamStoreConnection.URL_PREFERENCE);
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// forgotten for this run only
		}
		session.disconnect();
		return true;
	}
}
