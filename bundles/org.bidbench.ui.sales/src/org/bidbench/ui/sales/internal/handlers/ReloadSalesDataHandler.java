package org.bidbench.ui.sales.internal.handlers;

import java.nio.file.Path;

import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Reads the sales data from disk again, after asking when that drops unsaved edits. */
public class ReloadSalesDataHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SalesSession session = SalesSession.get();
		if (session.store() != null) {
			// A team store: take in what others saved; unsaved edits stay.
			session.refreshFromStore();
			return null;
		}
		Path folder = session.folder() != null ? session.folder() : SalesSession.workspaceSalesFolder();
		if (folder == null) {
			return null;
		}
		if (session.isDirty() && !MessageDialog.openQuestion(HandlerUtil.getActiveShell(event), Messages.ReloadSalesDataHandler_title,
				Messages.ReloadSalesDataHandler_dropEdits)) {
			return null;
		}
		session.loadInBackground(folder);
		return null;
	}
}
