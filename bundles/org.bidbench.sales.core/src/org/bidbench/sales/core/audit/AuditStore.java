package org.bidbench.sales.core.audit;

import java.util.List;

/**
 * Where a chain of audit entries is kept: an append-only file in a folder workspace
 * ({@link AuditFile}) or a table in PostgreSQL ({@link SqlAuditStore}). A store only keeps
 * entries; hashing, signing and verifying are the same for all stores ({@link ChainedAuditLog}).
 */
public interface AuditStore {

	/** Builds the next entry from the last one stored (null when the log is empty). */
	@FunctionalInterface
	interface NextEntry {
		AuditEntry after(AuditEntry last) throws AuditException;
	}

	/** Where the log is, for messages and for the user's witness: a file path, a database and table. */
	String location();

	/** Every stored entry in the store's order, readable or not. */
	List<StoredEntry> read() throws AuditException;

	/**
	 * Appends one entry, holding the store's lock from reading the last entry to writing the new
	 * one, so that two writers never chain to the same predecessor.
	 *
	 * @return the entry written
	 */
	AuditEntry append(NextEntry next) throws AuditException;
}
