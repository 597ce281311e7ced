package org.bidbench.sales.core.audit;

/**
 * The audit log could not be read, written or signed. The message says what, where (file or
 * table, line or entry) and what to do.
 */
public class AuditException extends Exception {

	private static final long serialVersionUID = 1L;

	public AuditException(String message) {
		super(message);
	}

	public AuditException(String message, Throwable cause) {
		super(message, cause);
	}
}
