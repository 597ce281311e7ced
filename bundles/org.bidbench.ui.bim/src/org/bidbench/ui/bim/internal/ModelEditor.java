package org.bidbench.ui.bim.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.StreamedQuantitySource;
import org.bidbench.viewer.Scene;
import org.bidbench.viewer.ViewerCanvas;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.menus.IMenuService;
import org.eclipse.ui.part.EditorPart;

/**
 * One open IFC model: the 3D viewer under the tool bars of {@code plugin.xml}'s commands, and the
 * list of problems met while loading. Its selection (the IFC entities selected in the viewer) feeds
 * the model tree and the properties view, and {@link #select} takes theirs. Each concern of the
 * commands lives in a class of its own ({@link ModelStoreys}, {@link SectionCuts}, {@link WalkMode},
 * {@link ColourModes}, {@link ModelViewpoints}, {@link ModelSelection}); this class holds the view.
 */
public final class ModelEditor extends EditorPart {

	public static final String ID = "org.bidbench.ui.bim.editors.model";
	/** Property fired when the model has been read (the tree can show it). */
	public static final int PROP_MODEL = 0x401;
	/** The commands whose buttons show a state that the scene or the view's mode may change. */
	private static final String[] FOLLOWING_COMMANDS = {BimCommands.XRAY, BimCommands.SPACES, BimCommands.WALK, BimCommands.MEASURE};

	private Path file;
	private final Scene scene = new Scene();
	private volatile IfcModel model;
	private ViewerCanvas viewer;
	private Table problemTable;
	private SashForm sash;
	private ColourLegend legend;
	private EditorToolBar toolBar;
	private final ModelStoreys storeys = new ModelStoreys(this);
	private final SectionCuts sections = new SectionCuts(this);
	private final WalkMode walk = new WalkMode(this);
	private final ColourModes colours = new ColourModes(this);
	private ModelViewpoints viewpoints;
	/** The mode whose hint the status line shows, or {@code null} when it shows no mode's hint. */
	private ViewerCanvas.Mode hintMode;
	/** The status line shows how to move a section cut: cleared when the last cut is removed. */
	private boolean sectionHint;
	private String lastStatus = "";
	private final ModelSelection selection = new ModelSelection(this);

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
			throw new PartInitException(NLS.bind(EditorMessages.editorNotIfc, input.getName()));
		}
		setSite(site);
		setInput(input);
		file = in.file();
		viewpoints = new ModelViewpoints(this, file);
		setPartName(input.getName());
		setTitleToolTip(file.toString());
		site.setSelectionProvider(selection);
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		root.setLayout(layout);
		toolBar = new EditorToolBar(root, getSite().getService(IMenuService.class));
		legend = new ColourLegend(root);
		sash = new SashForm(root, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = new ViewerCanvas(sash, SWT.NONE, scene, ViewerPreferences.samples());
		ViewerPreferences.follow(viewer);
		problemTable = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		problemTable.setHeaderVisible(true);
		String[] titles = {EditorMessages.problemSeverity, EditorMessages.problemWhere, EditorMessages.problem};
		int[] widths = {70, 220, 800};
		for (int i = 0; i < titles.length; i++) {
			TableColumn c = new TableColumn(problemTable, SWT.LEFT);
			c.setText(titles[i]);
			c.setWidth(widths[i]);
		}
		sash.setWeights(85, 15);
		sash.setMaximizedControl(viewer);
		viewer.addSelectionListener(selection::picked);
		viewer.addMeasureListener((a, b, d) -> hint(ViewerCanvas.Mode.MEASURE, NLS.bind(EditorMessages.statusDistance,
				new Object[]{metres(d), metres(Math.abs(b[0] - a[0])), metres(Math.abs(b[1] - a[1])), metres(Math.abs(b[2] - a[2]))})));
		viewer.setDistanceFormat(d -> NLS.bind(EditorMessages.distanceLabel, metres(d)));
		// a hint belongs to its mode: it goes when the mode ends (a button, or Esc in the view)
		viewer.addModeListener(m -> {
			if (hintMode != null && hintMode != m) {
				status("");
			}
			refreshCommandStates(FOLLOWING_COMMANDS);
		});
		Runnable sceneFollower = () -> runInUi(() -> {
			refreshCommandStates(FOLLOWING_COMMANDS);
			if (sectionHint && scene.sections().isEmpty()) {
				status("");
			}
		});
		scene.addChangeListener(sceneFollower);
		viewer.addDisposeListener(e -> scene.removeChangeListener(sceneFollower));
		ModelFileDrop.install(viewer.glCanvas(), getSite().getPage());
		// the commands' key bindings (F, H, I, X...) hold while this editor is the active part
		getSite().getService(IContextService.class).activateContext(BimCommands.CONTEXT);
		RecentModels.add(file);
		viewpoints.load();
		job = new ModelLoadJob(file, scene, m -> {
			model = m;
			runInUi(() -> firePropertyChange(PROP_MODEL));
		}, problems -> {
			loadState = new LoadState(true, List.copyOf(problems));
			runInUi(this::showLoadResult);
		});
		job.schedule();
	}

	private static String metres(double d) {
		return String.format(Locale.ROOT, "%.3f", d);
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

	/** Asks the workbench to show again the checked state of these commands' buttons and menu items. */
	void refreshCommandStates(String... commandIds) {
		ICommandService commands = getSite().getService(ICommandService.class);
		for (String id : commandIds) {
			commands.refreshElements(id, null);
		}
	}

	void status(String message) {
		hintMode = null;
		sectionHint = false;
		lastStatus = message;
		getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	/** A status line message that holds while {@code mode} lasts, and is cleared when it ends. */
	void hint(ViewerCanvas.Mode mode, String message) {
		status(message);
		hintMode = mode;
	}

	/** A status line message that holds while a section cut is there. */
	void sectionHint(String message) {
		status(message);
		sectionHint = true;
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
		List<ModelProblem> problems = loadState.problems();
		problemTable.removeAll();
		for (ModelProblem p : problems) {
			TableItem item = new TableItem(problemTable, SWT.NONE);
			item.setText(new String[]{p.severity(), p.location(), p.message()});
		}
		sash.setMaximizedControl(problems.isEmpty() ? viewer : null);
		// the elements counted as the model tree counts them; the shapes drawn (parts and rooms too) labelled as such
		int elements = model == null || model.spatialTree() == null
				? scene.elementCount()
				: ModelStoreys.containedCount(model.spatialTree(), model.spatialTree().element());
		status(NLS.bind(EditorMessages.statusLoaded, new Object[]{elements, scene.elementCount(), scene.triangleCount()}));
		firePropertyChange(PROP_MODEL);
	}

	// ------------------------------------------------------------------ the concerns of the commands

	ModelStoreys storeys() {
		return storeys;
	}

	SectionCuts sections() {
		return sections;
	}

	WalkMode walk() {
		return walk;
	}

	ColourModes colours() {
		return colours;
	}

	/** The viewpoints saved for this model. */
	ModelViewpoints viewpoints() {
		return viewpoints;
	}

	/** The legend of the colouring shown. */
	ColourLegend legend() {
		return legend;
	}

	/** The tool bars (tests press their buttons). */
	EditorToolBar toolBar() {
		return toolBar;
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
	CompletableFuture<StreamedQuantitySource> loadedQuantities() {
		ModelLoadJob j = job;
		return j == null ? CompletableFuture.completedFuture(null) : j.quantities();
	}

	/**
	 * Selects entities coming from the tree or another view: products directly, spatial elements
	 * (storeys, spaces...) through everything they contain. Highlights them in the viewer.
	 */
	public void select(List<IfcEntity> entities, boolean frame) {
		selection.select(entities, frame);
	}

	/**
	 * Selects elements by GlobalId as if the user had picked them in the viewer: highlights (and
	 * frames) them and tells the tree, the properties and the take-off view. Returns how many of
	 * the GlobalIds are elements of this model.
	 */
	public int selectGlobalIds(Collection<String> globalIds, boolean frame) {
		return selection.selectGlobalIds(globalIds, frame);
	}

	/** The IFC entities selected (see {@link ModelSelection}). */
	public ISelection getSelection() {
		return selection.getSelection();
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
		if (toolBar != null) {
			toolBar.dispose();
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
