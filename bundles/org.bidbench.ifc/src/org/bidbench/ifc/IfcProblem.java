package org.bidbench.ifc;

/**
 * Something wrong with a file, with where it is.
 *
 * @param severity an error loses data; a warning does not
 * @param file     the file name
 * @param line     1-based line, or 0 if not known
 * @param column   1-based column, or 0 if not known
 * @param entityId the {@code #id} of the instance concerned, or 0
 * @param message  what is wrong and, where it helps, what was expected
 */
public record IfcProblem(Severity severity, String file, int line, int column, int entityId, String message) {

	/** How bad a problem is. */
	public enum Severity {
		WARNING, ERROR
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder();
		sb.append(file);
		if (line > 0) {
			sb.append(':').append(line);
			if (column > 0) {
				sb.append(':').append(column);
			}
		}
		sb.append(": ");
		if (entityId > 0) {
			sb.append('#').append(entityId).append(": ");
		}
		sb.append(severity == Severity.WARNING ? "warning: " : "error: ").append(message);
		return sb.toString();
	}
}
