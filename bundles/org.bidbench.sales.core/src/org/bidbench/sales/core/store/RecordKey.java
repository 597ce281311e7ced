package org.bidbench.sales.core.store;

import java.util.Objects;

/**
 * Names one record of a store: its kind and id (the customer's, opportunity's or catalog's id;
 * {@code "workspace"} and {@code "process"} for the two singletons). Written as
 * {@code kind:id}, e.g. {@code opportunity:OPP-2025-014}.
 */
public record RecordKey(RecordKind kind, String id) implements Comparable<RecordKey> {

	public static final RecordKey WORKSPACE = new RecordKey(RecordKind.WORKSPACE, "workspace");
	public static final RecordKey PROCESS = new RecordKey(RecordKind.PROCESS, "process");

	public RecordKey {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
	}

	public static RecordKey opportunity(String id) {
		return new RecordKey(RecordKind.OPPORTUNITY, id);
	}

	public static RecordKey customer(String id) {
		return new RecordKey(RecordKind.CUSTOMER, id);
	}

	/** Reads {@code kind:id} as written by {@link #toString()}. */
	public static RecordKey parse(String text) {
		int colon = text.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("Not a record key (kind:id): '" + text + "'");
		}
		return new RecordKey(RecordKind.ofCode(text.substring(0, colon)), text.substring(colon + 1));
	}

	@Override
	public int compareTo(RecordKey other) {
		int byKind = kind.compareTo(other.kind);
		return byKind != 0 ? byKind : id.compareTo(other.id);
	}

	@Override
	public String toString() {
		return kind.code() + ":" + id;
	}
}
