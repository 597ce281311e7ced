package org.bidbench.sales.core.store;

import java.util.List;

/**
 * The changes to one record, with the version of the record they were based on.
 *
 * @param key         the record
 * @param baseVersion the version the working copy read; 0 for a record the working copy added
 * @param removed     whether the working copy removed the whole record
 * @param fields      the fields that differ from the base version (all fields of an added record)
 */
public record RecordChange(RecordKey key, long baseVersion, boolean removed, List<FieldChange> fields) {

	public RecordChange {
		fields = List.copyOf(fields);
	}

	/** Whether the record is new in the working copy. */
	public boolean added() {
		return baseVersion == 0 && !removed;
	}
}
