package org.bidbench.ui.bim.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.Contribution;
import org.bidbench.qto.EngineQuantitySource;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffExport;
import org.bidbench.qto.TakeoffFlag;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
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

	private Combo packChoice;
	private Button run;
	private Button export;
	private Button colourLines;
	/** Per line shown, its colour in the model while "Colour model" is on; swatches for the table. */
	private final java.util.Map<TakeoffLine, org.bidbench.geometry.Colour> lineColours = new java.util.HashMap<>();
	private final java.util.Map<TakeoffLine, org.eclipse.swt.graphics.Image> swatches = new java.util.HashMap<>();
	private Label summary;
	private TableViewer table;
	private TableViewer flagTable;
	private Color contributingBackground;
	private Color noValueBackground;
	private final List<RulePack> packs = new ArrayList<>();
	private ModelEditor resultEditor;
	private TakeoffResult result;
	/** GlobalIds selected in the viewer or tree, to mark the lines they feed. */
	private Set<String> selectedGlobalIds = Set.of();
	private boolean revealing;
	private Job running;

	private final ISelectionListener elementSelection = (part, selection) -> {
		if (revealing || part == this || !(selection instanceof IStructuredSelection s)
				|| !(part instanceof ModelEditor || part instanceof ModelTreeView)) {
			return;
		}
		Set<String> ids = new HashSet<>();
		for (Object o : s.toList()) {
			IfcEntity e = Adapters.adapt(o, IfcEntity.class);
			if (e != null && e.globalId() != null) {
				ids.add(e.globalId());
			}
		}
		markLinesOf(ids);
	};

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(6, false));
		new Label(root, SWT.NONE).setText(Messages.Takeoff_pack);
		packChoice = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
		packChoice.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		run = new Button(root, SWT.PUSH);
		run.setText(Messages.Takeoff_run);
		run.setToolTipText(Messages.Takeoff_runTip);
		run.addListener(SWT.Selection, e -> runOnActiveModel());
		export = new Button(root, SWT.PUSH);
		export.setText(Messages.Takeoff_export);
		export.setToolTipText(Messages.Takeoff_exportTip);
		export.setEnabled(false);
		export.addListener(SWT.Selection, e -> exportResult());
		colourLines = new Button(root, SWT.CHECK);
		colourLines.setText(Messages.Takeoff_colour);
		colourLines.setToolTipText(Messages.Takeoff_colourTip);
		colourLines.addListener(SWT.Selection, e -> colourByLines(colourLines.getSelection()));
		Button compare = new Button(root, SWT.PUSH);
		compare.setText(RevisionMessages.Revision_button);
		compare.setToolTipText(RevisionMessages.Revision_buttonTip);
		compare.addListener(SWT.Selection, e -> chooseRevisionToCompare());
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
		column(Messages.Takeoff_colQuantity, 100, SWT.RIGHT, l -> String.format(Locale.ROOT, "%.3f", l.quantity()), n -> "—");
		column(Messages.Takeoff_colUnit, 50, SWT.LEFT, TakeoffLine::unit, n -> "");
		column(Messages.Takeoff_colSource, 90, SWT.LEFT, l -> l.source().describe(), n -> "");
		column(Messages.Takeoff_colElements, 70, SWT.RIGHT, l -> Integer.toString(l.contributions().size()),
				n -> Integer.toString(n.flags().size()));
		column(Messages.Takeoff_colFlags, 50, SWT.RIGHT, l -> Integer.toString(flagsOf(l).size()),
				n -> Integer.toString(n.flags().size()));
		table.addSelectionChangedListener(e -> {
			Object row = e.getStructuredSelection().getFirstElement();
			if (row instanceof TakeoffLine line) {
				revealLine(line);
				flagTable.setInput(flagsOf(line));
			} else if (row instanceof TakeoffResult.NoValue none) {
				revealElements(none.globalIds());
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
				revealElements(List.of(flag.globalId()));
			}
		});
		fillPacks();
		getSite().setSelectionProvider(table);
		getSite().getPage().addSelectionListener(elementSelection);
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
				return contributes((TakeoffLine) element) ? contributingBackground : null;
			}

			@Override
			public org.eclipse.swt.graphics.Image getImage(Object element) {
				return first && element instanceof TakeoffLine line ? swatch(line) : null;
			}
		});
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
		for (RulePack pack : packs) {
			if (result == null || !pack.getId().equals(result.packId())) {
				continue;
			}
			for (org.bidbench.qto.rules.Rule r : pack.getRules()) {
				if (r.getId().equals(ruleId) && r.getItem() != null) {
					return new String[] { r.getItem().getCode(), r.getItem().getDescription() };
				}
			}
		}
		return new String[] { ruleId, "" };
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
		disposeSwatches();
		lineColours.clear();
		ModelEditor editor = resultEditor;
		if (editor == null || editor.scene() == null || result == null) {
			table.refresh();
			return;
		}
		if (!on) {
			editor.scene().clearColours();
			table.refresh();
			return;
		}
		java.util.Map<String, Integer> lineOf = new java.util.HashMap<>();
		List<TakeoffLine> lines = result.lines();
		for (int i = 0; i < lines.size(); i++) {
			for (String id : lines.get(i).globalIds()) {
				lineOf.putIfAbsent(id, i);
			}
		}
		java.util.Map<Object, org.bidbench.geometry.Colour> legend = editor.scene()
				.colourBy(e -> e.globalId() == null ? null : lineOf.get(e.globalId()));
		legend.forEach((index, colour) -> lineColours.put(lines.get((Integer) index), colour));
		table.refresh();
		summary.setText(lineColours.size() + " of " + lines.size() + " lines coloured in " + editor.getPartName()
				+ " (a line whose elements all belong to an earlier line has no colour of its own)");
	}

	/** The colour of a line's elements while the model is coloured by line, or {@code null}. */
	org.bidbench.geometry.Colour lineColour(TakeoffLine line) {
		return lineColours.get(line);
	}

	private org.eclipse.swt.graphics.Image swatch(TakeoffLine line) {
		org.bidbench.geometry.Colour c = lineColours.get(line);
		if (c == null) {
			return null;
		}
		return swatches.computeIfAbsent(line, l -> {
			var display = table.getControl().getDisplay();
			org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, 12, 12);
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
			Color fill = new Color(Math.round(c.red() * 255), Math.round(c.green() * 255), Math.round(c.blue() * 255));
			gc.setBackground(fill);
			gc.fillRectangle(0, 0, 12, 12);
			gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawRectangle(0, 0, 11, 11);
			gc.dispose();
			fill.dispose();
			return image;
		});
	}

	private void disposeSwatches() {
		swatches.values().forEach(org.eclipse.swt.graphics.Image::dispose);
		swatches.clear();
	}

	private boolean contributes(TakeoffLine line) {
		if (selectedGlobalIds.isEmpty()) {
			return false;
		}
		for (Contribution c : line.contributions()) {
			if (selectedGlobalIds.contains(c.globalId())) {
				return true;
			}
		}
		return false;
	}

	private void fillPacks() {
		RulePacks.Listing listing = RulePacks.list();
		int chosen = 0;
		for (RulePacks.Contribution c : listing.packs().values()) {
			if (c.isDefault()) {
				chosen = packs.size();
			}
			packs.add(c.pack());
			packChoice.add(c.pack().getName() + " (" + c.pack().getId() + " " + c.pack().getVersion() + ")");
		}
		if (packs.isEmpty()) {
			summary.setText(Messages.Takeoff_noPack + (listing.failures().isEmpty() ? ""
					: ": " + listing.failures().get(0).message()) + ".");
			run.setEnabled(false);
			return;
		}
		packChoice.select(chosen);
		if (!listing.failures().isEmpty()) {
			RulePacks.Failure f = listing.failures().get(0);
			summary.setText(NLS.bind(Messages.Takeoff_packNotLoaded, new Object[] { f.file(), f.contributor(), f.message() }));
		}
	}

	/** The packs offered, in the order of the choice. */
	List<RulePack> packs() {
		return List.copyOf(packs);
	}

	/** Chooses a pack by identifier; false when none has it. */
	boolean choosePack(String id) {
		for (int i = 0; i < packs.size(); i++) {
			if (packs.get(i).getId().equals(id)) {
				packChoice.select(i);
				return true;
			}
		}
		return false;
	}

	/** Asks for the older version of the active model and compares it (doubtful pairs go to a person). */
	private void chooseRevisionToCompare() {
		if (!(getSite().getPage().getActiveEditor() instanceof ModelEditor editor) || editor.model() == null) {
			summary.setText(Messages.Takeoff_openModel);
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText(RevisionMessages.Revision_chooseOld);
		dialog.setFilterExtensions(new String[] { "*.ifc", "*.*" });
		String chosen = dialog.open();
		if (chosen != null) {
			compareRevision(Path.of(chosen));
		}
	}

	/** The last comparison with an older version, for tests. */
	RevisionComparison revisionComparison() {
		return revisionComparison;
	}

	/**
	 * Compares an older version of the active model with it under the chosen pack, as a job; then
	 * shows the counts and, when {@code askPerson}, offers the doubtful pairs for confirmation (a
	 * confirmation compares again). Returns the job, or null when there is no model file.
	 */
	Job compareRevision(Path oldFile) {
		if (!(getSite().getPage().getActiveEditor() instanceof ModelEditor editor) || editor.model() == null
				|| editor.model().path() == null) {
			summary.setText(RevisionMessages.Revision_noFile);
			return null;
		}
		Path newFile = editor.model().path();
		RulePack pack = packs.get(packChoice.getSelectionIndex());
		String what = NLS.bind(RevisionMessages.Revision_job, oldFile.getFileName(), newFile.getFileName());
		Job job = new Job(what) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					RevisionComparison c = RevisionComparison.compare(oldFile, newFile, pack, monitor);
					table.getControl().getDisplay().asyncExec(() -> showComparison(c));
					return Status.OK_STATUS;
				} catch (IOException | RuntimeException e) {
					table.getControl().getDisplay().asyncExec(() -> summary.setText(NLS.bind(RevisionMessages.Revision_failed,
							new Object[] { oldFile.getFileName(), newFile.getFileName(), e.getMessage() })));
					return Status.error(what, e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		summary.setText(what);
		job.schedule();
		return job;
	}

	/** Whether a comparison opens the dialog of doubtful pairs (tests open it themselves). */
	boolean askPerson = true;
	private RevisionComparison revisionComparison;

	private void showComparison(RevisionComparison c) {
		if (summary.isDisposed()) {
			return;
		}
		revisionComparison = c;
		summary.setText(RevisionMatchesDialog.counts(c.diff()));
		if (askPerson && !c.diff().doubtful().isEmpty()) {
			RevisionMatchesDialog dialog = new RevisionMatchesDialog(getSite().getShell(), c);
			if (dialog.open() == org.eclipse.jface.window.Window.OK && !dialog.confirmedPairs().isEmpty()) {
				compareRevision(c.oldFile());
			}
		}
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
		RulePack pack = packs.get(packChoice.getSelectionIndex());
		var loadedQuantities = editor.loadedQuantities();
		if (running != null) {
			running.cancel();
		}
		String what = pack.getId() + " on " + editor.getPartName();
		Job job = new Job(NLS.bind(Messages.Takeoff_job, what)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Takeoff_job, what), 100);
				try {
					ComputedQuantitySource loaded = measuredWhileLoading(loadedQuantities, progress);
					TakeoffResult r = loaded != null
							? new TakeoffSession(model, loaded).run(pack, progress::isCanceled)
							: measure(model, pack, progress);
					showResult(editor, r, loaded != null ? Messages.Takeoff_reusedMeshes : "");
					return Status.OK_STATUS;
				} catch (CancellationException e) {
					showResult(editor, null, NLS.bind(Messages.Takeoff_cancelled, what));
					return Status.CANCEL_STATUS;
				} catch (RuntimeException e) {
					showResult(editor, null, NLS.bind(Messages.Takeoff_failed, new Object[] { what, e.getMessage(), pack.getId() }));
					return Status.error("take-off " + what + " failed", e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		running = job;
		summary.setText(NLS.bind(Messages.Takeoff_measuring, what));
		job.schedule();
		return job;
	}

	/**
	 * The quantities the editor's load measured, waiting for the last of them if the load has just
	 * ended; {@code null} when the load did not measure them all (cancelled, engine stopped).
	 */
	private static ComputedQuantitySource measuredWhileLoading(
			java.util.concurrent.CompletableFuture<org.bidbench.qto.StreamedQuantitySource> future, SubMonitor progress) {
		progress.subTask(Messages.Takeoff_waiting);
		while (true) {
			if (progress.isCanceled()) {
				throw new CancellationException("take-off canceled");
			}
			try {
				return future.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
			} catch (java.util.concurrent.TimeoutException e) {
				// still measuring (or still loading): ask again, so that cancel is heard
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CancellationException("take-off interrupted");
			} catch (java.util.concurrent.ExecutionException e) {
				return null; // measuring failed: the take-off tessellates for itself
			}
		}
	}

	/**
	 * Computed quantities come from the default geometry engine when one is installed, else the
	 * take-off uses authored quantities only and says so in the result's engine.
	 */
	private static TakeoffResult measure(IfcModel model, RulePack pack, SubMonitor progress) {
		GeometryEngine engine;
		try {
			engine = GeometryEngines.getDefault();
		} catch (GeometryException e) {
			return new TakeoffSession(model, ComputedQuantitySource.NONE).run(pack, progress::isCanceled);
		}
		SubMonitor tessellation = progress.split(80);
		GeometryMonitor monitor = new GeometryMonitor() {
			private int reported;

			@Override
			public void worked(int done, int total) {
				tessellation.setWorkRemaining(Math.max(1, total - reported));
				if (done > reported) {
					tessellation.worked(done - reported);
					reported = done;
				}
			}

			@Override
			public boolean isCanceled() {
				return progress.isCanceled();
			}
		};
		try (GeometrySession session = engine.open(model)) {
			EngineQuantitySource computed = new EngineQuantitySource(session, engine.name(), monitor);
			progress.subTask(NLS.bind(Messages.Takeoff_tessellating, engine.name()));
			computed.prepare();
			if (progress.isCanceled()) {
				throw new CancellationException("take-off canceled");
			}
			progress.subTask(NLS.bind(Messages.Takeoff_applying, pack.getName()));
			return new TakeoffSession(model, computed).run(pack, progress::isCanceled);
		} catch (GeometryException e) {
			return new TakeoffSession(model, ComputedQuantitySource.NONE).run(pack, progress::isCanceled);
		}
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
			summary.setText(NLS.bind(Messages.Takeoff_summary, new Object[] { r.lines().size(), r.flags().size(), r.packName(),
					r.packVersion(), r.modelFile(), r.engine() }) + noValueNote(r) + message);
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

	/** Selects a line as a click would. */
	void select(TakeoffLine line) {
		table.setSelection(new StructuredSelection(line), true);
	}

	private void revealLine(TakeoffLine line) {
		ModelEditor editor = resultEditor;
		if (editor == null || editor.viewer() == null || editor.viewer().isDisposed()) {
			summary.setText(Messages.Takeoff_modelClosed);
			return;
		}
		revealing = true;
		try {
			int found = ElementFocus.reveal(getSite().getPage(), editor, line.globalIds(), true);
			// The line is this view's selection, which the properties view cannot show: give it the line's
			// first element, so the engineer sees what the line is made of.
			IfcModel model = editor.model();
			if (model != null && !line.globalIds().isEmpty()
					&& getSite().getPage().findView(PropertiesView.ID) instanceof PropertiesView properties) {
				IfcEntity first = model.byGlobalId(line.globalIds().get(0));
				if (first != null) {
					properties.show(first);
				}
			}
			summary.setText(NLS.bind(Messages.Takeoff_lineSelected, new Object[] { line.itemCode(), line.groupLabel(), found,
					line.contributions().size() }));
		} finally {
			revealing = false;
		}
	}

	/** Selects elements in the model (those of a flag, or of a rule's elements without a value). */
	private void revealElements(List<String> globalIds) {
		ModelEditor editor = resultEditor;
		if (editor == null || editor.viewer() == null || editor.viewer().isDisposed()) {
			summary.setText(Messages.Takeoff_modelClosed);
			return;
		}
		revealing = true;
		try {
			ElementFocus.reveal(getSite().getPage(), editor, globalIds, true);
		} finally {
			revealing = false;
		}
	}

	/** Marks the lines the given elements contribute to. */
	void markLinesOf(Set<String> globalIds) {
		selectedGlobalIds = Set.copyOf(globalIds);
		if (result == null || table.getControl().isDisposed()) {
			return;
		}
		table.refresh();
		List<TakeoffLine> fed = linesOf(globalIds);
		if (!globalIds.isEmpty()) {
			String lines = fed.size() == 1 ? Messages.Takeoff_oneLine : NLS.bind(Messages.Takeoff_lines, fed.size());
			summary.setText(globalIds.size() == 1 ? NLS.bind(Messages.Takeoff_elementFeeds, lines)
					: NLS.bind(Messages.Takeoff_elementsFeed, globalIds.size(), lines));
			if (!fed.isEmpty()) {
				table.reveal(fed.get(0));
			}
		}
	}

	/** The lines of the last result any of the elements contributes to. */
	List<TakeoffLine> linesOf(Set<String> globalIds) {
		List<TakeoffLine> out = new ArrayList<>();
		if (result == null) {
			return out;
		}
		for (TakeoffLine line : result.lines()) {
			for (Contribution c : line.contributions()) {
				if (globalIds.contains(c.globalId())) {
					out.add(line);
					break;
				}
			}
		}
		return out;
	}

	private void exportResult() {
		if (result == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(Messages.Takeoff_exportTitle);
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv", "*.json" });
		dialog.setFilterNames(new String[] { Messages.Takeoff_filterXlsx, Messages.Takeoff_filterCsv, Messages.Takeoff_filterJson });
		dialog.setFileName(result.modelFile().replaceFirst("\\.[^.]*$", "") + "-" + result.packId() + ".xlsx");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		try {
			summary.setText(NLS.bind(Messages.Takeoff_exported, exportTo(file)));
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Takeoff_exportTitle,
					NLS.bind(Messages.Takeoff_cannotWrite, file, e.getMessage()));
		}
	}

	/**
	 * Writes the last result through qto's exporters; a name without .csv, .xlsx or .json gets
	 * .xlsx. Returns the file written.
	 */
	Path exportTo(Path file) throws IOException {
		Path target = TakeoffExport.Format.of(file) == null ? file.resolveSibling(file.getFileName() + ".xlsx") : file;
		TakeoffExport.write(result, target);
		return target;
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
		getSite().getPage().removeSelectionListener(elementSelection);
		if (running != null) {
			running.cancel();
		}
		if (contributingBackground != null) {
			contributingBackground.dispose();
		}
		if (noValueBackground != null) {
			noValueBackground.dispose();
		}
		disposeSwatches();
		super.dispose();
	}
}
