package org.bidbench.sales.core.audit;

/**
 * An entry as a store holds it: its position in the store's order (1-based), where that is (a
 * file's line, a table's row), and the entry, or why it could not be read.
 *
 * @param entry null when the stored form could not be read back
 * @param unreadable why it could not be read, or null
 */
public record StoredEntry(int position, String location, AuditEntry entry, String unreadable) {
}
