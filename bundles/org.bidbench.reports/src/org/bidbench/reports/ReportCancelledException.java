package org.bidbench.reports;

/** Rendering stopped because the caller cancelled it; no output file is left behind. */
public class ReportCancelledException extends ReportException {

	private static final long serialVersionUID = 1L;

	public ReportCancelledException(String templateId) {
		super("Rendering of report '" + templateId + "' was cancelled.");
	}
}
