package org.bidbench.signing;

/** A document could not be signed or checked; the message names the file and what to do. */
public class SigningException extends Exception {

	private static final long serialVersionUID = 1L;

	public SigningException(String message) {
		super(message);
	}

	public SigningException(String message, Throwable cause) {
		super(message, cause);
	}
}
