/**
 * The tamper-evident audit log: entries chained by SHA-256 and signed with Ed25519 by the acting
 * user ({@link org.bidbench.sales.core.audit.AuditLog}), kept by a folder workspace in a file and
 * by the team store in a table ({@link org.bidbench.sales.core.audit.AuditStore}), re-checked by
 * {@link org.bidbench.sales.core.audit.AuditChain}.
 */
package org.bidbench.sales.core.audit;
