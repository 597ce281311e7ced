package org.bidbench.ui.sales.internal.views;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.core.quote.QuoteApprovalRequirements;
import org.bidbench.ui.ListTable;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.SalesSessionView;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The approvals inbox: quote revisions and deliverables waiting for the current user's role.
 * Approve or reject (accept or return) with a comment; a revised quote says which lines changed
 * and are asked again and which carried over. Margin and the margin floor are shown only to the
 * roles that see costs.
 */
public class ApprovalsView extends SalesSessionView {

	public static final String ID = "org.bidbench.ui.sales.views.approvals"; //$NON-NLS-1$

	/** Asks for the comment of a decision; the test replaces it to answer without a modal dialog. */
	public interface Prompts {
		/** The comment, or null when cancelled. */
		String comment(Shell shell, ApprovalInbox.Request request, boolean approve);

		void refused(Shell shell, String message);

		/** The technical lead's acknowledgement of the quote's open take-off flags; null when cancelled. */
		default FlagAcknowledgementDialog.Acknowledgement flags(Shell shell, org.bidbench.sales.model.Quote quote, Employee user) {
			return FlagAcknowledgementDialog.Acknowledgement.NONE;
		}
	}

	static final Prompts DIALOGS = new Prompts() {
		@Override
		public String comment(Shell shell, ApprovalInbox.Request request, boolean approve) {
			VerdictDialog dialog = new VerdictDialog(shell, request, approve);
			return dialog.open() == Window.OK ? dialog.comment() : null;
		}

		@Override
		public void refused(Shell shell, String message) {
			MessageDialog.openError(shell, Messages.Inbox_refusedTitle, message);
		}

		@Override
		public FlagAcknowledgementDialog.Acknowledgement flags(Shell shell, org.bidbench.sales.model.Quote quote, Employee user) {
			return FlagAcknowledgementDialog.ask(shell, quote, user);
		}
	};

	private static final Color WAITING = new Color(120, 120, 120);

	private Prompts prompts = DIALOGS;
	private Label summary;
	private TableViewer table;
	private Text details;
	private Button approve;
	private Button reject;
	private List<ApprovalInbox.Request> requests = List.of();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout columns = new TableColumnLayout();
		table = ListTable.inColumnLayout(sash, columns);
		// The Lines column says "1 changed line to approve, 14 carried over": it gets the most room;
		// every cell also shows its whole text as a tooltip when the view is narrow.
		column(columns, Messages.Inbox_item, 18, this::itemText);
		column(columns, Messages.Inbox_opportunity, 22, r -> SalesWording.customerAndDeal(r.opportunity()));
		column(columns, Messages.Inbox_asked, 16, this::askedText);
		column(columns, Messages.Inbox_lines, 30, this::linesText);
		column(columns, Messages.Inbox_amount, 12, r -> r.isQuote() ? SalesWording.money(r.statement().linesTotal()) : ""); //$NON-NLS-1$
		column(columns, Messages.Inbox_margin, 12, this::marginText);
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(table);
		table.addSelectionChangedListener(event -> showDetails());
		table.addDoubleClickListener(event -> {
			if (table.getStructuredSelection().getFirstElement() instanceof ApprovalInbox.Request request) {
				SalesEditors.open(getSite().getPage(), request.opportunity());
			}
		});
		getSite().setSelectionProvider(new OpportunitySelection(table));

		Composite right = new Composite(sash, SWT.NONE);
		right.setLayout(new GridLayout(2, true));
		details = new Text(right, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		approve = new Button(right, SWT.PUSH);
		approve.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		approve.addListener(SWT.Selection, event -> decideSelected(true));
		reject = new Button(right, SWT.PUSH);
		reject.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		reject.addListener(SWT.Selection, event -> decideSelected(false));
		sash.setWeights(70, 30);

		followSession();
		SessionLoading.ensureLoaded();
		refresh();
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<ApprovalInbox.Request, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ApprovalInbox.Request) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((ApprovalInbox.Request) element).isMyTurn() ? null : WAITING;
			}

			@Override
			public String getToolTipText(Object element) {
				String whole = text.apply((ApprovalInbox.Request) element);
				return whole == null || whole.isEmpty() ? null : whole;
			}
		});
	}

	String itemText(ApprovalInbox.Request r) {
		if (r.isQuote()) {
			return NLS.bind(Messages.Inbox_quoteItem, r.quote().getId(), r.quote().getRevision());
		}
		return NLS.bind(Messages.Inbox_deliverableItem, SalesWording.gate(r.gate()), r.deliverable().getId());
	}

	String askedText(ApprovalInbox.Request r) {
		String asked = r.isQuote() ? purpose(r.rule()) : NLS.bind(Messages.Inbox_review, SalesWording.role(r.gate().getReviewerRole()));
		if (!r.isMyTurn()) {
			asked = NLS.bind(Messages.Inbox_after, asked, purpose(r.waitingFor().get(0)));
		}
		return asked;
	}

	/** "2 changed lines to approve, 10 carried over", or "all 12 lines". */
	String linesText(ApprovalInbox.Request r) {
		if (!r.isQuote()) {
			return r.deliverable().getLocation() == null ? "" : r.deliverable().getLocation(); //$NON-NLS-1$
		}
		if (r.carried().isEmpty()) {
			return NLS.bind(Messages.Inbox_allLines, r.asked().size());
		}
		return NLS.bind(Messages.Inbox_changedLines, r.asked().size(), r.carried().size());
	}

	String marginText(ApprovalInbox.Request r) {
		if (!r.isQuote()) {
			return ""; //$NON-NLS-1$
		}
		Employee user = SalesSession.get().currentUser();
		if (user == null || !ApprovalInbox.MARGIN_ROLES.contains(user.getRole())) {
			return Messages.Inbox_marginHidden;
		}
		if (r.margin() == null) {
			return ""; //$NON-NLS-1$
		}
		return r.floor() == null
				? SalesWording.percent(r.margin())
				: NLS.bind(Messages.Inbox_marginFloor, SalesWording.percent(r.margin()), SalesWording.percent(r.floor()));
	}

	/** The rule's purpose in the workbench's language (the process keeps it in English). */
	static String purpose(ApprovalRule rule) {
		if (rule == null || rule.getRole() == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (rule.getRole()) {
			case TECHNICAL_LEAD -> Messages.Inbox_technicalReview;
			case FINANCE -> Messages.Inbox_costEstimate;
			case SALES_MANAGER -> Messages.Inbox_discountApproval;
			default -> rule.getPurpose();
		};
	}

	/** The details of a request: for a quote, each line asked and each carried over, with margins where allowed. */
	String detailsText(ApprovalInbox.Request r) {
		StringBuilder text = new StringBuilder();
		text.append(itemText(r)).append(" · ").append(r.opportunity().getName()).append('\n'); //$NON-NLS-1$
		text.append(askedText(r)).append('\n');
		if (!r.isQuote()) {
			text.append(NLS.bind(Messages.Inbox_submittedBy, r.deliverable().getAuthor() == null ? "" : r.deliverable().getAuthor().getName(), //$NON-NLS-1$
					r.deliverable().getSubmittedAt() == null ? "" : DueItems.dateTime(r.deliverable().getSubmittedAt()))).append('\n'); //$NON-NLS-1$
			text.append(NLS.bind(Messages.Inbox_file, r.deliverable().getLocation())).append('\n');
			return text.toString();
		}
		boolean margins = r.margin() != null;
		if (r.isRevision()) {
			text.append('\n').append(NLS.bind(Messages.Inbox_revisionOf, r.quote().getPreviousRevision().getRevision())).append('\n');
		}
		text.append('\n').append(r.isRevision() ? Messages.Inbox_changedHeading : Messages.Inbox_askedHeading).append('\n');
		for (QuoteLine line : r.asked()) {
			text.append(lineText(line, margins, r)).append('\n');
		}
		if (!r.carried().isEmpty()) {
			text.append('\n').append(NLS.bind(Messages.Inbox_carriedHeading, SalesWording.role(r.rule().getRole()))).append('\n');
			for (QuoteLine line : r.carried()) {
				text.append(lineText(line, margins, r)).append('\n');
			}
		}
		if (margins) {
			text.append('\n').append(NLS.bind(Messages.Inbox_marginTotal, SalesWording.percent(r.margin()),
					r.floor() == null ? "-" : SalesWording.percent(r.floor()))); //$NON-NLS-1$
			if (!r.belowFloor().isEmpty()) {
				text.append('\n').append(NLS.bind(Messages.Inbox_belowFloor, r.belowFloor().size()));
			}
		} else {
			text.append('\n').append(Messages.Inbox_marginHiddenLong);
		}
		BigDecimal discount = QuoteApprovalRequirements.maxDiscountPercent(r.quote());
		if (discount.signum() > 0) {
			text.append('\n').append(NLS.bind(Messages.Inbox_discount, SalesWording.percent(discount)));
		}
		return text.toString();
	}

	private static String lineText(QuoteLine line, boolean margins, ApprovalInbox.Request r) {
		QuoteStatement.Line priced = r.statement().lines().get(r.quote().getLines().indexOf(line));
		String text = "  " + priced.key() + "  " + (priced.description() == null ? "" : priced.description()) + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ (priced.quantity() == null ? "" : priced.quantity().stripTrailingZeros().toPlainString()) + " " //$NON-NLS-1$ //$NON-NLS-2$
				+ (priced.unit() == null ? "" : priced.unit()) + "  " + SalesWording.money(priced.amount()); //$NON-NLS-1$ //$NON-NLS-2$
		if (margins && priced.marginPercent() != null) {
			text += "  " + NLS.bind(Messages.Inbox_lineMargin, SalesWording.percent(priced.marginPercent())); //$NON-NLS-1$
			if (r.belowFloor().contains(line)) {
				text += " " + Messages.Inbox_lineBelowFloor; //$NON-NLS-1$
			}
		}
		return text;
	}

	/** Builds the list again for the current user. */
	public void refresh() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		SalesSession session = SalesSession.get();
		Employee user = session.currentUser();
		ApprovalInbox.Request selected = (ApprovalInbox.Request) table.getStructuredSelection().getFirstElement();
		requests = ApprovalInbox.of(session.workspace(), user);
		if (session.workspace() == null) {
			summary.setText(Messages.Board_noData);
		} else {
			summary.setText(NLS.bind(Messages.Inbox_summary, new Object[]{user == null ? "" : user.getName(), //$NON-NLS-1$
					SalesWording.role(user == null ? null : user.getRole()), requests.size()}));
		}
		table.setInput(requests);
		if (selected != null) {
			for (ApprovalInbox.Request request : requests) {
				if (request.quote() == selected.quote() && request.deliverable() == selected.deliverable()) {
					table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(request));
				}
			}
		}
		showDetails();
		summary.getParent().layout();
	}

	private void showDetails() {
		ApprovalInbox.Request r = (ApprovalInbox.Request) table.getStructuredSelection().getFirstElement();
		details.setText(r == null ? Messages.Inbox_select : detailsText(r));
		approve.setText(r != null && !r.isQuote() ? Messages.Inbox_accept : Messages.Inbox_approve);
		reject.setText(r != null && !r.isQuote() ? Messages.Inbox_return : Messages.Inbox_reject);
		approve.setEnabled(r != null && r.isMyTurn());
		reject.setEnabled(r != null && r.isMyTurn());
		approve.getParent().layout();
	}

	private void decideSelected(boolean yes) {
		ApprovalInbox.Request r = (ApprovalInbox.Request) table.getStructuredSelection().getFirstElement();
		if (r != null) {
			decide(r, yes);
		}
	}

	/**
	 * Approves (accepts) or rejects (returns) the request as the current user, asking for the
	 * comment first; a refusal is shown.
	 *
	 * @return null when recorded or cancelled, else the refusal's message
	 */
	public String decide(ApprovalInbox.Request r, boolean yes) {
		SalesSession session = SalesSession.get();
		Employee user = session.currentUser();
		FlagAcknowledgementDialog.Acknowledgement flags = yes && r.isQuote()
				? prompts.flags(getSite().getShell(), r.quote(), user)
				: FlagAcknowledgementDialog.Acknowledgement.NONE;
		String comment = flags == null ? null : prompts.comment(getSite().getShell(), r, yes);
		if (comment == null) {
			return null;
		}
		try {
			if (r.isQuote()) {
				session.run(NLS.bind(yes ? Messages.Inbox_approveCommand : Messages.Inbox_rejectCommand, itemText(r), purpose(r.rule())),
						() -> {
							if (yes) {
								flags.apply(r.quote(), user, session.clock().instant());
								StageMoves.operations().approveQuote(r.quote(), user, comment);
							} else {
								StageMoves.operations().rejectQuote(r.quote(), user, comment);
							}
						});
			} else {
				session.run(NLS.bind(yes ? Messages.Inbox_acceptCommand : Messages.Inbox_returnCommand, itemText(r)),
						() -> StageMoves.operations().reviewDeliverable(r.deliverable(), user, yes, comment));
			}
			return null;
		} catch (RefusedException e) {
			prompts.refused(getSite().getShell(), e.getMessage());
			return e.getMessage();
		}
	}

	/** The Approve (Accept) button, for tests that press it. */
	Button approveButton() {
		return approve;
	}

	/** The requests on display, for tests. */
	public List<ApprovalInbox.Request> requests() {
		return requests;
	}

	/** The details text of the selection, for tests. */
	public String details() {
		return details.getText();
	}

	/** Selects a request as a click does. */
	public void select(ApprovalInbox.Request request) {
		table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(request), true);
		showDetails();
	}

	/** Replaces the dialogs (tests); null puts the real ones back. */
	public void setPrompts(Prompts prompts) {
		this.prompts = prompts == null ? DIALOGS : prompts;
	}

	@Override
	protected Control focusControl() {
		return table.getControl();
	}
}
