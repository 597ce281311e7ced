package org.bidbench.ifc.internal.step;

/**
 * A syntax error at a byte offset. Internal: the model turns it into an
 * {@link org.bidbench.ifc.IfcProblem} with line, column and #id. No stack trace is filled in
 * because broken files can raise thousands of these.
 */
public final class StepSyntaxException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int offset;

	public StepSyntaxException(int offset, String message) {
		super(message, null, false, false);
		this.offset = offset;
	}

	public int offset() {
		return offset;
	}
}
