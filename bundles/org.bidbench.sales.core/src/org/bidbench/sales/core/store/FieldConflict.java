package org.bidbench.sales.core.store;

/**
 * Another user saved a different value into a field this user also changed. Both values are
 * here so that the user can choose ({@link SalesStore#resolve(FieldConflict, boolean)}).
 *
 * @param key    the record
 * @param path   the field inside the record ({@code ""} when the whole record conflicts: it was
 *               removed by one side and changed by the other, or added by both)
 * @param base   the value both started from; {@code null} when unset
 * @param mine   the value this user wanted to save; {@code null} to unset
 * @param theirs the value in the store now; {@code null} when unset
 */
public record FieldConflict(RecordKey key, String path, String base, String mine, String theirs) {

	@Override
	public String toString() {
		return key + (path.isEmpty() ? "" : " " + path) + ": yours '" + mine + "', theirs '" + theirs + "' (was '" + base + "')";
	}
}
