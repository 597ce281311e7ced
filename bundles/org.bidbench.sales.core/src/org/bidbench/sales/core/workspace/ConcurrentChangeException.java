package org.bidbench.sales.core.workspace;

import java.nio.file.Path;

/**
 * Another program changed the workspace file after we loaded it; saving would overwrite its
 * changes, so the save was not done.
 */
public class ConcurrentChangeException extends WorkspaceFileException {

	private static final long serialVersionUID = 1L;

	public ConcurrentChangeException(Path file) {
		super(file, 0, 0, file + " was changed by another program since it was loaded; nothing was saved."
				+ " Reload it (your changes are still in memory) or save under another name.", null);
	}
}
