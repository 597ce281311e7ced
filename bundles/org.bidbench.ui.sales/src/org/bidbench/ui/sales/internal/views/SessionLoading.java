package org.bidbench.ui.sales.internal.views;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.ui.sales.SalesSession;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Loads the workbench workspace's sales data into the session when a view opens before anything
 * else did, off the UI thread; views refresh when the session says it loaded.
 */
final class SessionLoading {

	private static Job running;

	private SessionLoading() {
	}

	/** Starts loading {@code <workspace>/sales} unless the session holds data or a load runs. */
	static synchronized void ensureLoaded() {
		SalesSession session = SalesSession.get();
		Path folder = SalesSession.workspaceSalesFolder();
		if (session.isLoaded() || folder == null || !Files.isRegularFile(folder.resolve(SalesWorkspaceFolder.ROOT))
				|| (running != null && running.getResult() == null)) {
			return;
		}
		running = session.loadInBackground(folder);
	}

}
