package org.bidbench.sales.exchange;

import java.util.List;
import java.util.Locale;

/** What a file of rows holds, and the fields a mapping may fill for it (BidBench's own column names on export). */
public enum RecordKind {
	CUSTOMERS(List.of("id", "name", "industry", "region", "tier"), List.of("name")), CONTACTS(
			List.of("id", "customer", "name", "title", "email", "phone", "buyingRole", "attitude"), List.of("customer", "name")), OPPORTUNITIES(
					List.of("id", "name", "customer", "stage", "status", "amount", "currency", "probability", "expectedClose", "createdAt",
							"closedAt", "source", "competitors", "lostReason"),
					List.of("name", "customer"));

	private final List<String> fields;
	private final List<String> required;

	RecordKind(List<String> fields, List<String> required) {
		this.fields = fields;
		this.required = required;
	}

	public List<String> fields() {
		return fields;
	}

	public List<String> required() {
		return required;
	}

	/** customers, contacts, opportunities: the word on the command line. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** One record in a message: "customer", "contact", "opportunity". */
	public String singular() {
		return switch (this) {
			case CUSTOMERS -> "customer";
			case CONTACTS -> "contact";
			case OPPORTUNITIES -> "opportunity";
		};
	}

	/** @throws IllegalArgumentException listing the kinds */
	public static RecordKind of(String word) {
		for (RecordKind kind : values()) {
			if (kind.word().equals(word)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("'" + word + "' is not customers, opportunities or contacts");
	}
}
