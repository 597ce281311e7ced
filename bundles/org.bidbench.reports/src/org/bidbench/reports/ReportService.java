package org.bidbench.reports;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.bidbench.reports.internal.BirtReportService;

/**
 * Renders report templates to PDF, HTML, XLSX or DOCX. The one way the CLI and the workbench
 * make reports, so both print the same thing.
 *
 * <p>Safe to call from several threads. The first rendering in a process takes seconds (the
 * engine starts and loads the CJK font); later ones a fraction of that.
 */
public interface ReportService {

	/** The service backed by BIRT, shared by the process. */
	static ReportService get() {
		return BirtReportService.INSTANCE;
	}

	/** The templates registered on the extension point, ours first. */
	List<ReportTemplate> templates();

	/**
	 * Renders to a stream. HTML images (charts) are embedded as data URIs so one stream is one
	 * complete page.
	 *
	 * @throws ReportCancelledException when the request's cancellation answered true
	 * @throws ReportFontException when the CJK font reports need is not installed
	 * @throws ReportException when the template is unknown or the design fails; the message names both
	 */
	void render(ReportRequest request, OutputStream out) throws ReportException, ReportFontException;

	/** Renders to a file, written completely or not at all. */
	void render(ReportRequest request, Path file) throws ReportException, ReportFontException;
}
