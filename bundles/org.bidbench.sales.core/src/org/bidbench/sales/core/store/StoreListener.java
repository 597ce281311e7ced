package org.bidbench.sales.core.store;

/**
 * Told when records change in the store, by this or another user. Called on a thread of the
 * store, never the UI thread: a view marshals to its display, then calls
 * {@link SalesStore#refresh(java.util.Collection)} to take the changes into the working copy.
 */
@FunctionalInterface
public interface StoreListener {

	void changed(StoreEvent event);
}
