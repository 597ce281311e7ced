package org.bidbench.sales.core.workspace;

import java.nio.file.Path;

/**
 * A part of a workspace folder that could not be loaded. The rest of the workspace loaded;
 * the part is left untouched on disk and is not overwritten by saves.
 *
 * @param line   1-based, 0 when unknown
 * @param column 1-based, 0 when unknown
 */
public record LoadProblem(Path file, int line, int column, String message) {

	@Override
	public String toString() {
		return message;
	}
}
