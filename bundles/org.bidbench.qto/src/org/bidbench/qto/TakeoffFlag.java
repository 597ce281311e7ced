package org.bidbench.qto;

/**
 * One flag of a take-off.
 *
 * @param kind     what kind of problem
 * @param globalId the element concerned
 * @param ruleId   the rule concerned, or {@code null} (unmatched elements)
 * @param message  what was found, with the values, and what to check
 */
public record TakeoffFlag(FlagKind kind, String globalId, String ruleId, String message) {
}
