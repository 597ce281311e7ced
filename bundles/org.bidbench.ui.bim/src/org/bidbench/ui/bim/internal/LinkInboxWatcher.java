package org.bidbench.ui.bim.internal;

import org.eclipse.osgi.util.NLS;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Follows the element links a launcher drops into the workspace's {@link LinkInbox} (a click on a
 * {@code bidbench://} link in a quote PDF). A thread watches the folder with a {@link WatchService}
 * and also looks every two seconds, for file systems that send no events; links found are followed
 * in the UI, after the models of open editors have loaded. Links that cannot be followed are logged
 * and shown in a dialog that does not block the workbench.
 */
public final class LinkInboxWatcher implements IStartup {

	static final String DIALOG_TITLE = ViewMessages.inboxTitle;
	/** A link older than this was dropped while no workbench watched (one closing down): not followed. */
	static final Duration MAX_AGE = Duration.ofMinutes(10);
	/** How long a link waits for the models of open editors to load before it is followed anyway. */
	private static final long LOAD_WAIT_MILLIS = 120_000;
	private static final long POLL_SECONDS = 2;

	private static volatile Path watched;

	/** The inbox folder this workbench watches, or {@code null} before it started. */
	static Path watchedFolder() {
		return watched;
	}

	@Override
	public void earlyStartup() {
		Path workspace = StartupModel.instanceDirectory();
		if (workspace == null) {
			ILog.of(getClass()).warn("The workspace is not a local folder: element links from outside the workbench are not followed.");
			return;
		}
		Path folder = LinkInbox.folder(workspace);
		WatchService watchService;
		try {
			Files.createDirectories(folder);
			watchService = FileSystems.getDefault().newWatchService();
			folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
		} catch (IOException e) {
			ILog.of(getClass()).error("Cannot watch " + folder + " for element links; links clicked outside the workbench"
					+ " will not be followed. Check that the workspace is writable.", e);
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench closing, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench closed) {
				watched = null;
				try {
					watchService.close();
				} catch (IOException e) {
					// the thread ends either way
				}
			}
		});
		Thread thread = new Thread(() -> watch(folder, watchService, workbench.getDisplay()), "BidBench link inbox");
		thread.setDaemon(true);
		thread.start();
		watched = folder;
	}

	private static void watch(Path folder, WatchService watchService, Display display) {
		try {
			while (!display.isDisposed()) {
				for (LinkInbox.Entry entry : takeQuietly(folder)) {
					display.asyncExec(() -> follow(entry));
				}
				WatchKey key = watchService.poll(POLL_SECONDS, TimeUnit.SECONDS);
				if (key != null) {
					key.pollEvents();
					key.reset();
				}
			}
		} catch (ClosedWatchServiceException | InterruptedException e) {
			// the workbench shuts down
		} catch (org.eclipse.swt.SWTException e) {
			// the display went away between the check and asyncExec
		}
	}

	private static List<LinkInbox.Entry> takeQuietly(Path folder) {
		try {
			return LinkInbox.take(folder);
		} catch (IOException e) {
			ILog.of(LinkInboxWatcher.class).error("Cannot read the element links in " + folder, e);
			return new ArrayList<>();
		}
	}

	/** In the UI thread: brings the window forward and follows the link, or says why not. */
	static void follow(LinkInbox.Entry entry) {
		if (!PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing()) {
			return;
		}
		Duration age = Duration.between(entry.written().toInstant(), Instant.now());
		if (age.compareTo(MAX_AGE) > 0) {
			report(NLS.bind(ViewMessages.inboxStale, entry.text(), age.toMinutes()));
			return;
		}
		try {
			ElementLink.parse(entry.text());
		} catch (IllegalArgumentException e) {
			report(NLS.bind(ViewMessages.inboxBad, entry.fileName(), e.getMessage()));
			return;
		}
		IWorkbenchWindow window = window();
		if (window == null || window.getActivePage() == null) {
			report(NLS.bind(ViewMessages.inboxNoWindow, entry.text()));
			return;
		}
		Shell shell = window.getShell();
		shell.setMinimized(false);
		shell.forceActive();
		followWhenModelsLoaded(window.getActivePage(), entry.text(), System.currentTimeMillis() + LOAD_WAIT_MILLIS);
	}

	/** A restored editor may still be loading the model that holds the element: wait for it first. */
	private static void followWhenModelsLoaded(IWorkbenchPage page, String link, long deadline) {
		if (page.getWorkbenchWindow().getShell() == null || page.getWorkbenchWindow().getShell().isDisposed()) {
			return;
		}
		boolean loading = false;
		for (IEditorReference ref : page.getEditorReferences()) {
			if (ModelEditor.ID.equals(ref.getId()) && ref.getEditor(true) instanceof ModelEditor editor && !editor.isLoaded()) {
				loading = true;
			}
		}
		if (loading && System.currentTimeMillis() < deadline) {
			Display.getCurrent().timerExec(250, () -> followWhenModelsLoaded(page, link, deadline));
			return;
		}
		String problem;
		try {
			problem = ElementLinks.follow(page, link);
		} catch (IllegalArgumentException e) {
			problem = e.getMessage();
		}
		if (problem != null) {
			report(problem);
		}
	}

	private static IWorkbenchWindow window() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		return window;
	}

	/** Logs the problem and shows it without blocking: the user clicked in another program and looks here. */
	static void report(String message) {
		ILog.of(LinkInboxWatcher.class).warn(message);
		IWorkbenchWindow window = window();
		Shell parent = window == null ? null : window.getShell();
		MessageDialog dialog = new MessageDialog(parent, DIALOG_TITLE, null, message, MessageDialog.WARNING, 0,
				IDialogConstants.OK_LABEL) {
			@Override
			protected void setShellStyle(int style) {
				super.setShellStyle(style & ~(SWT.APPLICATION_MODAL | SWT.PRIMARY_MODAL | SWT.SYSTEM_MODAL) | SWT.MODELESS);
			}
		};
		dialog.setBlockOnOpen(false);
		dialog.open();
	}
}
