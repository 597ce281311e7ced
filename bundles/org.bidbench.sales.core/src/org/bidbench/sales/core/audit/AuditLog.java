package org.bidbench.sales.core.audit;

import java.util.List;

/**
 * The tamper-evident history of a sales workspace: every approval, stage change, quote release,
 * contract signature, milestone collection and price change, each entry signed by the acting
 * user and chained to the one before by its SHA-256.
 *
 * <p>The sales operations append to it as they make a change; the opportunity editor reads an
 * opportunity's entries; {@code bidbench audit verify} re-checks it. Get one for a folder
 * workspace from {@link ChainedAuditLog#forFolder}, for PostgreSQL from
 * {@link ChainedAuditLog#forSql}.
 */
public interface AuditLog {

	/**
	 * Signs the event with the acting user's key and appends it after the last entry.
	 *
	 * @throws AuditException when there is no acting user, the event's actor is someone else,
	 *         or the store cannot be written; nothing is appended then
	 */
	AuditEntry append(AuditEvent event) throws AuditException;

	/** Every readable entry, oldest first. */
	List<AuditEntry> entries() throws AuditException;

	/** The entries about one opportunity, oldest first. */
	List<AuditEntry> entries(String opportunityId) throws AuditException;

	/** Re-checks the whole chain, signatures and links, from the first entry to the last. */
	AuditVerification verify() throws AuditException;

	/** Where the log is kept (a file, a table), for messages. */
	String location();
}
