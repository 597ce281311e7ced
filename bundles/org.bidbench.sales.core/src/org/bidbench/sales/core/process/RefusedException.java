package org.bidbench.sales.core.process;

/** A sales rule refused an action; {@link #check()} holds every reason. */
public class RefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient RuleCheck check;

	public RefusedException(RuleCheck check) {
		super(check.message());
		this.check = check;
	}

	public RuleCheck check() {
		return check;
	}
}
