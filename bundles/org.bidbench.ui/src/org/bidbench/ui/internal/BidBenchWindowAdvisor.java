package org.bidbench.ui.internal;

import org.bidbench.ui.BidBenchPerspectives;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

class BidBenchWindowAdvisor extends WorkbenchWindowAdvisor {

	BidBenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new BidBenchActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle("BidBench");
		configurer.addEditorAreaTransfer(FileTransfer.getInstance());
		configurer.configureEditorAreaDropListener(new ModelFileDrop(configurer.getWindow()));
	}

	@Override
	public void postWindowOpen() {
		if (isDemoWorkspace()) {
			// A demo is shown to a client: the building gets the whole screen.
			// (The bounds first: without a window manager, as under Xvfb, maximising does nothing.)
			org.eclipse.swt.widgets.Shell shell = getWindowConfigurer().getWindow().getShell();
			shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
			shell.setMaximized(true);
		}
		IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
		if (page != null && page.findView(BidBenchPerspectives.WELCOME_VIEW) == null) {
			try {
				page.showView(BidBenchPerspectives.WELCOME_VIEW);
			} catch (PartInitException e) {
				// The workbench still works without its welcome page; the error log has the cause.
				org.eclipse.core.runtime.ILog.of(getClass()).error("Cannot show the welcome page", e);
			}
		}
	}

	/** Whether the workspace is the one {@code bidbench demo} made (it carries the demo marker). */
	private static boolean isDemoWorkspace() {
		org.eclipse.osgi.service.datalocation.Location instance = org.eclipse.core.runtime.Platform.getInstanceLocation();
		if (instance == null || !instance.isSet() || !"file".equals(instance.getURL().getProtocol())) {
			return false;
		}
		return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(instance.getURL().getPath(), ".bidbench-demo"));
	}
}
