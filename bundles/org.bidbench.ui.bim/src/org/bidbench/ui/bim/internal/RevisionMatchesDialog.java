package org.bidbench.ui.bim.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.bidbench.qto.ElementMatch;
import org.bidbench.qto.ModelDiffResult;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * What the comparison with an older version found, and the doubtful pairs for a person to confirm:
 * elements the content matching could not pair for sure (alike but not alike enough, or not the
 * only candidate), with the confidence and the evidence. Ticked pairs are saved beside the two
 * files' hashes and reused by every later comparison, in the view and by {@code bidbench diff}.
 */
public class RevisionMatchesDialog extends TitleAreaDialog {

	private final RevisionComparison comparison;
	private CheckboxTableViewer viewer;
	private List<ElementMatch> confirmed = List.of();

	public RevisionMatchesDialog(Shell parent, RevisionComparison comparison) {
		super(parent);
		this.comparison = comparison;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(RevisionMessages.Revision_title);
	}

	/** The counts line: added, removed, changed, unchanged, and how the pairs were made. */
	static String counts(ModelDiffResult d) {
		return NLS.bind(RevisionMessages.Revision_counts, new Object[] { d.added().size(), d.removed().size(), d.changed().size(),
				d.unchanged(), d.matchedByIdentity(), d.matchedByContent(), d.matchedByConfirmation(), d.doubtful().size() });
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		ModelDiffResult d = comparison.diff();
		setTitle(NLS.bind(RevisionMessages.Revision_heading, comparison.oldFile().getFileName(), comparison.newFile().getFileName()));
		setMessage(d.doubtful().isEmpty() ? RevisionMessages.Revision_nothingDoubtful : RevisionMessages.Revision_confirmHint);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(1, false));
		Label counts = new Label(body, SWT.WRAP);
		counts.setText(counts(d));
		counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		Composite box = new Composite(body, SWT.NONE);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 240;
		data.widthHint = 900;
		box.setLayoutData(data);
		TableColumnLayout columns = new TableColumnLayout();
		box.setLayout(columns);
		viewer = CheckboxTableViewer.newCheckList(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(columns, RevisionMessages.Revision_class, 12, ElementMatch::ifcClass);
		column(columns, RevisionMessages.Revision_name, 16, ElementMatch::name);
		column(columns, RevisionMessages.Revision_old, 16, ElementMatch::oldGlobalId);
		column(columns, RevisionMessages.Revision_new, 16, ElementMatch::newGlobalId);
		column(columns, RevisionMessages.Revision_confidence, 8, m -> String.format(Locale.ROOT, "%.0f %%", m.confidence() * 100)); //$NON-NLS-1$
		column(columns, RevisionMessages.Revision_evidence, 40, ElementMatch::evidence);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(d.doubtful());
		return area;
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<ElementMatch, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = text.apply((ElementMatch) element);
				return s == null ? "" : s; //$NON-NLS-1$
			}
		});
		layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 50, true));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, RevisionMessages.Revision_confirm, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
		getButton(IDialogConstants.OK_ID).setEnabled(!comparison.diff().doubtful().isEmpty());
	}

	@Override
	protected void okPressed() {
		List<ElementMatch> ticked = ticked();
		if (!ticked.isEmpty()) {
			try {
				comparison.confirm(ticked);
			} catch (IOException e) {
				setErrorMessage(NLS.bind(RevisionMessages.Revision_saveFailed, e.getMessage()));
				return;
			}
		}
		confirmed = ticked;
		super.okPressed();
	}

	private List<ElementMatch> ticked() {
		List<ElementMatch> out = new ArrayList<>();
		for (Object o : viewer.getCheckedElements()) {
			out.add((ElementMatch) o);
		}
		return out;
	}

	/** The pairs confirmed and saved with OK (empty after cancel or when none was ticked). */
	public List<ElementMatch> confirmedPairs() {
		return confirmed;
	}

	/** The table of doubtful pairs, for tests that tick. */
	CheckboxTableViewer table() {
		return viewer;
	}

	/** The confirm button, for tests. */
	Button confirmButton() {
		return getButton(IDialogConstants.OK_ID);
	}
}
