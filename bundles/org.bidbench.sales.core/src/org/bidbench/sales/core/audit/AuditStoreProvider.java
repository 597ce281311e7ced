package org.bidbench.sales.core.audit;

/**
 * A sales store that keeps an audit log: the folder store in its folder, the PostgreSQL store in
 * its {@code audit_log} table. {@link AuditLogs#of} finds the log of an open store through it.
 */
public interface AuditStoreProvider {

	AuditStore auditStore();
}
