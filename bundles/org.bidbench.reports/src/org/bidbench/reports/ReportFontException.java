package org.bidbench.reports;

/**
 * The font that Chinese text in reports needs is not installed. Reports never fall back to
 * whatever a machine happens to have: a quote whose Chinese item names print as blanks is worse
 * than no quote.
 */
public class ReportFontException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportFontException(String message) {
		super(message);
	}
}
