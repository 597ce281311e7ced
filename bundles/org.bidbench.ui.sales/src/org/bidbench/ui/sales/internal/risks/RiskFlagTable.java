package org.bidbench.ui.sales.internal.risks;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.risk.RiskAcknowledgements;
import org.bidbench.sales.core.risk.RiskFlag;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;

/**
 * The risk flags of one opportunity (the editor's Risks page) or of a person's deals (the
 * Deadlines view): what, owner, next step, new or acknowledged. New flags come first; acknowledged
 * ones are hidden unless asked for, since they no longer notify. <i>Acknowledge...</i> asks for a
 * comment and records it as one undoable command of the sales session; the host refreshes on the
 * session's change and hands the new flags to {@link #setFlags(List)}.
 */
public final class RiskFlagTable {

	private static final Color NEW = new Color(190, 20, 20);

	private final Composite area;
	private final Label summary;
	private final Button showAcknowledged;
	private final Button acknowledge;
	private final TableViewer viewer;
	private List<RiskFlag> all = List.of();
	private List<RiskFlag> shown = List.of();

	/**
	 * @param withOpportunity a column naming the opportunity, and a double-click opening its editor
	 *                        (for lists over many opportunities)
	 */
	public RiskFlagTable(Composite parent, boolean withOpportunity, int tableHeight) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(3, false));
		summary = new Label(area, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		showAcknowledged = new Button(area, SWT.CHECK);
		showAcknowledged.setText(Messages.Flags_showAcknowledged);
		showAcknowledged.addListener(SWT.Selection, e -> filter());
		acknowledge = new Button(area, SWT.PUSH);
		acknowledge.setText(Messages.Flags_acknowledge);
		acknowledge.setEnabled(false);
		acknowledge.addListener(SWT.Selection, e -> askAndAcknowledge());

		viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		GridData table = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		table.heightHint = tableHeight;
		table.widthHint = 400;
		viewer.getTable().setLayoutData(table);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Flags_kind, 150, RiskWording::kind);
		if (withOpportunity) {
			column(Messages.Flags_opportunity, 220, f -> f.opportunity().getId() + "  " + f.opportunity().getName()); //$NON-NLS-1$
		}
		column(Messages.Flags_message, 420, RiskWording::text);
		column(Messages.Flags_owner, 100, RiskWording::owner);
		column(Messages.Flags_nextStep, 330, RiskWording::nextStep);
		column(Messages.Flags_status, 160, RiskWording::status);
		viewer.addSelectionChangedListener(e -> acknowledge.setEnabled(selected() != null && selected().isNew()));
		if (withOpportunity) {
			viewer.addDoubleClickListener(e -> {
				RiskFlag flag = selected();
				if (flag != null) {
					SalesEditors.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), flag.opportunity());
				}
			});
		}
		summary.setText(Messages.Flags_summaryNone);
	}

	/** The composite holding the table and its buttons, for the host's layout. */
	public Composite control() {
		return area;
	}

	/** Shows these flags (all of them, acknowledged too; the check box decides what is listed). */
	public void setFlags(List<RiskFlag> flags) {
		all = List.copyOf(flags);
		filter();
	}

	/** The flags listed now. */
	public List<RiskFlag> shown() {
		return shown;
	}

	public void setShowAcknowledged(boolean show) {
		showAcknowledged.setSelection(show);
		filter();
	}

	/** Acknowledges a flag as the workbench's current user, with the comment: one undoable command. */
	public static void acknowledge(RiskFlag flag, String comment) {
		SalesSession session = SalesSession.get();
		Instant at = session.clock().instant();
		session.run(NLS.bind(Messages.Flags_acknowledgeUndo, flag.key(), flag.opportunity().getId()),
				() -> RiskAcknowledgements.acknowledge(flag, session.currentUser(), comment, at));
	}

	private void filter() {
		if (area.isDisposed()) {
			return;
		}
		shown = all.stream().filter(f -> showAcknowledged.getSelection() || f.isNew())
				.sorted(Comparator.comparing((RiskFlag f) -> !f.isNew()).thenComparing(f -> f.kind().ordinal())).toList();
		viewer.setInput(shown);
		long fresh = all.stream().filter(RiskFlag::isNew).count();
		summary.setText(all.isEmpty() ? Messages.Flags_summaryNone : NLS.bind(Messages.Flags_summary, all.size(), fresh));
		acknowledge.setEnabled(selected() != null && selected().isNew());
		area.layout(true, true);
	}

	private void askAndAcknowledge() {
		RiskFlag flag = selected();
		if (flag == null || !flag.isNew()) {
			return;
		}
		InputDialog dialog = new InputDialog(area.getShell(), Messages.Flags_acknowledgeTitle,
				NLS.bind(Messages.Flags_acknowledgeComment, RiskWording.text(flag)), "", //$NON-NLS-1$
				text -> text == null || text.isBlank() ? Messages.Flags_commentMissing : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			acknowledge(flag, dialog.getValue());
		} catch (RefusedException | IllegalStateException e) {
			MessageDialog.openWarning(area.getShell(), Messages.Flags_acknowledgeTitle, NLS.bind(Messages.Flags_refused, e.getMessage()));
		}
	}

	private RiskFlag selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof RiskFlag flag ? flag : null;
	}

	private void column(String title, int width, Function<RiskFlag, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((RiskFlag) element);
			}

			@Override
			public Color getForeground(Object element) {
				// Only the status column stands out: a table all in red reads as an error.
				return title.equals(Messages.Flags_status) && ((RiskFlag) element).isNew() ? NEW : null;
			}
		});
	}
}
