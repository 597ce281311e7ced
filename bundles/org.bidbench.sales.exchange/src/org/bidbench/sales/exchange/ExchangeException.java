package org.bidbench.sales.exchange;

/** A mapping or table file cannot be used; the message names the file, the place and what to do. */
public class ExchangeException extends Exception {

	private static final long serialVersionUID = 1L;

	public ExchangeException(String message) {
		super(message);
	}

	public ExchangeException(String message, Throwable cause) {
		super(message, cause);
	}
}
