package org.bidbench.ui.internal;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the BidBench workbench. It holds the lock of its workspace (Equinox's
 * {@code <workspace>/.metadata/.lock}) while it runs: a second workbench on the same workspace is
 * refused, and the launcher tells by that lock whether an element link can be handed to a running
 * workbench (docs/element-links.md).
 */
public class BidBenchApplication implements IApplication {

	/** Given by the launcher when it starts the workbench to follow an element link waiting in the workspace. */
	static final String FROM_LINK_ARGUMENT = "--from-link";

	@Override
	public Object start(IApplicationContext context) {
		Display display = PlatformUI.createDisplay();
		try {
			String held = lockWorkspace();
			if (held != null) {
				// Started for a link while another workbench took the workspace: that one follows the link.
				if (!Arrays.asList(Platform.getApplicationArgs()).contains(FROM_LINK_ARGUMENT)) {
					MessageDialog.openError(null, "BidBench", held);
				}
				return IApplication.EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new BidBenchWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/** Locks the workspace; returns a message for the user when another workbench holds it, else {@code null}. */
	private static String lockWorkspace() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || !instance.isSet() || instance.isReadOnly()) {
			return null;
		}
		try {
			// Not isLocked() first: it opens and closes the lock file, and closing drops this JVM's own lock.
			if (!instance.lock()) {
				return "Another BidBench workbench is running on the workspace " + folder(instance)
						+ ". Switch to that window, or start BidBench with BIDBENCH_WORKSPACE set to another folder.";
			}
		} catch (IOException e) {
			// A workspace whose lock cannot be written (some network drives) still works, unguarded.
			ILog.of(BidBenchApplication.class).warn("Cannot lock the workspace " + folder(instance) + ": " + e.getMessage()
					+ "; element links from outside will start a new workbench instead of using this one.");
		}
		return null;
	}

	/** The workspace as the user typed it: no URL form, no trailing separator. */
	private static String folder(Location instance) {
		return new File(instance.getURL().getPath()).getPath();
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
