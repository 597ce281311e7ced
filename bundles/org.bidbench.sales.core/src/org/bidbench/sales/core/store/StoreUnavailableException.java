package org.bidbench.sales.core.store;

/**
 * The store cannot be reached (server down, connection lost in the middle of a save). Nothing
 * was committed; the working copy keeps its edits and {@link SalesStore#save()} can be retried
 * once the server is back (the store reconnects by itself).
 */
public class StoreUnavailableException extends StoreException {

	private static final long serialVersionUID = 1L;

	public StoreUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
