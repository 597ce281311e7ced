package org.bidbench.ui.sales.internal;

import java.nio.file.Path;

import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.handlers.SalesSave;
import org.bidbench.ui.sales.internal.store.TeamStoreConnection;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * Loads the workspace's sales data ({@code <workspace>/sales}, where {@code bidbench demo} puts
 * it) into the session when the workbench starts, in a job, so that every sales view and editor
 * opens on it; and asks before the workbench closes with unsaved sales edits.
 */
public final class SalesSessionStartup implements IStartup {

	@Override
	public void earlyStartup() {
		SalesSession session = SalesSession.get();
		Path folder = SalesSession.workspaceSalesFolder();
		Runnable loadFolder = () -> {
			if (folder != null && !session.isLoaded()) {
				session.loadInBackground(folder);
			}
		};
		IWorkbench workbench = PlatformUI.getWorkbench();
		if (TeamStoreConnection.rememberedUrl() != null && !session.isLoaded()) {
			// The user worked on a team store last time: ask for the password again (never kept), or the folder on cancel.
			workbench.getDisplay().asyncExec(() -> TeamStoreConnection.askAndConnect(
					workbench.getActiveWorkbenchWindow() == null ? null : workbench.getActiveWorkbenchWindow().getShell(), loadFolder));
		} else {
			loadFolder.run();
		}
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench closing, boolean forced) {
				if (forced || !session.isDirty()) {
					return true;
				}
				var shell = closing.getActiveWorkbenchWindow() == null ? null : closing.getActiveWorkbenchWindow().getShell();
				int choice = MessageDialog.open(MessageDialog.QUESTION_WITH_CANCEL, shell, Messages.SalesSessionStartup_unsavedTitle,
						Messages.SalesSessionStartup_unsaved, 0, Messages.SalesSessionStartup_save, Messages.SalesSessionStartup_discard,
						Messages.SalesSessionStartup_cancel);
				return switch (choice) {
					case 0 -> SalesSave.save(shell);
					case 1 -> true;
					default -> false;
				};
			}

			@Override
			public void postShutdown(IWorkbench closed) {
				// nothing to release: the session lives as long as the bundle
			}
		});
	}
}
