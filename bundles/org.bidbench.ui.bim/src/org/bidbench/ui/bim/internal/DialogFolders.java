package org.bidbench.ui.bim.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.FileDialog;

/**
 * Where file dialogs open: the folder the user last chose a file in, else the home folder. Never
 * the process's working directory, which for an installed product is wherever the launcher was
 * started (web-ifc's data folder inside the installation, seen in the field), and never changed:
 * Java cannot change it, and the dialogs are given a folder instead of relying on it.
 */
public final class DialogFolders {

	private static final String NODE = "org.bidbench.ui.bim";
	private static final String KEY = "lastFileDialogFolder";
	private static Path remembered;

	private DialogFolders() {
	}

	/** The folder a dialog opens in now. */
	public static synchronized Path current() {
		Path last = remembered;
		if (last == null && Platform.isRunning()) {
			String stored = InstanceScope.INSTANCE.getNode(NODE).get(KEY, null);
			last = stored == null ? null : Path.of(stored);
		}
		if (last != null && Files.isDirectory(last)) {
			return last;
		}
		return Path.of(System.getProperty("user.home"));
	}

	/** Points the dialog at {@link #current()}. */
	public static void prepare(FileDialog dialog) {
		dialog.setFilterPath(current().toString());
	}

	/** Opens the dialog in the remembered folder; remembers the folder of what was chosen. */
	public static String open(FileDialog dialog) {
		prepare(dialog);
		String chosen = dialog.open();
		if (chosen != null) {
			remember(Path.of(chosen));
		}
		return chosen;
	}

	/** Remembers the folder of a file the user chose (or the folder itself). */
	public static synchronized void remember(Path chosen) {
		Path folder = Files.isDirectory(chosen) ? chosen : chosen.toAbsolutePath().getParent();
		if (folder == null) {
			return;
		}
		remembered = folder;
		if (Platform.isRunning()) {
			var node = InstanceScope.INSTANCE.getNode(NODE);
			node.put(KEY, folder.toString());
			try {
				node.flush();
			} catch (Exception e) { // BackingStoreException: the store cannot be written
				// kept for this session; the next start opens in the home folder
			}
		}
	}
}
