package org.bidbench.sales.core.audit;

/**
 * The first place where the chain does not hold.
 *
 * @param kind what was done to it
 * @param sequence the sequence number of the entry concerned (the removed one's, for REMOVED)
 * @param position where the store holds the entry that shows it (1-based), 0 when it is gone
 * @param location that place in the store's words (file and line, table and row)
 * @param message one line for the user: what, where, and that the log was tampered with
 */
public record AuditProblem(Kind kind, long sequence, int position, String location, String message) {

	public enum Kind {
		/** The entry's content no longer matches its signature, or it cannot be read. */
		ALTERED,
		/** An entry is missing: the next one chains to a hash no stored entry has. */
		REMOVED,
		/** An entry stands before the entry it chains to. */
		REORDERED,
		/** Signed with a key its actor never registered (or registered without an endorsement). */
		UNKNOWN_KEY
	}
}
