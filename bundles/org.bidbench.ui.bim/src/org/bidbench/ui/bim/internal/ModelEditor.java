package org.bidbench.ui.bim.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.bidbench.geometry.BoundingBox;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.MaterialAssignment;
import org.bidbench.ifc.SpatialNode;
import org.bidbench.viewer.BcfViewpoints;
import org.bidbench.viewer.Scene;
import org.bidbench.viewer.SceneElement;
import org.bidbench.viewer.SectionPlane;
import org.bidbench.viewer.StandardView;
import org.bidbench.viewer.ViewerCanvas;
import org.bidbench.viewer.Viewpoint;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * One open IFC model: the 3D viewer with its tools, and the list of problems met while loading.
 * Its selection (the IFC entities selected in the viewer) feeds the model tree and the properties
 * view, and {@link #select} takes theirs.
 */
public final class ModelEditor extends EditorPart implements ISelectionProvider {

	public static final String ID = "org.bidbench.ui.bim.editors.model";
	/** Property fired when the model has been read (the tree can show it). */
	public static final int PROP_MODEL = 0x401;

	private Path file;
	private final Scene scene = new Scene();
	private volatile IfcModel model;
	private ViewerCanvas viewer;
	private Table problemTable;
	private SashForm sash;
	private ColourLegend legend;
	private final List<MenuItem> colourItems = new ArrayList<>();
	private ToolItem xrayItem;
	/** The mode whose hint the status line shows, or {@code null} when it shows no mode's hint. */
	private ViewerCanvas.Mode hintMode;
	/** The status line shows how to move a section cut: cleared when the last cut is removed. */
	private boolean sectionHint;
	private String lastStatus = "";
	private final List<ISelectionChangedListener> selectionListeners = new CopyOnWriteArrayList<>();
	private IStructuredSelection selection = StructuredSelection.EMPTY;
	private final List<Viewpoint> viewpoints = new ArrayList<>();
	/** The storey shown alone (Storeys menu), or {@code null} when all are shown. */
	private IfcEntity storeyFilter;
	/**
	 * Whether loading has ended and what it found, published together in one write so a reader
	 * never sees "loaded" without its problems (they used to follow in a later UI runnable).
	 */
	private record LoadState(boolean loaded, List<ModelProblem> problems) {
	}

	private volatile LoadState loadState = new LoadState(false, List.of());
	private ModelLoadJob job;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ModelEditorInput in)) {
			throw new PartInitException("the model editor opens IFC files, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		file = in.file();
		setPartName(input.getName());
		setTitleToolTip(file.toString());
		site.setSelectionProvider(this);
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		root.setLayout(layout);
		// Three tool bars in a wrapping row: GTK tool bars do not wrap and hide what does not fit behind a chevron.
		Composite tools = new Composite(root, SWT.NONE);
		RowLayout toolRows = new RowLayout(SWT.HORIZONTAL);
		toolRows.wrap = true;
		toolRows.marginTop = toolRows.marginBottom = toolRows.marginLeft = toolRows.marginRight = 0;
		tools.setLayout(toolRows);
		tools.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		legend = new ColourLegend(root);
		sash = new SashForm(root, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new ViewerCanvas(sash, SWT.NONE, scene);
		problemTable = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		problemTable.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Severity", "70" }, { "Where", "220" }, { "Problem", "800" } }) {
			TableColumn c = new TableColumn(problemTable, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		sash.setWeights(85, 15);
		sash.setMaximizedControl(viewer);
		fillToolBar(tools);
		viewer.addSelectionListener(elements -> publishSelection(entitiesOf(elements)));
		viewer.addMeasureListener((a, b, d) -> hint(ViewerCanvas.Mode.MEASURE, String.format("Distance %.3f m (dx %.3f, dy %.3f, dz %.3f)", d,
				Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1]), Math.abs(b[2] - a[2]))));
		viewer.setDistanceFormat(d -> NLS.bind(EditorMessages.distanceLabel, String.format(java.util.Locale.ROOT, "%.3f", d)));
		// a hint belongs to its mode: it goes when the mode ends (a button, or Esc in the view)
		viewer.addModeListener(m -> {
			if (hintMode != null && hintMode != m) {
				status("");
			}
		});
		installDrop(viewer.glCanvas());
		RecentModels.add(file);
		loadViewpoints();
		job = new ModelLoadJob(file, scene, m -> {
			model = m;
			runInUi(() -> firePropertyChange(PROP_MODEL));
		}, problems -> {
			loadState = new LoadState(true, List.copyOf(problems));
			runInUi(this::showLoadResult);
		});
		job.schedule();
	}

	private void runInUi(Runnable r) {
		if (viewer != null && !viewer.isDisposed()) {
			viewer.getDisplay().asyncExec(() -> {
				if (!viewer.isDisposed()) {
					r.run();
				}
			});
		}
	}

	private void status(String message) {
		hintMode = null;
		sectionHint = false;
		lastStatus = message;
		getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	/** A status line message that holds while {@code mode} lasts, and is cleared when it ends. */
	private void hint(ViewerCanvas.Mode mode, String message) {
		status(message);
		hintMode = mode;
	}

	/** The message this editor last put in the status line ("" when cleared). */
	String statusMessage() {
		return lastStatus;
	}

	/** The problems met while loading, as listed. */
	List<ModelProblem> problems() {
		return loadState.problems();
	}

	private void showLoadResult() {
		showProblems(loadState.problems());
		// the elements counted as the model tree counts them; the shapes drawn (parts and rooms too) labelled as such
		int elements = model == null || model.spatialTree() == null ? scene.elementCount()
				: containedCount(model.spatialTree(), model.spatialTree().element());
		status(NLS.bind(EditorMessages.statusLoaded, new Object[] { elements, scene.elementCount(), scene.triangleCount() }));
		firePropertyChange(PROP_MODEL);
	}

	private void showProblems(List<ModelProblem> problems) {
		problemTable.removeAll();
		for (ModelProblem p : problems) {
			TableItem item = new TableItem(problemTable, SWT.NONE);
			item.setText(new String[] { p.severity(), p.location(), p.message() });
		}
		sash.setMaximizedControl(problems.isEmpty() ? viewer : null);
	}

	private void installDrop(org.eclipse.swt.widgets.Control control) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] files) {
					for (String f : files) {
						OpenModelHandler.open(getSite().getPage(), Path.of(f));
					}
				}
			}
		});
	}

	private void fillToolBar(Composite row) {
		ToolBar navigation = new ToolBar(row, SWT.FLAT);
		ToolBar display = new ToolBar(row, SWT.FLAT);
		ToolBar modes = new ToolBar(row, SWT.FLAT);
		tool(navigation, EditorMessages.toolFitAll, EditorMessages.toolFitAllTip, viewer::fitAll);
		tool(navigation, EditorMessages.toolFitSelection, EditorMessages.toolFitSelectionTip, viewer::fitSelection);
		ToolItem views = new ToolItem(navigation, SWT.DROP_DOWN);
		views.setText(EditorMessages.toolView);
		views.setToolTipText(EditorMessages.toolViewTip);
		Menu viewMenu = new Menu(navigation.getShell(), SWT.POP_UP);
		for (StandardView v : StandardView.values()) {
			MenuItem item = new MenuItem(viewMenu, SWT.PUSH);
			item.setText(v.name().charAt(0) + v.name().substring(1).toLowerCase());
			item.addListener(SWT.Selection, e -> viewer.setView(v));
		}
		dropDown(views, viewMenu);
		ToolItem ortho = new ToolItem(navigation, SWT.CHECK);
		ortho.setText(EditorMessages.toolOrthographic);
		ortho.addListener(SWT.Selection, e -> viewer.setOrthographic(ortho.getSelection()));
		tool(display, EditorMessages.toolHide, EditorMessages.toolHideTip, () -> scene.setHidden(scene.selection(), true));
		tool(display, EditorMessages.toolIsolate, EditorMessages.toolIsolateTip, () -> scene.isolate(scene.selection()));
		tool(display, EditorMessages.toolShowAll, EditorMessages.toolShowAllTip, scene::showAll);
		// pressed while X-ray is on, like the mode buttons; Show all (or anything else ending X-ray) releases it
		ToolItem xray = new ToolItem(display, SWT.CHECK);
		xrayItem = xray;
		xray.setText(EditorMessages.toolXray);
		xray.setToolTipText(EditorMessages.toolXrayTip);
		xray.addListener(SWT.Selection, e -> {
			if (scene.isXray()) {
				scene.clearXray();
			} else {
				scene.setXray(scene.selection());
			}
			xray.setSelection(scene.isXray());
		});
		Runnable sceneFollower = () -> runInUi(() -> {
			if (!xray.isDisposed()) {
				xray.setSelection(scene.isXray());
			}
			if (sectionHint && scene.sections().isEmpty()) {
				status("");
			}
		});
		scene.addChangeListener(sceneFollower);
		xray.addDisposeListener(e -> scene.removeChangeListener(sceneFollower));
		ToolItem colour = new ToolItem(display, SWT.DROP_DOWN);
		colour.setText(EditorMessages.toolColourBy);
		Menu colourMenu = new Menu(display.getShell(), SWT.POP_UP);
		colourItem(colourMenu, EditorMessages.colourMaterialColours, null).setSelection(true);
		colourItem(colourMenu, EditorMessages.colourClass, e -> e.ifcClass());
		colourItem(colourMenu, EditorMessages.colourStorey, e -> {
			IfcEntity storey = model == null ? null : model.storeyOf(model.entity(e.productId()));
			return storey == null ? null : storey.name();
		});
		colourItem(colourMenu, EditorMessages.colourMaterial, e -> {
			if (model == null) {
				return null;
			}
			List<MaterialAssignment> m = model.materials(model.entity(e.productId()));
			return m.isEmpty() || m.get(0).parts().isEmpty() ? null : m.get(0).parts().get(0).material();
		});
		dropDown(colour, colourMenu);
		ToolItem storeys = new ToolItem(display, SWT.DROP_DOWN);
		storeys.setText(EditorMessages.toolStoreys);
		storeys.setToolTipText(EditorMessages.toolStoreysTip);
		menuOnClick(storeys, menu -> {
			MenuItem all = new MenuItem(menu, SWT.RADIO);
			all.setText(EditorMessages.toolAllStoreys);
			all.setSelection(storeyFilter == null);
			all.addListener(SWT.Selection, x -> showStorey(null));
			if (model != null) {
				for (IfcEntity s : storeysBottomUp()) {
					MenuItem item = new MenuItem(menu, SWT.RADIO);
					item.setText((s.name() == null || s.name().isBlank() ? "#" + s.id() : s.name()) + "  ("
							+ containedCount(model.spatialTree(), s) + " elements)");
					item.setSelection(s.equals(storeyFilter));
					item.addListener(SWT.Selection, x -> {
						if (item.getSelection()) {
							showStorey(s);
						}
					});
				}
			}
		});
		ToolItem section = new ToolItem(display, SWT.DROP_DOWN);
		section.setText(EditorMessages.toolSection);
		section.setToolTipText(EditorMessages.toolSectionTip);
		Menu sectionMenu = new Menu(display.getShell(), SWT.POP_UP);
		sectionItem(sectionMenu, "Horizontal cut", () -> {
			BitSet selected = scene.selection();
			BoundingBox box = sectionBase();
			double height = selected.isEmpty() ? (box.minZ() + box.maxZ()) / 2 : box.minZ() + 1.2;
			return List.of(SectionPlane.horizontal(height));
		});
		sectionItem(sectionMenu, "Vertical cut across X",
				() -> List.of(SectionPlane.acrossX((sectionBase().minX() + sectionBase().maxX()) / 2)));
		sectionItem(sectionMenu, "Vertical cut across Y",
				() -> List.of(SectionPlane.acrossY((sectionBase().minY() + sectionBase().maxY()) / 2)));
		sectionItem(sectionMenu, "Section box around the selection", () -> {
			BoundingBox b = sectionBase();
			double m = 0.05; // a margin, so the selection's own faces are not cut
			return SectionPlane.box(new BoundingBox(b.minX() - m, b.minY() - m, b.minZ() - m, b.maxX() + m,
					b.maxY() + m, b.maxZ() + m));
		});
		new MenuItem(sectionMenu, SWT.SEPARATOR);
		MenuItem out = new MenuItem(sectionMenu, SWT.PUSH);
		out.setText(EditorMessages.toolMoveOut);
		out.addListener(SWT.Selection, x -> scene.moveSections(0.1));
		MenuItem in = new MenuItem(sectionMenu, SWT.PUSH);
		in.setText(EditorMessages.toolMoveIn);
		in.addListener(SWT.Selection, x -> scene.moveSections(-0.1));
		MenuItem none = new MenuItem(sectionMenu, SWT.PUSH);
		none.setText(EditorMessages.toolRemoveSections);
		none.addListener(SWT.Selection, x -> scene.setSections(List.of()));
		dropDown(section, sectionMenu);
		ToolItem spaces = new ToolItem(display, SWT.CHECK);
		spaces.setText(EditorMessages.toolSpaces);
		spaces.setToolTipText(EditorMessages.toolSpacesTip);
		spaces.addListener(SWT.Selection, e -> scene.setSpacesVisible(spaces.getSelection()));
		ToolItem walk = new ToolItem(modes, SWT.CHECK);
		walk.setText(EditorMessages.toolWalk);
		walk.setToolTipText(EditorMessages.toolWalkTip);
		ToolItem walkSettings = new ToolItem(modes, SWT.DROP_DOWN);
		walkSettings.setToolTipText(EditorMessages.toolWalkSettingsTip);
		menuOnClick(walkSettings, menu -> {
			for (double h : new double[] { 1.2, 1.6, 1.8 }) {
				MenuItem item = new MenuItem(menu, SWT.RADIO);
				item.setText(String.format(java.util.Locale.ROOT, "Eye height %.1f m%s", h, h == 1.2 ? " (seated)" : ""));
				item.setSelection(Math.abs(viewer.eyeHeight() - h) < 1e-9);
				item.addListener(SWT.Selection, x -> {
					if (item.getSelection()) {
						viewer.setEyeHeight(h);
					}
				});
			}
			new MenuItem(menu, SWT.SEPARATOR);
			for (double v : new double[] { 0.25, 0.5, 1, 2 }) {
				MenuItem item = new MenuItem(menu, SWT.RADIO);
				item.setText(String.format(java.util.Locale.ROOT, "Step %.2f m", v));
				item.setSelection(Math.abs(viewer.walkSpeed() - v) < 1e-9);
				item.addListener(SWT.Selection, x -> {
					if (item.getSelection()) {
						viewer.setWalkSpeed(v);
					}
				});
			}
		});
		ToolItem measure = new ToolItem(modes, SWT.CHECK);
		measure.setText(EditorMessages.toolMeasure);
		measure.setToolTipText(EditorMessages.toolMeasureTip);
		walk.addListener(SWT.Selection, e -> {
			measure.setSelection(false);
			startWalking(walk.getSelection());
		});
		measure.addListener(SWT.Selection, e -> {
			walk.setSelection(false);
			viewer.setMode(measure.getSelection() ? ViewerCanvas.Mode.MEASURE : ViewerCanvas.Mode.ORBIT);
		});
		// Esc in the view ends walking or measuring: the buttons follow
		viewer.addModeListener(m -> {
			if (!walk.isDisposed()) {
				walk.setSelection(m == ViewerCanvas.Mode.WALK);
				measure.setSelection(m == ViewerCanvas.Mode.MEASURE);
			}
		});
		ToolItem saved = new ToolItem(modes, SWT.DROP_DOWN);
		saved.setText(EditorMessages.toolViewpoints);
		saved.setToolTipText(EditorMessages.toolViewpointsTip);
		menuOnClick(saved, menu -> {
			MenuItem save = new MenuItem(menu, SWT.PUSH);
			save.setText(EditorMessages.toolSaveView);
			save.addListener(SWT.Selection, x -> {
				String name = askName("Save viewpoint", "Name of the view:", "View " + (viewpoints.size() + 1));
				if (name != null) {
					saveViewpoint(name);
				}
			});
			if (!viewpoints.isEmpty()) {
				new MenuItem(menu, SWT.SEPARATOR);
			}
			for (Viewpoint v : viewpoints) {
				MenuItem item = new MenuItem(menu, SWT.PUSH);
				item.setText(v.name());
				item.addListener(SWT.Selection, x -> restoreViewpoint(v));
			}
			if (!viewpoints.isEmpty()) {
				viewpointCascade(menu, "Rename", v -> {
					String name = askName("Rename viewpoint", "New name of '" + v.name() + "':", v.name());
					if (name != null) {
						renameViewpoint(viewpoints.indexOf(v), name);
					}
				});
				viewpointCascade(menu, "Delete", v -> {
					if (MessageDialog.openConfirm(getSite().getShell(), "Delete viewpoint",
							"Delete the viewpoint '" + v.name() + "' of " + file.getFileName() + "?")) {
						deleteViewpoint(viewpoints.indexOf(v));
					}
				});
			}
			new MenuItem(menu, SWT.SEPARATOR);
			MenuItem export = new MenuItem(menu, SWT.PUSH);
			export.setText(EditorMessages.toolExportBcf);
			export.setEnabled(!viewpoints.isEmpty());
			export.addListener(SWT.Selection, x -> exportBcf());
			MenuItem load = new MenuItem(menu, SWT.PUSH);
			load.setText(EditorMessages.toolImportBcf);
			load.addListener(SWT.Selection, x -> importBcf());
		});
	}

	// ------------------------------------------------------------------ saved viewpoints

	/** Captures the current view under a name and writes the model's viewpoints file. */
	Viewpoint saveViewpoint(String name) {
		Viewpoint v = Viewpoint.capture(name, scene, viewer.camera());
		viewpoints.add(v);
		storeViewpoints();
		return v;
	}

	/** Renames the viewpoint at {@code index} and writes the file. */
	void renameViewpoint(int index, String name) {
		viewpoints.set(index, viewpoints.get(index).withName(name));
		storeViewpoints();
		status("Viewpoint renamed to '" + name + "'");
	}

	/** Deletes the viewpoint at {@code index} and writes the file. */
	void deleteViewpoint(int index) {
		Viewpoint gone = viewpoints.remove(index);
		storeViewpoints();
		status("Viewpoint '" + gone.name() + "' deleted");
	}

	/** A sub-menu with one item per viewpoint, each running {@code action} on it. */
	private void viewpointCascade(Menu menu, String label, java.util.function.Consumer<Viewpoint> action) {
		MenuItem cascade = new MenuItem(menu, SWT.CASCADE);
		cascade.setText(label);
		Menu sub = new Menu(cascade);
		cascade.setMenu(sub);
		for (Viewpoint v : viewpoints) {
			MenuItem item = new MenuItem(sub, SWT.PUSH);
			item.setText(v.name());
			item.addListener(SWT.Selection, x -> action.accept(v));
		}
	}

	/** Asks for a non-blank name; {@code null} when cancelled. */
	private String askName(String title, String message, String initial) {
		org.eclipse.jface.dialogs.InputDialog dialog = new org.eclipse.jface.dialogs.InputDialog(getSite().getShell(),
				title, message, initial, text -> text.isBlank() ? "A viewpoint needs a name" : null);
		return dialog.open() == org.eclipse.jface.window.Window.OK ? dialog.getValue().strip() : null;
	}

	void restoreViewpoint(Viewpoint v) {
		v.apply(scene, viewer.camera());
		viewer.requestRedraw();
	}

	/** The file the viewpoints of this model are kept in, beside the workspace's other state. */
	Path viewpointsFile() {
		return SavedViewpoints.fileFor(file);
	}

	private void loadViewpoints() {
		try {
			viewpoints.addAll(SavedViewpoints.load(viewpointsFile()));
		} catch (IOException e) {
			viewpointsUnreadable = true;
			status("Saved viewpoints of " + file.getFileName() + " could not be read (" + e.getMessage()
					+ "); the file is kept aside, not overwritten, when you save a new viewpoint.");
		}
	}

	/** Whether the viewpoints file was there but unreadable: it is moved aside before the first save. */
	private boolean viewpointsUnreadable;

	private void storeViewpoints() {
		try {
			if (viewpointsUnreadable) {
				Path aside = SavedViewpoints.keepAside(viewpointsFile());
				viewpointsUnreadable = false;
				if (aside != null) {
					status("The unreadable viewpoints file was kept as " + aside + "; a new one is written.");
				}
			}
			SavedViewpoints.save(viewpointsFile(), viewpoints);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Save viewpoint", "Cannot write " + viewpointsFile() + ": "
					+ e.getMessage() + ". The view stays available until the model is closed; check the disk and rights.");
		}
	}

	private void exportBcf() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText(EditorMessages.dialogExportBcf);
		dialog.setFilterExtensions(new String[] { "*.bcf", "*.bcfzip" });
		dialog.setFileName(file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "-viewpoints.bcf");
		dialog.setOverwrite(true);
		String chosen = DialogFolders.open(dialog);
		if (chosen == null) {
			return;
		}
		try {
			BcfViewpoints.write(viewpoints, Path.of(chosen));
			status(viewpoints.size() + " viewpoints exported to " + chosen);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Export BCF",
					"Cannot write " + chosen + ": " + e.getMessage() + ". Choose a folder you can write to.");
		}
	}

	private void importBcf() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText(EditorMessages.dialogImportBcf);
		dialog.setFilterExtensions(new String[] { "*.bcf;*.bcfzip", "*.*" });
		String chosen = DialogFolders.open(dialog);
		if (chosen == null) {
			return;
		}
		try {
			List<Viewpoint> read = BcfViewpoints.read(Path.of(chosen));
			viewpoints.addAll(read);
			storeViewpoints();
			if (!read.isEmpty()) {
				restoreViewpoint(read.get(0));
			}
			status(read.size() + " viewpoints imported from " + chosen);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Import BCF", "Cannot read " + chosen + ": " + e.getMessage());
		}
	}

	private void sectionItem(Menu menu, String label, java.util.function.Supplier<List<SectionPlane>> planes) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(label);
		item.addListener(SWT.Selection, e -> {
			if (scene.bounds() == null) {
				status("Nothing to cut yet: the model has no 3D elements.");
				return;
			}
			scene.setSections(planes.get());
			status(label + ": PageUp and PageDown move the cut by 0.1 m (with Shift by 1 m)");
			sectionHint = true;
		});
	}

	/** What a new section is placed on: the selection, else the storey shown, else the model. */
	private BoundingBox sectionBase() {
		BitSet selected = scene.selection();
		if (!selected.isEmpty()) {
			return scene.bounds(selected);
		}
		BoundingBox shown = storeyFilter == null ? null : scene.bounds(storeyElements(storeyFilter));
		return shown != null ? shown : scene.bounds();
	}

	// ------------------------------------------------------------------ storeys and walking

	/** Shows only the elements of one storey ({@code null}: all); walk mode then stands on its floor. */
	void showStorey(IfcEntity storey) {
		storeyFilter = storey;
		if (storey == null) {
			scene.showAll();
			status("All storeys shown");
		} else {
			BitSet elements = storeyElements(storey);
			scene.isolate(elements);
			status(NLS.bind(EditorMessages.statusStorey, new Object[] { storey.name(),
					containedCount(model.spatialTree(), storey), elements.cardinality() }));
		}
		viewer.setWalkFloor(walkFloor());
	}

	/**
	 * Walk mode on or off; on, the eye stands at eye height on the floor of the storey shown (or the
	 * ground floor), below the point the view was centred on.
	 */
	void startWalking(boolean on) {
		if (on) {
			viewer.setWalkFloor(walkFloor());
		}
		viewer.setMode(on ? ViewerCanvas.Mode.WALK : ViewerCanvas.Mode.ORBIT);
		if (on) {
			WalkStart.Place place = WalkStart.in(scene, storeyFilter == null ? null : storeyElements(storeyFilter),
					walkFloor(), viewer.eyeHeight());
			if (place != null) {
				viewer.camera().setEye(place.eye(), place.direction(), 1.0);
				viewer.requestRedraw();
				IfcEntity room = model == null ? null : model.entity(place.room().productId());
				String name = room == null ? place.room().globalId()
						: room.hasAttribute("LongName") && IfcEntity.asText(room.get("LongName")) != null
								? IfcEntity.asText(room.get("LongName")) : room.name();
				hint(ViewerCanvas.Mode.WALK, NLS.bind(EditorMessages.statusWalkRoom, name,
						String.format(java.util.Locale.ROOT, "%.1f", viewer.eyeHeight())));
			} else {
				hint(ViewerCanvas.Mode.WALK, String.format(java.util.Locale.ROOT,
						"Walking at eye height %.1f m: W/A/S/D or arrows, Q/E down/up, Shift runs, drag to look, Esc ends",
						viewer.eyeHeight()));
			}
		}
	}

	/** The storey shown alone, or {@code null} when all are. */
	IfcEntity storeyShown() {
		return storeyFilter;
	}

	/**
	 * How many elements a spatial element contains, its spaces' included: the count the model tree
	 * shows beside it, so that the two never disagree. 0 when it is not in the tree.
	 */
	static int containedCount(SpatialNode node, IfcEntity spatial) {
		if (node == null) {
			return 0;
		}
		if (node.element().equals(spatial)) {
			int n = node.contained().size();
			for (SpatialNode child : node.children()) {
				n += containedCount(child, child.element());
			}
			return n;
		}
		for (SpatialNode child : node.children()) {
			int n = containedCount(child, spatial);
			if (n > 0) {
				return n;
			}
		}
		return 0;
	}

	/** The scene elements of a storey and of everything it contains. */
	BitSet storeyElements(IfcEntity storey) {
		Set<String> ids = new LinkedHashSet<>();
		collect(model, storey, ids);
		return scene.elementsOf(ids);
	}

	/** The model's storeys from the lowest floor up (by their elements' bottoms). */
	List<IfcEntity> storeysBottomUp() {
		List<IfcEntity> storeys = new ArrayList<>(model.storeys());
		java.util.Map<IfcEntity, Double> bottom = new java.util.HashMap<>();
		for (IfcEntity s : storeys) {
			BoundingBox b = scene.bounds(storeyElements(s));
			bottom.put(s, b == null ? Double.MAX_VALUE : b.minZ());
		}
		storeys.sort(java.util.Comparator.comparing(bottom::get));
		return storeys;
	}

	/**
	 * The floor walk mode stands on: the bottom of the walls of the storey shown, or of the storey
	 * whose IFC elevation is nearest zero (usually the ground floor); {@code NaN} without storeys.
	 */
	double walkFloor() {
		if (model == null) {
			return Double.NaN;
		}
		IfcEntity storey = storeyFilter;
		if (storey == null) {
			double best = Double.MAX_VALUE;
			for (IfcEntity s : model.storeys()) {
				Double elevation = s.getDouble("Elevation");
				double distance = elevation == null ? Double.MAX_VALUE / 2 : Math.abs(elevation);
				if (distance < best) {
					best = distance;
					storey = s;
				}
			}
		}
		if (storey == null) {
			return Double.NaN;
		}
		BitSet elements = storeyElements(storey);
		BitSet walls = new BitSet();
		for (int i = elements.nextSetBit(0); i >= 0; i = elements.nextSetBit(i + 1)) {
			if (scene.element(i).ifcClass().toUpperCase(java.util.Locale.ROOT).startsWith("IFCWALL")) {
				walls.set(i);
			}
		}
		BoundingBox b = scene.bounds(walls.isEmpty() ? elements : walls);
		return b == null ? Double.NaN : b.minZ();
	}

	/** A "Colour by" choice: a radio item, so the menu shows the mode that is on; the legend lists its colours. */
	private MenuItem colourItem(Menu menu, String label, Function<SceneElement, Object> key) {
		MenuItem item = new MenuItem(menu, SWT.RADIO);
		item.setText(label);
		colourItems.add(item);
		item.addListener(SWT.Selection, e -> {
			if (!item.getSelection()) {
				return; // the item losing the check
			}
			if (key == null) {
				scene.clearColours();
				legend.show(null, null);
			} else {
				var groups = scene.colourBy(key);
				legend.show(label, groups);
				status("Coloured by " + label.toLowerCase() + ": " + groups.size() + " groups");
			}
		});
		return item;
	}

	/** The "Colour by" choices, material colours first (tests). */
	List<MenuItem> colourItems() {
		return colourItems;
	}

	/** The X-ray button (tests). */
	ToolItem xrayItem() {
		return xrayItem;
	}

	/** The legend of the colouring shown (tests). */
	ColourLegend legend() {
		return legend;
	}

	private static void dropDown(ToolItem item, Menu menu) {
		item.addListener(SWT.Selection, e -> popUpBelow(item, menu));
	}

	/** A drop-down whose menu is made afresh on each click, from what holds then. */
	private static void menuOnClick(ToolItem item, java.util.function.Consumer<Menu> fill) {
		item.addListener(SWT.Selection, e -> {
			Menu menu = new Menu(item.getParent().getShell(), SWT.POP_UP);
			fill.accept(menu);
			popUpBelow(item, menu);
		});
	}

	private static void popUpBelow(ToolItem item, Menu menu) {
		var bounds = item.getBounds();
		menu.setLocation(item.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
		menu.setVisible(true);
	}

	private static void tool(ToolBar bar, String text, String tip, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, e -> action.run());
	}

	// ------------------------------------------------------------------ model and selection

	/** The model once read, else {@code null}. */
	public IfcModel model() {
		return model;
	}

	public Scene scene() {
		return scene;
	}

	public ViewerCanvas viewer() {
		return viewer;
	}

	/** True once loading has ended (finished, failed or cancelled). */
	public boolean isLoaded() {
		return loadState.loaded();
	}

	/**
	 * The computed quantities of the model's meshes, gathered while it loaded (see
	 * {@link ModelLoadJob#quantities()}): the take-off view uses them instead of tessellating again.
	 */
	java.util.concurrent.CompletableFuture<org.bidbench.qto.StreamedQuantitySource> loadedQuantities() {
		ModelLoadJob j = job;
		return j == null ? java.util.concurrent.CompletableFuture.completedFuture(null) : j.quantities();
	}

	/** The viewpoints saved for this model (kept in {@link #viewpointsFile()}). */
	public List<Viewpoint> viewpoints() {
		return viewpoints;
	}

	private List<IfcEntity> entitiesOf(BitSet elements) {
		List<IfcEntity> out = new ArrayList<>();
		IfcModel m = model;
		if (m == null) {
			return out;
		}
		for (int i = elements.nextSetBit(0); i >= 0; i = elements.nextSetBit(i + 1)) {
			IfcEntity e = m.entity(scene.element(i).productId());
			if (e != null) {
				out.add(e);
			}
		}
		return out;
	}

	/**
	 * Selects entities coming from the tree or another view: products directly, spatial elements
	 * (storeys, spaces...) through everything they contain. Highlights them in the viewer.
	 */
	public void select(List<IfcEntity> entities, boolean frame) {
		Set<String> globalIds = new LinkedHashSet<>();
		IfcModel m = model;
		for (IfcEntity e : entities) {
			collect(m, e, globalIds);
		}
		BitSet elements = scene.elementsOf(globalIds);
		scene.select(elements);
		if (frame && !elements.isEmpty()) {
			viewer.fit(elements);
		}
		selection = new StructuredSelection(entities);
	}

	/**
	 * Selects elements by GlobalId as if the user had picked them in the viewer: highlights (and
	 * frames) them and tells the tree, the properties and the take-off view. Returns how many of
	 * the GlobalIds are elements of this model.
	 */
	public int selectGlobalIds(Collection<String> globalIds, boolean frame) {
		IfcModel m = model;
		List<IfcEntity> entities = new ArrayList<>();
		for (String id : globalIds) {
			IfcEntity e = m == null ? null : m.byGlobalId(id);
			if (e != null) {
				entities.add(e);
			}
		}
		select(entities, frame);
		publishSelection(entities);
		return entities.size();
	}

	private static void collect(IfcModel m, IfcEntity e, Set<String> out) {
		if (e.globalId() != null) {
			out.add(e.globalId());
		}
		if (m != null && (e.isA("IfcSpatialStructureElement") || e.isA("IfcSpatialElement"))) {
			for (IfcEntity c : m.containedElements(e)) {
				collect(m, c, out);
			}
			for (IfcEntity p : m.partsOf(e)) {
				collect(m, p, out);
			}
		}
	}

	private void publishSelection(List<IfcEntity> entities) {
		selection = new StructuredSelection(entities);
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener l : selectionListeners) {
			l.selectionChanged(event);
		}
	}

	/** Spatial root of the model, or {@code null} before it is read. */
	SpatialNode spatialTree() {
		return model == null ? null : model.spatialTree();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection s) {
		if (s instanceof IStructuredSelection structured) {
			List<IfcEntity> entities = new ArrayList<>();
			for (Object o : structured.toList()) {
				if (o instanceof IfcEntity e) {
					entities.add(e);
				}
			}
			select(entities, false);
		}
	}

	// ------------------------------------------------------------------ editor plumbing

	@Override
	public void setFocus() {
		viewer.setFocus();
	}

	@Override
	public void dispose() {
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
