package org.bidbench.sales.core.store;

/**
 * Opens stores of one kind of location. Contributed to the extension point
 * {@code org.bidbench.sales.core.storeProviders} (schema {@code schema/storeProviders.exsd}), so
 * that {@code sales.core} and the command line need not depend on a database bundle.
 */
public interface SalesStoreProvider {

    /** Whether this provider opens that location (e.g. it starts with {@code postgresql://}). */
    boolean accepts(String location);

    /**
     * Opens the store and loads its working copy.
     *
     * @param login who connects; {@code null} to take the user and password from the location or
     *              the environment (documented by the provider)
     */
    SalesStore open(String location, StoreLogin login) throws StoreException;

    /** A user name and password for stores that authenticate. */
    record StoreLogin(String user, char[] password) {
    }
}
