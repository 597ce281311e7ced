package org.bidbench.ui.sales.internal.views;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bidbench.sales.core.quote.QuoteFlags;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.FlagSeverity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteFlag;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The technical reviewer's acknowledgement of a quote revision's take-off flags, asked as part of
 * the approval: every error flag must be ticked (an unacknowledged error blocks the release), the
 * warnings may be, and one comment says why the prices may stand. The acknowledgement is applied in
 * the same undoable command as the approval.
 */
public class FlagAcknowledgementDialog extends TitleAreaDialog {

	/** What the reviewer acknowledged and why; {@link #NONE} when there was nothing to ask. */
	public record Acknowledgement(List<QuoteFlag> flags, String comment) {

		/** Nothing to acknowledge: not the technical lead, or no open flags. */
		public static final Acknowledgement NONE = new Acknowledgement(List.of(), ""); //$NON-NLS-1$

		public Acknowledgement {
			flags = List.copyOf(flags);
		}

		/** Records the acknowledgement of each flag (inside the caller's command, so it undoes with it). */
		public void apply(Quote quote, Employee reviewer, Instant at) {
			for (QuoteFlag f : flags) {
				QuoteFlags.acknowledge(quote, f, reviewer, at, comment);
			}
		}
	}

	private final Quote quote;
	private final List<QuoteFlag> open;
	private CheckboxTableViewer viewer;
	private Text text;
	private Acknowledgement result;

	/**
	 * Asks the reviewer when it is theirs to acknowledge: the technical lead approving a revision with
	 * open flags. {@link Acknowledgement#NONE} when there is nothing to ask, null when cancelled.
	 */
	public static Acknowledgement ask(Shell shell, Quote quote, Employee reviewer) {
		if (reviewer == null || reviewer.getRole() != EmployeeRole.TECHNICAL_LEAD || openFlags(quote).isEmpty()) {
			return Acknowledgement.NONE;
		}
		FlagAcknowledgementDialog dialog = new FlagAcknowledgementDialog(shell, quote);
		return dialog.open() == Window.OK ? dialog.result() : null;
	}

	/** The flags nobody acknowledged yet, errors first. */
	static List<QuoteFlag> openFlags(Quote quote) {
		List<QuoteFlag> out = new ArrayList<>(QuoteFlags.unacknowledged(quote, FlagSeverity.ERROR));
		out.addAll(QuoteFlags.unacknowledged(quote, FlagSeverity.WARNING));
		return out;
	}

	public FlagAcknowledgementDialog(Shell parent, Quote quote) {
		super(parent);
		this.quote = quote;
		this.open = openFlags(quote);
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(FlagMessages.FlagAck_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		long errors = open.stream().filter(f -> f.getSeverity() == FlagSeverity.ERROR).count();
		setTitle(NLS.bind(FlagMessages.FlagAck_heading, quote.getId(), quote.getRevision()));
		setMessage(NLS.bind(FlagMessages.FlagAck_message, errors, open.size() - errors));
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(1, false));

		Composite tableBox = new Composite(body, SWT.NONE);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 220;
		tableData.widthHint = 760;
		tableBox.setLayoutData(tableData);
		TableColumnLayout columns = new TableColumnLayout();
		tableBox.setLayout(columns);
		viewer = CheckboxTableViewer.newCheckList(tableBox, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(columns, FlagMessages.FlagAck_severity, 12, f -> f.getSeverity() == FlagSeverity.ERROR
				? FlagMessages.FlagAck_error
				: FlagMessages.FlagAck_warning);
		column(columns, FlagMessages.FlagAck_kind, 20, f -> FlagMessages.kindText(f.getKind()));
		column(columns, FlagMessages.FlagAck_line, 22, f -> f.getLineKey() == null ? FlagMessages.FlagAck_noLine : f.getLineKey());
		column(columns, FlagMessages.FlagAck_element, 18, QuoteFlag::getGlobalId);
		column(columns, FlagMessages.FlagAck_what, 50, QuoteFlag::getMessage);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(open.stream().sorted(Comparator.comparing(f -> f.getSeverity() == FlagSeverity.ERROR ? 0 : 1)).toList());
		viewer.setCheckedElements(open.stream().filter(f -> f.getSeverity() == FlagSeverity.ERROR).toArray());
		viewer.addCheckStateListener(event -> update());

		Label label = new Label(body, SWT.NONE);
		label.setText(FlagMessages.FlagAck_comment);
		text = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData textData = new GridData(SWT.FILL, SWT.FILL, true, false);
		textData.heightHint = 60;
		text.setLayoutData(textData);
		text.addModifyListener(event -> update());
		return area;
	}

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<QuoteFlag, String> value) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = value.apply((QuoteFlag) element);
				return s == null ? "" : s; //$NON-NLS-1$
			}
		});
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60, true));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(FlagMessages.FlagAck_ok);
		update();
	}

	/** Why OK is not possible yet, or null: every error ticked and a comment written. */
	String missing() {
		List<QuoteFlag> ticked = ticked();
		long errorsLeft = open.stream().filter(f -> f.getSeverity() == FlagSeverity.ERROR && !ticked.contains(f)).count();
		if (errorsLeft > 0) {
			return NLS.bind(FlagMessages.FlagAck_errorsLeft, errorsLeft);
		}
		if (text.getText().isBlank()) {
			return FlagMessages.FlagAck_commentNeeded;
		}
		return null;
	}

	private List<QuoteFlag> ticked() {
		List<QuoteFlag> out = new ArrayList<>();
		for (Object o : viewer.getCheckedElements()) {
			out.add((QuoteFlag) o);
		}
		return out;
	}

	private void update() {
		if (text == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String why = missing();
		setErrorMessage(why);
		getButton(IDialogConstants.OK_ID).setEnabled(why == null);
	}

	@Override
	protected void okPressed() {
		result = new Acknowledgement(ticked(), text.getText().strip());
		super.okPressed();
	}

	/** What was acknowledged after OK; null before or after cancel. */
	public Acknowledgement result() {
		return result;
	}

	/** The comment field, for tests that type into it. */
	Text commentField() {
		return text;
	}

	/** The OK button, for tests. */
	Button okButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	/** Re-checks the OK button after ticks set in code (they send no event), for tests. */
	void refreshState() {
		update();
	}

	/** The flag table, for tests that tick and untick. */
	CheckboxTableViewer flagTable() {
		return viewer;
	}
}
