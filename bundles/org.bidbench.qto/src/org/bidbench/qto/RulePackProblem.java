package org.bidbench.qto;

/**
 * Something wrong in a rule-pack file.
 *
 * @param location the file (or resource) the pack was read from
 * @param line     1-based line number
 * @param message  what is wrong and what to write instead
 */
public record RulePackProblem(String location, int line, String message) {

	/** {@code file:line: message}, the form editors and terminals link to. */
	@Override
	public String toString() {
		return location + ":" + line + ": " + message;
	}
}
