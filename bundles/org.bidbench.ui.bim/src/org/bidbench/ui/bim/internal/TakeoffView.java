package org.bidbench.ui.bim.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.Contribution;
import org.bidbench.qto.TakeoffFlag;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.rules.RulePack;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Take-off of the active model under a chosen rule pack: the lines with quantity, unit and flags.
 * Selecting a line selects and frames its elements in the viewer and the tree; selecting elements
 * there marks the lines they contribute to. Exports CSV, XLSX and JSON like the CLI.
 */
public final class TakeoffView extends ViewPart {

	public static final String ID = "org.bidbench.ui.bim.views.takeoff";
	/** Job family of take-off runs, to wait for them in tests. */
	static final Object FAMILY = TakeoffView.class;

	private RulePackChoice packChoice;
	private Button run;
	private Button export;
	private Button colourLines;
	/** Per line shown, its colour in the model while "Colour model" is on; swatches for the table. */
	private final LineColours lineColours = new LineColours();
	private final TakeoffRevisions revisions = new TakeoffRevisions(this);
	private Label summary;
	private TableViewer table;
	private TableViewer flagTable;
	private Color contributingBackground;
	private Color noValueBackground;
	private ModelEditor resultEditor;
	private TakeoffResult result;
	private Job running;
	private final LinesAndElements links = new LinesAndElements(this);

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(6, false));
		new Label(root, SWT.NONE).setText(Messages.Takeoff_pack);
		packChoice = new RulePackChoice(root);
		run = new Button(root, SWT.PUSH);
		run.setText(Messages.Takeoff_run);
		run.setToolTipText(Messages.Takeoff_runTip);
		run.addListener(SWT.Selection, e -> runOnActiveModel());
		export = new Button(root, SWT.PUSH);
		export.setText(Messages.Takeoff_export);
		export.setToolTipText(Messages.Takeoff_exportTip);
		export.setEnabled(false);
		export.addListener(SWT.Selection, e -> TakeoffExporting.ask(this, result));
		colourLines = new Button(root, SWT.CHECK);
		colourLines.setText(Messages.Takeoff_colour);
		colourLines.setToolTipText(Messages.Takeoff_colourTip);
		colourLines.addListener(SWT.Selection, e -> colourByLines(colourLines.getSelection()));
		Button compare = new Button(root, SWT.PUSH);
		compare.setText(RevisionMessages.Revision_button);
		compare.setToolTipText(RevisionMessages.Revision_buttonTip);
		compare.addListener(SWT.Selection, e -> revisions.choose());
		summary = new Label(root, SWT.NONE);
		// on a row of its own: in a narrow view it would push the buttons out of sight
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
		table = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		contributingBackground = new Color(255, 236, 200);
		noValueBackground = new Color(250, 222, 222);
		// A row is a line, or a rule's elements that produced no value (listed with the reason, not dropped).
		column(Messages.Takeoff_colItem, 300, SWT.LEFT, l -> l.itemCode() + "  " + l.description(),
				n -> NLS.bind(Messages.Takeoff_noValue, itemOf(n.ruleId())[0], itemOf(n.ruleId())[1]));
		column(Messages.Takeoff_colCharacteristics, 180, SWT.LEFT, l -> l.characteristics() == null ? "" : l.characteristics(), n -> "");
		column(Messages.Takeoff_colGroup, 220, SWT.LEFT, TakeoffLine::groupLabel, TakeoffResult.NoValue::reason);
		column(Messages.Takeoff_colQuantity, 100, SWT.RIGHT, this::quantityText, n -> "—");
		column(Messages.Takeoff_colUnit, 50, SWT.LEFT, TakeoffLine::unit, n -> "");
		column(Messages.Takeoff_colSource, 90, SWT.LEFT, l -> l.source().describe(), n -> "");
		column(Messages.Takeoff_colElements, 70, SWT.RIGHT, l -> Integer.toString(l.contributions().size()),
				n -> Integer.toString(n.flags().size()));
		column(Messages.Takeoff_colFlags, 50, SWT.RIGHT, l -> Integer.toString(flagsOf(l).size()),
				n -> Integer.toString(n.flags().size()));
		table.addSelectionChangedListener(e -> {
			Object row = e.getStructuredSelection().getFirstElement();
			if (row instanceof TakeoffLine line) {
				links.revealLine(line);
				flagTable.setInput(flagsOf(line));
			} else if (row instanceof TakeoffResult.NoValue none) {
				links.revealElements(none.globalIds());
				flagTable.setInput(none.flags());
			}
		});
		// The flags behind the selected row, each naming its element; selecting one shows the element.
		flagTable = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		GridData flagData = new GridData(SWT.FILL, SWT.FILL, true, false, 6, 1);
		flagData.heightHint = 110;
		flagTable.getTable().setLayoutData(flagData);
		flagTable.getTable().setHeaderVisible(true);
		flagTable.getTable().setLinesVisible(true);
		flagTable.setContentProvider(ArrayContentProvider.getInstance());
		flagColumn(Messages.Takeoff_flagKind, 200, f -> Messages.flagKind(f.kind()));
		flagColumn(Messages.Takeoff_flagElement, 190, TakeoffFlag::globalId);
		flagColumn(Messages.Takeoff_flagMessage, 700, TakeoffFlag::message);
		flagTable.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof TakeoffFlag flag && flag.globalId() != null) {
				links.revealElements(List.of(flag.globalId()));
			}
		});
		String packProblem = packChoice.fill();
		if (packProblem != null) {
			summary.setText(packProblem);
		}
		run.setEnabled(!packChoice.packs().isEmpty());
		getSite().setSelectionProvider(table);
		getSite().getPage().addSelectionListener(links);
	}

	private void column(String title, int width, int align, java.util.function.Function<TakeoffLine, String> text,
			java.util.function.Function<TakeoffResult.NoValue, String> noValueText) {
		boolean first = table.getTable().getColumnCount() == 0;
		TableViewerColumn c = new TableViewerColumn(table, align);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof TakeoffLine line ? text.apply(line) : noValueText.apply((TakeoffResult.NoValue) element);
			}

			@Override
			public Color getBackground(Object element) {
				if (element instanceof TakeoffResult.NoValue) {
					return noValueBackground;
				}
				return links.contributes((TakeoffLine) element) ? contributingBackground : null;
			}

			@Override
			public org.eclipse.swt.graphics.Image getImage(Object element) {
				return first && element instanceof TakeoffLine line ? lineColours.swatch(line, table.getControl().getDisplay()) : null;
			}
		});
	}

	/** The quantity with the decimals the pack rounded it to (3 when not known). */
	private String quantityText(TakeoffLine line) {
		int decimals = result == null ? -1 : result.decimalsOf(line.unit());
		return String.format(Locale.ROOT, "%." + (decimals < 0 ? 3 : decimals) + "f", line.quantity());
	}

	private void flagColumn(String title, int width, java.util.function.Function<TakeoffFlag, String> text) {
		TableViewerColumn c = new TableViewerColumn(flagTable, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String t = text.apply((TakeoffFlag) element);
				return t == null ? "" : t;
			}
		});
	}

	/** The item code and description of a rule of the pack the shown result was made with. */
	private String[] itemOf(String ruleId) {
		return packChoice.itemOf(result == null ? null : result.packId(), ruleId);
	}

	/** The flags behind a line (of the shown result), for the Flags column and the flag list. */
	List<TakeoffFlag> flagsOf(TakeoffLine line) {
		return result == null ? List.of() : result.flagsOf(line);
	}

	/** The rows shown: every line, then each rule's elements that produced no value. */
	List<Object> rows() {
		List<Object> rows = new ArrayList<>();
		if (result != null) {
			rows.addAll(result.lines());
			rows.addAll(result.noValues());
		}
		return rows;
	}

	TableViewer flagViewer() {
		return flagTable;
	}

	/**
	 * Paints every element of the result's model in the colour of the first line it contributes to
	 * (elements in no line keep their material colour), or gives the model its own colours back.
	 */
	void colourByLines(boolean on) {
		if (colourLines.getSelection() != on) {
			colourLines.setSelection(on);
		}
		String said = lineColours.apply(resultEditor, result, on, getPartName());
		table.refresh();
		if (said != null) {
			summary.setText(said);
		}
	}

	/** The colour of a line's elements while the model is coloured by line, or {@code null}. */
	org.bidbench.geometry.Colour lineColour(TakeoffLine line) {
		return lineColours.colour(line);
	}

	/** The packs offered, in the order of the choice. */
	List<RulePack> packs() {
		return packChoice.packs();
	}

	/** Chooses a pack by identifier; false when none has it. */
	boolean choosePack(String id) {
		return packChoice.choose(id);
	}

	/** The last comparison with an older version, for tests. */
	RevisionComparison revisionComparison() {
		return revisions.last();
	}

	/** Compares an older version of the active model with it (see {@link TakeoffRevisions#compare}). */
	Job compareRevision(Path oldFile) {
		return revisions.compare(oldFile);
	}

	/** Whether a comparison opens the dialog of doubtful pairs (tests open it themselves). */
	void askPerson(boolean ask) {
		revisions.askPerson = ask;
	}

	/** The pack chosen above the table. */
	RulePack chosenPack() {
		return packChoice.chosen();
	}

	/** Shows a message in the summary line; false once the view is closed. */
	boolean say(String message) {
		if (summary.isDisposed()) {
			return false;
		}
		summary.setText(message);
		return true;
	}

	/** Runs the chosen pack on the active model editor's model as a job; returns it, or null when nothing can run. */
	Job runOnActiveModel() {
		if (!(getSite().getPage().getActiveEditor() instanceof ModelEditor editor)) {
			summary.setText(Messages.Takeoff_openModel);
			return null;
		}
		IfcModel model = editor.model();
		if (model == null) {
			summary.setText(NLS.bind(Messages.Takeoff_stillReading, editor.getPartName()));
			return null;
		}
		RulePack pack = packChoice.chosen();
		var loadedQuantities = editor.loadedQuantities();
		if (running != null) {
			running.cancel();
		}
		String what = NLS.bind(Messages.Takeoff_what, pack.getId(), editor.getPartName());
		Job job = new TakeoffJob(model, loadedQuantities, pack, what, (r, message) -> showResult(editor, r, message));
		running = job;
		summary.setText(NLS.bind(Messages.Takeoff_measuring, what));
		job.schedule();
		return job;
	}

	private void showResult(ModelEditor editor, TakeoffResult r, String message) {
		var display = table.getControl().getDisplay();
		display.asyncExec(() -> {
			if (table.getControl().isDisposed()) {
				return;
			}
			if (r == null) {
				summary.setText(message);
				return;
			}
			resultEditor = editor;
			result = r;
			table.setInput(rows());
			flagTable.setInput(List.of());
			if (colourLines.getSelection()) {
				colourByLines(true); // the new lines, in their colours
			}
			export.setEnabled(true);
			summary.setText(NLS.bind(Messages.Takeoff_summary, new Object[]{r.lines().size(), r.flags().size(), r.packName(),
					r.packVersion(), r.modelFile(), r.engine()}) + noValueNote(r) + message);
			summary.getParent().layout();
		});
	}

	private static String noValueNote(TakeoffResult r) {
		int n = r.noValues().size();
		return n == 0 ? "" : NLS.bind(Messages.Takeoff_noValueNote, n);
	}

	/** The summary line above the table, as shown. */
	String summaryText() {
		return summary.getText();
	}

	/** The last result shown, or {@code null}. */
	TakeoffResult result() {
		return result;
	}

	TableViewer viewer() {
		return table;
	}

	/** The editor of the model the result shown was made from. */
	ModelEditor resultEditor() {
		return resultEditor;
	}

	/** Marks the lines the given elements contribute to. */
	void markLinesOf(Set<String> globalIds) {
		links.mark(globalIds);
	}

	/** The lines of the last result any of the elements contributes to. */
	List<TakeoffLine> linesOf(Set<String> globalIds) {
		return LinesAndElements.linesOf(result, globalIds);
	}

	/** Selects a line as a click would. */
	void select(TakeoffLine line) {
		table.setSelection(new StructuredSelection(line), true);
	}

	/**
	 * Writes the last result through qto's exporters; a name without .csv, .xlsx or .json gets
	 * .xlsx. Returns the file written.
	 */
	Path exportTo(Path file) throws IOException {
		return TakeoffExporting.write(result, file);
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	/**
	 * The take-off shown, as a {@link TakeoffResult}: actions other bundles add to this view (the
	 * sales perspective's "Price into quote of opportunity...") price it without depending on the view.
	 */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == TakeoffResult.class) {
			return adapter.cast(result);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(links);
		if (running != null) {
			running.cancel();
		}
		if (contributingBackground != null) {
			contributingBackground.dispose();
		}
		if (noValueBackground != null) {
			noValueBackground.dispose();
		}
		lineColours.dispose();
		super.dispose();
	}
}
