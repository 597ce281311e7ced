package org.bidbench.sales.core.store;

import java.util.List;

/**
 * What a save writes: the changed records, each with the version it was based on. Obtain it
 * from {@link SalesStore#changes()}; it is a value, so a caller may keep it, show it or save it
 * again after a lost connection.
 */
public record ChangeSet(List<RecordChange> records) {

	public ChangeSet {
		records = List.copyOf(records);
	}

	public boolean isEmpty() {
		return records.isEmpty();
	}

	/** Number of changed fields over all records (a removed record counts one). */
	public int fieldCount() {
		int count = 0;
		for (RecordChange change : records) {
			count += change.removed() ? 1 : change.fields().size();
		}
		return count;
	}
}
