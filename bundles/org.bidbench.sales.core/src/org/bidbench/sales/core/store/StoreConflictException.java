package org.bidbench.sales.core.store;

import java.util.List;

/**
 * A save was refused because other users changed some of the same fields since this user read
 * them. Nothing was written (a save is all or nothing). For each conflict the caller chooses
 * with {@link SalesStore#resolve(FieldConflict, boolean)} and saves again; fields that did not
 * conflict are saved then, merged with the other users' changes.
 */
public class StoreConflictException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final List<FieldConflict> conflicts;

	public StoreConflictException(List<FieldConflict> conflicts) {
		super(message(conflicts));
		this.conflicts = List.copyOf(conflicts);
	}

	public StoreConflictException(String message) {
		super(message);
		this.conflicts = List.of();
	}

	/** The conflicting fields; empty when the store can only tell that a whole file changed (folder workspace). */
	public List<FieldConflict> conflicts() {
		return conflicts;
	}

	private static String message(List<FieldConflict> conflicts) {
		FieldConflict first = conflicts.get(0);
		return "Another user changed " + (conflicts.size() == 1 ? "a field" : conflicts.size() + " fields")
				+ " you also changed (first: " + first + "); nothing was saved. Choose yours or theirs for each, then save again.";
	}
}
