package org.bidbench.ui.sales.internal.editors;

import java.nio.file.Path;
import java.util.Locale;

import org.bidbench.reports.ReportData;
import org.bidbench.reports.ReportException;
import org.bidbench.reports.ReportFontException;
import org.bidbench.reports.ReportFormat;
import org.bidbench.reports.ReportRequest;
import org.bidbench.reports.ReportService;
import org.bidbench.reports.ReportTemplates;
import org.bidbench.reports.data.ClientQuoteReport;
import org.bidbench.reports.data.QuoteReviewReport;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.bidbench.ui.sales.internal.views.ApprovalInbox;
import org.bidbench.ui.sales.internal.views.SalesWording;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The quote's two documents rendered from the editor, the same templates the CLI's {@code quote}
 * command prints: the client PDF (lines, totals, terms) and the internal review (costs, margins
 * against the catalog's floors). Rendering runs in a job with progress and cancel.
 */
public final class QuoteDocuments {

	/** Job family of the renderings, to wait for them in tests. */
	public static final Object FAMILY = QuoteDocuments.class;

	private QuoteDocuments() {
	}

	/**
	 * Asks where to write the PDF and renders it in a job; returns the job scheduled, or null when
	 * cancelled.
	 *
	 * @param client the client PDF; false for the internal review
	 */
	public static Job render(Shell shell, Quote quote, boolean client) {
		String title = client ? Messages.QuoteDocuments_clientTitle : Messages.QuoteDocuments_reviewTitle;
		Path folder = SalesSession.get().folder();
		String suggested = (folder == null ? Path.of(System.getProperty("user.home")) : folder.toAbsolutePath().getParent()) //$NON-NLS-1$
				.resolve(quote.getId() + (client ? "-client.pdf" : "-review.pdf")).toString(); //$NON-NLS-1$ //$NON-NLS-2$
		String[] file = new String[1];
		SalesDialog dialog = new SalesDialog(shell, title, client ? Messages.QuoteDocuments_clientMessage : Messages.QuoteDocuments_reviewMessage) {
			Text fileText;

			@Override
			protected void createFields(Composite fields) {
				fileText = file(fields, Messages.QuoteDocuments_file, title);
				fileText.setText(suggested);
				require(() -> fileText.getText().isBlank() ? Messages.QuoteDocuments_fileMissing : null);
			}

			@Override
			protected void read() {
				file[0] = fileText.getText().strip();
			}
		};
		if (dialog.open() != Window.OK) {
			return null;
		}
		Path target = Path.of(file[0]);
		// The data is read from the model here, on the UI thread; only the rendering runs in the job.
		ReportRequest request = request(quote, client);
		Job job = new Job(NLS.bind(Messages.QuoteDocuments_job, target.getFileName())) {
			@Override
			protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
				monitor.beginTask(getName(), UNKNOWN_WORK);
				try {
					ReportService.get().render(new ReportRequest(request.templateId(), request.data(), request.locale(), request.format(),
							monitor::isCanceled), target);
					return Status.OK_STATUS;
				} catch (ReportException | ReportFontException e) {
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					return Status.error(NLS.bind(Messages.QuoteDocuments_failed, quote.getId(), e.getMessage()), e);
				} finally {
					monitor.done();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static final int UNKNOWN_WORK = org.eclipse.core.runtime.IProgressMonitor.UNKNOWN;

	/** What is rendered: the template and its data in the workbench's language. */
	static ReportRequest request(Quote quote, boolean client) {
		boolean chinese = SalesWording.chinese();
		Locale locale = chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
		ReportData data;
		if (client) {
			Opportunity opportunity = quote.eContainer() instanceof Opportunity o ? o : null;
			String customer = opportunity == null || opportunity.getCustomer() == null ? null : opportunity.getCustomer().getName();
			data = ClientQuoteReport.data(quote, QuoteTerms.forQuote(quote, chinese), locale, customer,
					opportunity == null ? null : opportunity.getName());
		} else {
			PriceCatalog catalog = ApprovalInbox.catalogOf(SalesSession.get().workspace(), quote);
			data = QuoteReviewReport.data(quote, catalog, locale);
		}
		return new ReportRequest(client ? ReportTemplates.CLIENT_QUOTE : ReportTemplates.QUOTE_REVIEW, data, locale, ReportFormat.PDF);
	}
}
