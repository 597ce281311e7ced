package org.bidbench.reports;

import java.util.Locale;

/** The formats a report renders to, with the BIRT emitter format and the file extension of each. */
public enum ReportFormat {
	PDF("pdf"), HTML("html"), XLSX("xlsx"), DOCX("docx");

	private final String extension;

	ReportFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	/** The format a file name asks for by its extension ({@code quote.pdf}, {@code kpi.XLSX}). */
	public static ReportFormat ofFileName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		for (ReportFormat format : values()) {
			if (format.extension.equals(ext) || ("htm".equals(ext) && format == HTML)) {
				return format;
			}
		}
		throw new IllegalArgumentException("'" + fileName + "' does not end in .pdf, .html, .xlsx or .docx: name the output"
				+ " file with the extension of the format you want");
	}
}
