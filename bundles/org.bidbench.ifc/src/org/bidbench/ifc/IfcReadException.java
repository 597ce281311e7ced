package org.bidbench.ifc;

import java.io.IOException;
import java.util.List;

/**
 * A file could not be read as an IFC model at all (not a STEP file, unsupported schema, zip
 * limits exceeded), or strict reading met a problem. The message says what and where; the
 * problems found so far are attached.
 */
public class IfcReadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient List<IfcProblem> problems;

	public IfcReadException(String message, List<IfcProblem> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	public IfcReadException(IfcProblem problem) {
		this(problem.toString(), List.of(problem));
	}

	/** The problems found before reading stopped, the fatal one last. */
	public List<IfcProblem> problems() {
		return problems;
	}
}
