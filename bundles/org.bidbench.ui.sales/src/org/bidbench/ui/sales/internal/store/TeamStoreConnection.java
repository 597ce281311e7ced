package org.bidbench.ui.sales.internal.store;

import org.bidbench.sales.core.store.SalesStoreProvider.StoreLogin;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.core.store.StoreUnavailableException;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.ui.sales.SalesSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Connecting the workbench's session to a team store: the dialog, the connection in a job, and
 * what happens when the server cannot be reached (retry, or the last local copy read-only). The
 * URL and the user are remembered in the preferences; the password never is, so it is asked at
 * each connection (also at start-up, when a store was remembered).
 */
public final class TeamStoreConnection {

	/** Preferences (instance scope of org.bidbench.ui.sales) remembering the last store. */
	public static final String URL_PREFERENCE = "teamStoreUrl"; //$NON-NLS-1$
	public static final String USER_PREFERENCE = "teamStoreUser"; //$NON-NLS-1$
	private static final String NODE = "org.bidbench.ui.sales"; //$NON-NLS-1$

	private TeamStoreConnection() {
	}

	/** The store remembered from the last connection, or null. */
	public static String rememberedUrl() {
		return InstanceScope.INSTANCE.getNode(NODE).get(URL_PREFERENCE, null);
	}

	/**
	 * Asks for the store and the login (prefilled with the remembered ones) and connects.
	 *
	 * @param otherwise run when the user cancels (at start-up: load the workspace's folder); may be null
	 */
	public static void askAndConnect(Shell shell, Runnable otherwise) {
		var node = InstanceScope.INSTANCE.getNode(NODE);
		ConnectDialog dialog = new ConnectDialog(shell, node.get(URL_PREFERENCE, ""), node.get(USER_PREFERENCE, //$NON-NLS-1$
				System.getProperty("user.name", ""))); //$NON-NLS-1$ //$NON-NLS-2$
		if (dialog.open() != Window.OK) {
			if (otherwise != null) {
				otherwise.run();
			}
			return;
		}
		node.put(URL_PREFERENCE, dialog.url());
		node.put(USER_PREFERENCE, dialog.user());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// remembered for this run only
		}
		connect(dialog.url(), new StoreLogin(dialog.user(), dialog.password()), otherwise);
	}

	/** Connects in a job; a failure is reported on the UI thread with the choices it leaves. */
	public static Job connect(String url, StoreLogin login, Runnable otherwise) {
		SalesSession session = SalesSession.get();
		Job job = Job.create(NLS.bind(Messages.Connect_connecting, url), (IProgressMonitor monitor) -> {
			monitor.beginTask(NLS.bind(Messages.Connect_connecting, url), IProgressMonitor.UNKNOWN);
			try {
				session.connect(url, login);
				return Status.OK_STATUS;
			} catch (StoreException e) {
				if (!monitor.isCanceled()) {
					Display.getDefault().asyncExec(() -> failed(url, login, e, otherwise));
				}
				return Status.OK_STATUS;
			} finally {
				monitor.done();
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static void failed(String url, StoreLogin login, StoreException e, Runnable otherwise) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null
				? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		if (!(e instanceof StoreUnavailableException)) {
			// Wrong password, no store in that database...: say so and let the user correct it.
			MessageDialog.openError(shell, Messages.Connect_failedTitle, e.getMessage());
			askAndConnect(shell, otherwise);
			return;
		}
		int choice = new MessageDialog(shell, Messages.Connect_unreachableTitle, null, NLS.bind(Messages.Connect_unreachable, e.getMessage()),
				MessageDialog.WARNING, 0, Messages.Connect_openCopy, Messages.Connect_retry, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL)
				.open();
		if (choice == 1) {
			connect(url, login, otherwise);
			return;
		}
		if (choice == 0) {
			try {
				if (SalesSession.get().openLocalCopy(url, login == null ? null : login.user())) {
					return;
				}
				MessageDialog.openInformation(shell, Messages.Connect_unreachableTitle, NLS.bind(Messages.Connect_noCopy, e.getMessage()));
			} catch (WorkspaceFileException unreadable) {
				MessageDialog.openError(shell, Messages.Connect_unreachableTitle, unreadable.getMessage());
			}
		}
		if (otherwise != null) {
			otherwise.run();
		}
	}
}
