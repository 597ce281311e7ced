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
    UNIT_SUSPICIOUS
}
