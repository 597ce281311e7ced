package org.bidbench.qto;

import java.util.List;
import java.util.stream.Collectors;

/** A rule pack that cannot be used; lists every problem found, each with file and line. */
public class RulePackException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<RulePackProblem> problems;

	public RulePackException(List<RulePackProblem> problems) {
		super(problems.stream().map(RulePackProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<RulePackProblem> problems() {
		return problems;
	}
}
