package org.bidbench.cli;

/**
 * The user's input cannot be processed (a missing or broken file, a bad rule, a missing price):
 * exit code 1. The message is printed as one line, so it must say what, where, and what to do.
 */
public class CommandException extends Exception {

	private static final long serialVersionUID = 1L;

	public CommandException(String message) {
		super(message);
	}

	public CommandException(String message, Throwable cause) {
		super(message, cause);
	}
}
