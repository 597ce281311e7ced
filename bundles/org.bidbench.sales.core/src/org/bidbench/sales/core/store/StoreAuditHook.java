package org.bidbench.sales.core.store;

import java.sql.Connection;
import java.util.Optional;

/**
 * Appends to the audit log what a save changes (approvals, stage changes, quote releases, ...).
 * The audit chain itself lives in {@code org.bidbench.sales.core.audit}; the store only calls
 * this hook, inside the save: for PostgreSQL in the save's transaction before the commit, so an
 * audit entry is written exactly when its change is. A hook that throws aborts the save.
 */
@FunctionalInterface
public interface StoreAuditHook {

	/**
	 * @param save what is being saved and by whom
	 */
	void beforeCommit(Save save) throws StoreException;

	/** The save being made. */
	interface Save {

		/** The store's location ({@code postgresql://...} or a folder path). */
		String location();

		/** The user saving (the database role, or the system user for a folder). */
		String user();

		/** The changes, as checked against the store (merged fields included, conflicts excluded). */
		ChangeSet changes();

		/** The transaction's connection for a database store; empty for a folder. */
		Optional<Connection> connection();
	}
}
