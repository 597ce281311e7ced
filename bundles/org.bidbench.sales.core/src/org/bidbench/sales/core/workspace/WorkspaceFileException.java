package org.bidbench.sales.core.workspace;

import java.nio.file.Path;

/**
 * A workspace file could not be read or written. The message names the file and, for a file
 * that is not valid, the line and column where reading stopped.
 */
public class WorkspaceFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Path file;
	private final int line;
	private final int column;

	public WorkspaceFileException(Path file, int line, int column, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	public Path file() {
		return file;
	}

	/** 1-based line of the problem, or 0 when unknown. */
	public int line() {
		return line;
	}

	/** 1-based column of the problem, or 0 when unknown. */
	public int column() {
		return column;
	}
}
