package org.bidbench.ui.sales.internal.editors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.model.Approval;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** The quote revisions with their status, totals and approvals; review steps on the selected revision. */
public class QuotesPage extends RolePage {

	public static final String ID = "quotes"; //$NON-NLS-1$

	private TableViewer quotes;
	private TableViewer approvals;
	private Button release;

	public QuotesPage(OpportunityEditor editor) {
		super(editor, ID, Messages.QuotesPage_title);
	}

	@Override
	protected void fill(Composite body) {
		Composite revisions = section(body, Messages.QuotesPage_section, Messages.QuotesPage_description, 1);
		actingLabel(revisions);
		quotes = table(revisions, 1, 140,
				new Column<Quote>(Messages.QuotesPage_revision, 80, q -> Integer.toString(q.getRevision())),
				new Column<Quote>(Messages.QuotesPage_status, 100, q -> SalesLabels.literal(q.getStatus())),
				new Column<Quote>(Messages.QuotesPage_created, 130, q -> SalesLabels.time(q.getCreatedAt())),
				new Column<Quote>(Messages.QuotesPage_lines, 60, q -> Integer.toString(q.getLines().size())),
				new Column<Quote>(Messages.QuotesPage_total, 150, q -> SalesLabels.money(QuoteStatement.of(q).linesTotal())),
				new Column<Quote>(Messages.QuotesPage_margin, 80, q -> margin(q)),
				new Column<Quote>(Messages.QuotesPage_released, 130, q -> SalesLabels.time(q.getReleasedAt())),
				new Column<Quote>(Messages.QuotesPage_author, 120, q -> q.getAuthor() == null ? "" : q.getAuthor().getName())); //$NON-NLS-1$
		quotes.addSelectionChangedListener(e -> {
			showApprovals();
			enableRelease();
		});
		Composite buttons = buttons(revisions, 1);
		button(buttons, Messages.QuotesPage_newRevision, () -> {
			Quote quote = selected(quotes);
			if (quote != null) {
				SalesActions.run(shell(), NLS.bind(Messages.QuotesPage_newRevisionCommand, quote.getRevision()),
						() -> SalesActions.ops().newQuoteRevision(quote, SalesActions.me()));
			}
		});
		button(buttons, Messages.QuotesPage_submit, () -> onSelected(Messages.QuotesPage_submitCommand, q -> SalesActions.ops().submitQuoteForReview(q)));
		button(buttons, Messages.QuotesPage_approve, () -> {
			Quote quote = selected(quotes);
			if (quote != null) {
				String comment = SalesActions.askText(shell(), Messages.QuotesPage_approve, NLS.bind(Messages.QuotesPage_approveMessage, quote.getRevision()),
						Messages.QuotesPage_comment, null);
				if (comment != null) {
					SalesActions.run(shell(), NLS.bind(Messages.QuotesPage_approveCommand, quote.getRevision()),
							() -> SalesActions.ops().approveQuote(quote, SalesActions.me(), comment));
				}
			}
		});
		button(buttons, Messages.QuotesPage_reject, () -> {
			Quote quote = selected(quotes);
			if (quote != null) {
				String comment = SalesActions.askText(shell(), Messages.QuotesPage_reject, NLS.bind(Messages.QuotesPage_rejectMessage, quote.getRevision()),
						Messages.QuotesPage_comment, Messages.QuotesPage_commentMissing);
				if (comment != null) {
					SalesActions.run(shell(), NLS.bind(Messages.QuotesPage_rejectCommand, quote.getRevision()),
							() -> SalesActions.ops().rejectQuote(quote, SalesActions.me(), comment));
				}
			}
		});
		release = button(buttons, Messages.QuotesPage_release, () -> onSelected(Messages.QuotesPage_releaseCommand,
				q -> SalesActions.ops().releaseQuote(q, SalesActions.me())));
		release.setToolTipText(Messages.QuotesPage_releaseTip);
		Composite more = buttons(revisions, 1);
		button(more, Messages.QuotesPage_fromTakeoff, this::fromTakeoff);
		button(more, Messages.QuotesPage_compare, () -> {
			Quote quote = selected(quotes);
			if (quote != null) {
				new QuoteDiffDialog(shell(), editor.opportunity().getQuotes(), quote).open();
			}
		});
		button(more, Messages.QuotesPage_clientPdf, () -> onQuote(q -> QuoteDocuments.render(shell(), q, true)));
		button(more, Messages.QuotesPage_internalReview, () -> onQuote(q -> QuoteDocuments.render(shell(), q, false)));

		Composite review = section(body, Messages.QuotesPage_approvals, Messages.QuotesPage_approvalsDescription, 1);
		approvals = table(review, 1, 120,
				new Column<Approval>(Messages.QuotesPage_role, 130, a -> SalesLabels.literal(a.getRole())),
				new Column<Approval>(Messages.QuotesPage_approver, 130, a -> a.getApprover() == null ? "" : a.getApprover().getName()), //$NON-NLS-1$
				new Column<Approval>(Messages.QuotesPage_verdict, 90, a -> SalesLabels.literal(a.getVerdict())),
				new Column<Approval>(Messages.QuotesPage_at, 130, a -> SalesLabels.time(a.getAt())),
				new Column<Approval>(Messages.QuotesPage_carriedOver, 110, a -> a.isCarriedOver() ? Messages.QuotesPage_yes : ""), //$NON-NLS-1$
				new Column<Approval>(Messages.QuotesPage_comment, 260, Approval::getComment));
	}

	/** Prices the take-off shown in the Presales take-off view into the next revision of this opportunity. */
	private void fromTakeoff() {
		org.bidbench.qto.TakeoffResult takeoff = TakeoffQuoting.shownTakeoff(getSite().getPage());
		if (takeoff == null) {
			org.eclipse.jface.dialogs.MessageDialog.openInformation(shell(), Messages.QuotesPage_fromTakeoff, Messages.QuotesPage_noTakeoff);
			return;
		}
		Quote quote = TakeoffQuoting.price(shell(), takeoff, editor.opportunity());
		if (quote != null) {
			refresh();
			quotes.setSelection(new org.eclipse.jface.viewers.StructuredSelection(quote), true);
		}
	}

	private void onQuote(java.util.function.Consumer<Quote> action) {
		Quote quote = selected(quotes);
		if (quote != null) {
			action.accept(quote);
		}
	}

	/** Release is offered only when the approvals allow it (the operation refuses otherwise anyway). */
	private void enableRelease() {
		Quote quote = selected(quotes);
		release.setEnabled(quote != null && quote.getStatus() == org.bidbench.sales.model.QuoteStatus.APPROVED);
	}

	private void onSelected(String label, java.util.function.Consumer<Quote> change) {
		Quote quote = selected(quotes);
		if (quote != null) {
			SalesActions.run(shell(), NLS.bind(label, quote.getRevision()), () -> change.accept(quote));
		}
	}

	private static String margin(Quote quote) {
		BigDecimal margin = QuoteStatement.of(quote).marginPercent();
		return margin == null ? "" : margin.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void showApprovals() {
		Quote quote = selected(quotes);
		approvals.setInput(quote == null ? List.of() : quote.getApprovals());
	}

	@Override
	protected void show(Opportunity o) {
		List<Quote> revisions = new ArrayList<>(o.getQuotes());
		revisions.sort((a, b) -> Integer.compare(b.getRevision(), a.getRevision()));
		setInput(quotes, revisions);
		showApprovals();
		enableRelease();
		approvals.refresh();
	}
}
