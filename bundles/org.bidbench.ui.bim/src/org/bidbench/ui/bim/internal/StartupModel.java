package org.bidbench.ui.bim.internal;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Opens a model when the workbench starts: the file after {@code --open} on the command line, or,
 * on the demo workspace ({@code bidbench demo}), its sample house, so a demo starts on the building
 * rather than on an empty perspective. Nothing happens when a model editor was restored.
 */
public final class StartupModel implements IStartup {

	/** Written into the workspace by {@code bidbench demo-workspace}. */
	static final String DEMO_MARKER = ".bidbench-demo";
	/** The demo workspace's model shown first. */
	static final String DEMO_MODEL = "models/AC20-FZK-Haus.ifc";
	static final String OPEN_ARGUMENT = "--open";

	@Override
	public void earlyStartup() {
		Optional<Path> file = requested(Platform.getApplicationArgs(), instanceDirectory(),
				Path.of(System.getProperty("bidbench.cwd", System.getProperty("user.dir"))));
		if (file.isEmpty()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window == null && workbench.getWorkbenchWindowCount() > 0) {
				window = workbench.getWorkbenchWindows()[0];
			}
			if (window == null || window.getActivePage() == null) {
				return;
			}
			// The demo house is a default for an empty start; a model named on the command line is always opened.
			if (!hasOpenArgument(Platform.getApplicationArgs()) && hasModelEditor(window.getActivePage())) {
				return;
			}
			OpenModelHandler.open(window.getActivePage(), file.get());
		});
	}

	/**
	 * The model to open at start: {@code --open FILE} (relative to the directory the user started
	 * from) wins; else the demo workspace's house when the workspace carries the demo marker.
	 */
	static Optional<Path> requested(String[] args, Path instance, Path workingDirectory) {
		for (int i = 0; args != null && i < args.length; i++) {
			if (OPEN_ARGUMENT.equals(args[i]) && i + 1 < args.length) {
				return Optional.of(workingDirectory.resolve(args[i + 1]).normalize());
			}
			if (args[i].startsWith(OPEN_ARGUMENT + "=")) {
				return Optional.of(workingDirectory.resolve(args[i].substring(OPEN_ARGUMENT.length() + 1)).normalize());
			}
		}
		if (instance != null && Files.isRegularFile(instance.resolve(DEMO_MARKER))
				&& Files.isRegularFile(instance.resolve(DEMO_MODEL))) {
			return Optional.of(instance.resolve(DEMO_MODEL));
		}
		return Optional.empty();
	}

	static boolean hasOpenArgument(String[] args) {
		for (int i = 0; args != null && i < args.length; i++) {
			if (OPEN_ARGUMENT.equals(args[i]) && i + 1 < args.length || args[i].startsWith(OPEN_ARGUMENT + "=")) {
				return true;
			}
		}
		return false;
	}

	/** The workspace folder, or {@code null} when the instance location is not a local folder. */
	static Path instanceDirectory() {
		Location location = Platform.getInstanceLocation();
		URL url = location == null || !location.isSet() ? null : location.getURL();
		return url == null || !"file".equals(url.getProtocol()) ? null : Path.of(url.getPath());
	}

	private static boolean hasModelEditor(IWorkbenchPage page) {
		for (IEditorReference ref : page.getEditorReferences()) {
			if (ModelEditor.ID.equals(ref.getId())) {
				return true;
			}
		}
		return false;
	}
}
