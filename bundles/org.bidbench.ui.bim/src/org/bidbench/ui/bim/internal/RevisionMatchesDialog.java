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
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
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

	/** Space a table cell takes around its text (margins, grid line). */
	private static final int CELL_PADDING = 16;
	/** A header takes more (GTK pads header buttons wider than cells): "Confidence" was cut by a few pixels with 16. */
	private static final int HEADER_PADDING = 28;

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
		return NLS.bind(RevisionMessages.Revision_counts, new Object[]{d.added().size(), d.removed().size(), d.changed().size(),
				d.unchanged(), d.matchedByIdentity(), d.matchedByContent(), d.matchedByConfirmation(), d.doubtful().size()});
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
		TableColumnLayout columns = new TableColumnLayout();
		box.setLayout(columns);
		viewer = CheckboxTableViewer.newCheckList(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		// A GlobalId is only useful whole: its columns are as wide as the widest id listed (and the
		// header), never shared out by weight, so a narrow view scrolls instead of cutting them.
		int idWidth = Math.max(textWidth(RevisionMessages.Revision_old), textWidth(RevisionMessages.Revision_new)) + HEADER_PADDING;
		for (ElementMatch m : d.doubtful()) {
			idWidth = Math.max(idWidth, Math.max(textWidth(m.oldGlobalId()), textWidth(m.newGlobalId())) + CELL_PADDING);
		}
		int confidenceWidth = Math.max(textWidth(RevisionMessages.Revision_confidence) + HEADER_PADDING,
				textWidth("100 %") + CELL_PADDING); //$NON-NLS-1$
		column(columns, RevisionMessages.Revision_class, new ColumnWeightData(12, textWidth("IfcWindow") + 2 * CELL_PADDING, true), //$NON-NLS-1$
				ElementMatch::ifcClass);
		column(columns, RevisionMessages.Revision_name, new ColumnWeightData(16, 100, true), ElementMatch::name);
		column(columns, RevisionMessages.Revision_old, new ColumnPixelData(idWidth, true), ElementMatch::oldGlobalId);
		column(columns, RevisionMessages.Revision_new, new ColumnPixelData(idWidth, true), ElementMatch::newGlobalId);
		column(columns, RevisionMessages.Revision_confidence, new ColumnPixelData(confidenceWidth, true),
				m -> String.format(Locale.ROOT, "%.0f %%", m.confidence() * 100)); //$NON-NLS-1$
		column(columns, RevisionMessages.Revision_evidence, new ColumnWeightData(40, 160, true), ElementMatch::evidence);
		ColumnViewerToolTipSupport.enableFor(viewer);
		data.heightHint = 240;
		// room for the fixed columns and a readable share of the others; the screen may make it smaller
		data.widthHint = 2 * idWidth + confidenceWidth + 560;
		box.setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(d.doubtful());
		return area;
	}

	private void column(TableColumnLayout layout, String title, ColumnLayoutData width, Function<ElementMatch, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setToolTipText(title);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = text.apply((ElementMatch) element);
				return s == null ? "" : s; //$NON-NLS-1$
			}

			@Override
			public String getToolTipText(Object element) {
				String s = getText(element);
				return s.isEmpty() ? null : s; // the whole cell, e.g. the evidence a narrow column cuts
			}
		});
		layout.setColumnData(c.getColumn(), width);
	}

	/** The width of a text in the table's font, in pixels. */
	private int textWidth(String text) {
		if (text == null) {
			return 0;
		}
		GC gc = new GC(viewer.getTable());
		try {
			return gc.textExtent(text).x;
		} finally {
			gc.dispose();
		}
	}

	/** Whether every listed GlobalId fits its column whole as laid out now, for tests. */
	boolean globalIdsFit() {
		for (ElementMatch m : comparison.diff().doubtful()) {
			if (viewer.getTable().getColumn(2).getWidth() < textWidth(m.oldGlobalId())
					|| viewer.getTable().getColumn(3).getWidth() < textWidth(m.newGlobalId())) {
				return false;
			}
		}
		return true;
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
