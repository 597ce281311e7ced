package org.bidbench.qto;

/** Why a take-off needs a person to look at something. */
public enum FlagKind {
	/** Authored and computed quantities differ by more than the pack's tolerance. */
	SOURCE_MISMATCH,
	/** The element feeds more than one rule of the same dimension (volume, area...): possibly counted twice. */
	DOUBLE_COUNT,
	/** The element has a body but no rule took it: listed so that nothing is silently left out. */
	UNMATCHED,
	/** A rule took the element but found no quantity of the kind it measures in the preferred sources. */
	MISSING_QUANTITY,
	/** The authored value is a power of 1000 off its solid or its own dimensions: a unit error in the file. */
	UNIT_SUSPICIOUS,
	/**
	 * The rule ran out of its time budget on this model and was stopped: its line holds only the
	 * elements it reached, so the quantity is too small until a person looks.
	 */
	TIME_BUDGET;

	/**
	 * Whether the flag makes a price wrong until a person looks (a quantity missing from a line,
	 * counted twice, or in the wrong unit): a quote with such a flag unacknowledged is not released.
	 * The others (authored and computed disagree within reason, an element no rule takes) are
	 * warnings a reviewer reads.
	 */
	public boolean isError() {
		return this == MISSING_QUANTITY || this == DOUBLE_COUNT || this == UNIT_SUSPICIOUS || this == TIME_BUDGET;
	}

	/** The name used in files and on the command line, e.g. {@code missing-quantity}. */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
