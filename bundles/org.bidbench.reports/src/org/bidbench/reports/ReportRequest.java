package org.bidbench.reports;

import java.util.Locale;
import java.util.Objects;

/**
 * One rendering: which template, with what data, in which language and format.
 *
 * @param templateId   a template id registered on {@code org.bidbench.reports.templates}
 * @param data         what the report shows
 * @param locale       the language of labels and number formats
 * @param format       the output format
 * @param cancellation asked while rendering
 */
public record ReportRequest(String templateId, ReportData data, Locale locale, ReportFormat format,
		ReportCancellation cancellation) {

	public ReportRequest {
		Objects.requireNonNull(templateId, "templateId");
		Objects.requireNonNull(data, "data");
		Objects.requireNonNull(format, "format");
		locale = locale == null ? Locale.ENGLISH : locale;
		cancellation = cancellation == null ? ReportCancellation.NEVER : cancellation;
	}

	public ReportRequest(String templateId, ReportData data, Locale locale, ReportFormat format) {
		this(templateId, data, locale, format, ReportCancellation.NEVER);
	}
}
