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

	/**
	 * Connects without reading the working copy: for tools that work record by record through
	 * {@link SalesStore#read}, {@link SalesStore#list} and {@link SalesStore#save(ChangeSet)} (a
	 * load benchmark, an import). {@link SalesStore#workspace()} reads it on first use.
	 */
	default SalesStore connect(String location, StoreLogin login) throws StoreException {
		return open(location, login);
	}

	/**
	 * Creates or upgrades the store's schema (idempotent).
	 *
	 * @return one line per step done, e.g. the schema versions applied; empty when it was current
	 */
	default java.util.List<String> initialise(String location, StoreLogin login) throws StoreException {
		throw new StoreException(location + " needs no initialisation");
	}

	/** What a user needs to know about the store, as ordered name/value pairs (server, schema, counts, user, roles). */
	default java.util.Map<String, String> status(String location, StoreLogin login) throws StoreException {
		throw new StoreException("no status for " + location);
	}

	/**
	 * Adds a person who may log in with a password, in a role of the sales model (or changes
	 * their password and adds the role). Needs a login allowed to create roles.
	 */
	default void addUser(String location, StoreLogin login, String user, char[] password,
			org.bidbench.sales.model.EmployeeRole role) throws StoreException {
		throw new StoreException(location + " has no users of its own");
	}

	/** A user name and password for stores that authenticate. */
	record StoreLogin(String user, char[] password) {
	}
}
