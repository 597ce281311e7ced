package org.bidbench.sales.core.store;

/**
 * The kinds of record a store keeps. A record is the unit of versioning: one customer with its
 * contacts, one opportunity with its quotes, activities and contract, one price catalog, the
 * sales process, and the workspace itself (its name, people, leads and NPS answers).
 */
public enum RecordKind {
	WORKSPACE("workspace"), PROCESS("process"), CUSTOMER("customer"), OPPORTUNITY("opportunity"), CATALOG("catalog");

	private final String code;

	RecordKind(String code) {
		this.code = code;
	}

	/** The stable name used in stores, change notifications and record keys. */
	public String code() {
		return code;
	}

	/** The kind of that code. */
	public static RecordKind ofCode(String code) {
		for (RecordKind kind : values()) {
			if (kind.code.equals(code)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Not a record kind: '" + code + "'");
	}
}
