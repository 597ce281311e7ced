package org.bidbench.sales.core.store;

/**
 * A store could not be opened, read or written. The message is one sentence for the user: what
 * failed, where, and what to do. A failed save changes nothing in the store and keeps the
 * working copy's edits, so the caller may retry.
 */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

	public StoreException(String message) {
		super(message);
	}
}
