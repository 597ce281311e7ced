package org.bidbench.ui.sales.internal.editors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bidbench.sales.core.quote.LineDifference;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.core.quote.QuoteRevisions;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.bidbench.ui.TitledBodyDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The line diff between two revisions of a quote, matched by line key: added, removed and changed
 * lines first (quantity, unit price and amount before and after), unchanged ones after them.
 */
public class QuoteDiffDialog extends TitledBodyDialog {

	private final List<Quote> revisions;
	private Quote before;
	private Quote after;
	private Table table;
	private Label summary;

	/** Opens on {@code after} against its previous revision (or the one before it in {@code revisions}). */
	public QuoteDiffDialog(Shell shell, List<Quote> revisions, Quote after) {
		super(shell, Messages.QuoteDiff_title, 4);
		this.revisions = revisions.stream().sorted(Comparator.comparingInt(Quote::getRevision)).toList();
		this.after = after;
		Quote previous = after.getPreviousRevision();
		if (previous == null) {
			int index = this.revisions.indexOf(after);
			previous = index > 0 ? this.revisions.get(index - 1) : after;
		}
		this.before = previous;
	}

	@Override
	protected void createBody(Composite body) {
		setTitle(Messages.QuoteDiff_title);
		setMessage(Messages.QuoteDiff_message);
		Combo from = choice(body, Messages.QuoteDiff_before, before);
		Combo to = choice(body, Messages.QuoteDiff_after, after);
		from.addListener(SWT.Selection, e -> {
			before = revisions.get(from.getSelectionIndex());
			show();
		});
		to.addListener(SWT.Selection, e -> {
			after = revisions.get(to.getSelectionIndex());
			show();
		});
		summary = new Label(body, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
		table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
		data.widthHint = 900;
		data.heightHint = 320;
		table.setLayoutData(data);
		for (String title : new String[]{Messages.QuoteDiff_line, Messages.QuoteDiff_change, Messages.QuoteDiff_quantity,
				Messages.QuoteDiff_unitPrice, Messages.QuoteDiff_amountDelta}) {
			new TableColumn(table, SWT.NONE).setText(title);
		}
		show();
	}

	private Combo choice(Composite body, String label, Quote initial) {
		new Label(body, SWT.NONE).setText(label);
		Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (Quote q : revisions) {
			combo.add(NLS.bind(Messages.QuoteDiff_revision, q.getRevision(), SalesLabels.literal(q.getStatus())));
		}
		combo.select(Math.max(0, revisions.indexOf(initial)));
		return combo;
	}

	/** The differences, changed lines first, for the table and for tests. */
	public static List<LineDifference> differences(Quote before, Quote after) {
		List<LineDifference> differences = new ArrayList<>(QuoteRevisions.diff(before, after));
		differences.sort(Comparator.comparing(d -> d.change() == LineDifference.Change.UNCHANGED));
		return differences;
	}

	private void show() {
		table.removeAll();
		int[] counts = new int[LineDifference.Change.values().length];
		// A key alone says little: the line's item and description, from whichever side has it.
		java.util.Map<String, QuoteLine> lines = new java.util.HashMap<>();
		before.getLines().forEach(l -> lines.put(l.getKey(), l));
		after.getLines().forEach(l -> lines.put(l.getKey(), l));
		for (LineDifference d : differences(before, after)) {
			counts[d.change().ordinal()]++;
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[]{describe(d.key(), lines.get(d.key())), change(d.change()), arrow(plain(d.quantityBefore()), plain(d.quantityAfter())),
					arrow(SalesLabels.money(d.unitPriceBefore()), SalesLabels.money(d.unitPriceAfter())),
					d.change() == LineDifference.Change.UNCHANGED ? "" : SalesLabels.money(d.amountDelta())}); //$NON-NLS-1$
			if (d.change() != LineDifference.Change.UNCHANGED) {
				item.setForeground(table.getDisplay().getSystemColor(d.change() == LineDifference.Change.REMOVED ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_BLUE));
			}
		}
		summary.setText(NLS.bind(Messages.QuoteDiff_summary, new Object[]{counts[LineDifference.Change.CHANGED.ordinal()],
				counts[LineDifference.Change.ADDED.ordinal()], counts[LineDifference.Change.REMOVED.ordinal()],
				counts[LineDifference.Change.UNCHANGED.ordinal()], SalesLabels.money(QuoteStatement.of(before).linesTotal()),
				SalesLabels.money(QuoteStatement.of(after).linesTotal())}));
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		summary.getParent().layout();
	}

	/** Rows shown now (tests). */
	public int rowCount() {
		return table.getItemCount();
	}

	/** The summary line shown now (tests). */
	public String summary() {
		return summary.getText();
	}

	private static String change(LineDifference.Change change) {
		return switch (change) {
			case ADDED -> Messages.QuoteDiff_added;
			case REMOVED -> Messages.QuoteDiff_removed;
			case CHANGED -> Messages.QuoteDiff_changed;
			case UNCHANGED -> Messages.QuoteDiff_unchanged;
		};
	}

	private static String describe(String key, QuoteLine line) {
		if (line == null) {
			return key;
		}
		String item = line.getCostItemCode() == null ? "" : line.getCostItemCode(); //$NON-NLS-1$
		String text = line.getDescription() == null ? "" : line.getDescription(); //$NON-NLS-1$
		String shown = (key + "  " + item + "  " + text).strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return shown.length() > 90 ? shown.substring(0, 89) + "\u2026" : shown; //$NON-NLS-1$
	}

	private static String plain(java.math.BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString(); //$NON-NLS-1$
	}

	private static String arrow(String before, String after) {
		if (before == null || before.isEmpty()) {
			return after == null ? "" : after; //$NON-NLS-1$
		}
		if (after == null || after.isEmpty() || after.equals(before)) {
			return before;
		}
		return NLS.bind(Messages.QuoteDiff_arrow, before, after);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
