package org.bidbench.cli;

/** The arguments do not fit the command: exit code 2, and the command's usage is printed. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
