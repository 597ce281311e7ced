package org.bidbench.ui.demo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bidbench.demo.price.ClientQuote;
import org.bidbench.demo.storyboard.StepView;
import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.demo.tour.RoomTour;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ui.bim.internal.ModelEditor;
import org.bidbench.ui.demo.render.FrameSource;
import org.bidbench.ui.demo.render.HandoutPdf;
import org.bidbench.ui.demo.render.ModelScene;
import org.bidbench.ui.demo.render.Money;
import org.bidbench.ui.demo.render.Mp4Export;
import org.bidbench.ui.demo.render.StepViews;
import org.bidbench.ui.demo.render.StoryboardFrames;
import org.bidbench.viewer.OffscreenRenderer;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;

/**
 * The storyboard editor: the steps of the active model's storyboard, made from the current view,
 * reordered, edited, played, presented, planned as a room tour and exported. Every edit is an
 * undoable operation and is saved beside the model at once.
 */
public final class StoryboardView extends ViewPart {

	public static final String ID = "org.bidbench.ui.demo.views.storyboard";

	private Label header;
	private Table table;
	private DemoSession session;
	private final Runnable refresh = this::refresh;
	private IUndoContext undoContext = new ObjectUndoContext(this);
	private final List<Action> actions = new ArrayList<>();
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof ModelEditor e) {
				follow(e);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (session != null && ref.getPart(false) == session.editor()) {
				follow(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		header = new Label(parent, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("#", 36);
		column(Messages.columnTitle, 220);
		column(Messages.columnSeconds, 70);
		column(Messages.columnPrices, 220);
		column(Messages.columnCheck, 240);
		table.addListener(SWT.DefaultSelection, e -> editStep());
		table.addListener(SWT.Selection, e -> showSelectedStep());
		makeActions();
		getSite().getPage().addPartListener(partListener);
		IEditorPart active = getSite().getPage().getActiveEditor();
		follow(active instanceof ModelEditor m ? m : null);
	}

	private void column(String text, int width) {
		TableColumn c = new TableColumn(table, SWT.LEFT);
		c.setText(text);
		c.setWidth(width);
	}

	private void makeActions() {
		IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
		add(bar, Messages.addStep, Messages.addStepTip, this::addStep);
		add(bar, Messages.removeStep, null, this::removeSteps);
		add(bar, Messages.moveUp, null, () -> move(-1));
		add(bar, Messages.moveDown, null, () -> move(1));
		add(bar, Messages.editStep, null, this::editStep);
		add(bar, Messages.play, null, this::play);
		add(bar, Messages.presenterMode, null, this::present);
		add(bar, Messages.planTour, null, this::planTour);
		add(bar, Messages.exportVideo, null, () -> export(true));
		add(bar, Messages.exportHandout, null, () -> export(false));
		new UndoRedoActionGroup(getSite(), undoContext, true).fillActionBars(getViewSite().getActionBars());
	}

	private void add(IToolBarManager bar, String text, String tip, Runnable run) {
		Action a = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setToolTipText(tip == null ? text : tip);
		actions.add(a);
		bar.add(a);
	}

	/** The session shown (for tests and the handlers). */
	public DemoSession session() {
		return session;
	}

	void follow(ModelEditor editor) {
		if (session != null) {
			session.removeListener(refresh);
		}
		session = editor == null ? null : DemoSession.of(editor);
		if (session != null) {
			session.addListener(refresh);
			session.installWalkCollision();
		}
		refresh();
	}

	void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		table.removeAll();
		boolean on = session != null && session.editor().isLoaded() && session.editor().model() != null;
		for (Action a : actions) {
			a.setEnabled(on);
		}
		if (session == null) {
			header.setText(Messages.noModel);
			return;
		}
		Storyboard board = session.storyboard();
		header.setText(board.title() + " — " + session.file().getFileName()
				+ (session.loadProblem() == null ? "" : "\n" + session.loadProblem()));
		ClientQuote quote = on ? session.quote() : null;
		Set<String> ids = on ? session.globalIds() : Set.of();
		var missing = on ? board.missingElements(ids, k -> quote == null ? List.of() : quote.globalIdsOf(List.of(k))) : List.<Storyboard.MissingElements>of();
		for (int i = 0; i < board.steps().size(); i++) {
			StoryStep s = board.steps().get(i);
			TableItem item = new TableItem(table, SWT.NONE);
			String prices = quote == null || s.quoteLines().isEmpty()
					? ""
					: s.quoteLines().size() + " × " + Money.format(quote.currency(), quote.amountOf(s.quoteLines()));
			String check = "";
			for (Storyboard.MissingElements m : missing) {
				if (m.step() == i) {
					check = NLS.bind(Messages.missingElements, m.globalIds().size());
					item.setForeground(4, table.getDisplay().getSystemColor(SWT.COLOR_RED));
				}
			}
			item.setText(new String[]{Integer.toString(i + 1), s.title(), String.format("%.1f", s.seconds()), prices, check});
		}
		header.getParent().layout(true, true);
	}

	private void change(Storyboard after) {
		try {
			PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
					.execute(new StoryboardOperation(Messages.operationEdit, session, after, undoContext), null, null);
		} catch (ExecutionException e) {
			MessageDialog.openError(getSite().getShell(), Messages.operationEdit, e.getMessage());
		}
	}

	public void addStep() {
		if (session == null) {
			return;
		}
		ModelEditor e = session.editor();
		StepView view = StepViews.capture(e.scene(), e.viewer().camera());
		List<String> keys = new ArrayList<>();
		ClientQuote quote = session.quote();
		Set<String> selected = new HashSet<>(e.scene().selectedGlobalIds());
		if (quote != null && !selected.isEmpty()) {
			for (ClientQuote.Line l : quote.lines()) {
				if (l.globalIds().stream().anyMatch(selected::contains)) {
					keys.add(l.key());
				}
			}
		}
		Storyboard board = session.storyboard();
		int at = table.getSelectionIndex() < 0 ? board.steps().size() : table.getSelectionIndex() + 1;
		StoryStep step = new StoryStep(NLS.bind(Messages.stepName, board.steps().size() + 1), List.of(), view, keys, 5,
				StoryStep.Transition.FLY, List.of());
		change(board.inserted(at, step));
		table.setSelection(at);
	}

	private void removeSteps() {
		int[] selected = table.getSelectionIndices();
		if (session == null || selected.length == 0) {
			return;
		}
		Storyboard b = session.storyboard();
		for (int i = selected.length - 1; i >= 0; i--) {
			b = b.removed(selected[i]);
		}
		change(b);
	}

	private void move(int delta) {
		int i = table.getSelectionIndex();
		if (session == null || i < 0 || i + delta < 0 || i + delta >= session.storyboard().steps().size()) {
			return;
		}
		change(session.storyboard().moved(i, i + delta));
		table.setSelection(i + delta);
	}

	private void editStep() {
		int i = table.getSelectionIndex();
		if (session == null || i < 0) {
			return;
		}
		StepDialog d = new StepDialog(getSite().getShell(), session.storyboard().steps().get(i), session.quote());
		if (d.open() == Window.OK) {
			change(session.storyboard().replaced(i, d.result()));
			table.setSelection(i);
		}
	}

	private void showSelectedStep() {
		int i = table.getSelectionIndex();
		if (session == null || i < 0 || !session.editor().isLoaded()) {
			return;
		}
		StoryboardFrames.applyStep(session.editor().scene(), session.editor().viewer().camera(),
				session.storyboard().steps().get(i), session.quote());
		session.editor().viewer().requestRedraw();
	}

	private void play() {
		if (session == null || session.storyboard().steps().isEmpty()) {
			return;
		}
		Playback p = new Playback(session.storyboard(), session.quote(), List.of(session.editor().viewer()));
		getViewSite().getActionBars().getStatusLineManager().setMessage(Messages.playbackStatus);
		p.onEnd(() -> getViewSite().getActionBars().getStatusLineManager().setMessage(null));
		session.editor().viewer().setFocus();
		p.start(Math.max(0, table.getSelectionIndex()));
	}

	/** Opens presenter mode from the selected step (or the first). */
	public PresenterMode present() {
		if (session == null || session.storyboard().steps().isEmpty()) {
			return null;
		}
		Display display = getSite().getShell().getDisplay();
		int monitor = 0;
		if (display.getMonitors().length > 1) {
			ListDialog d = new ListDialog(getSite().getShell());
			List<String> names = new ArrayList<>();
			for (int i = 0; i < display.getMonitors().length; i++) {
				names.add(NLS.bind(Messages.chooseMonitor, i + 1));
			}
			d.setContentProvider(ArrayContentProvider.getInstance());
			d.setLabelProvider(new LabelProvider());
			d.setInput(names);
			d.setTitle(Messages.presenterMode);
			if (d.open() != Window.OK || d.getResult().length == 0) {
				return null;
			}
			monitor = names.indexOf(d.getResult()[0]);
		}
		PresenterMode mode = new PresenterMode(display, session.editor().scene(), session.storyboard(), session.quote(), monitor);
		mode.open(Math.max(0, table.getSelectionIndex()));
		return mode;
	}

	private void planTour() {
		if (session == null || session.editor().model() == null) {
			return;
		}
		List<String> storeys = session.editor().model().storeys().stream().map(IfcEntity::name).toList();
		ListDialog d = new ListDialog(getSite().getShell());
		d.setContentProvider(ArrayContentProvider.getInstance());
		d.setLabelProvider(new LabelProvider());
		d.setInput(storeys);
		d.setTitle(Messages.chooseStorey);
		d.setMessage(Messages.chooseStoreyMessage);
		if (d.open() != Window.OK || d.getResult().length == 0) {
			return;
		}
		planTour((String) d.getResult()[0]);
	}

	/** Appends the automatic room tour of a storey to the storyboard (one undoable change). */
	public void planTour(String storey) {
		DemoSession s = session;
		s.withGeometry(geometry -> {
			try {
				RoomTour.Plan plan = RoomTour.plan(s.editor().model(), geometry, storey);
				List<StoryStep> steps = new ArrayList<>(s.storyboard().steps());
				steps.addAll(plan.storyboard().steps());
				change(s.storyboard().withSteps(steps));
			} catch (IllegalArgumentException e) {
				MessageDialog.openError(getSite().getShell(), Messages.chooseStorey, e.getMessage());
			}
		});
	}

	private void export(boolean video) {
		if (session == null || session.storyboard().steps().isEmpty()) {
			return;
		}
		FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
		d.setOverwrite(true);
		d.setFilterExtensions(new String[]{video ? "*.mp4" : "*.pdf"});
		Path folder = session.model().toAbsolutePath().getParent();
		d.setFilterPath(folder != null && Files.isDirectory(folder) ? folder.toString() : System.getProperty("user.home"));
		String stem = session.model().getFileName().toString().replaceFirst("\\.[^.]*$", "");
		d.setFileName(stem + (video ? ".mp4" : "-handout.pdf"));
		String chosen = d.open();
		if (chosen != null) {
			exportJob(Path.of(chosen), video, 1280, 720, 30).schedule();
		}
	}

	/** A job that renders the storyboard offscreen (on its own copy of the model) into a video or a handout. */
	public Job exportJob(Path out, boolean video, int width, int height, int fps) {
		DemoSession s = session;
		Storyboard board = s.storyboard();
		String name = NLS.bind(video ? Messages.jobVideo : Messages.jobHandout, out.getFileName());
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			monitor.beginTask(name, 1000);
			try {
				ModelScene ms = ModelScene.of(s.editor().model(), null);
				ClientQuote quote = s.quote();
				try (OffscreenRenderer r = new OffscreenRenderer(ms.scene(), width, height)) {
					FrameSource frames = new StoryboardFrames(r, board, quote);
					if (video) {
						int[] done = {0};
						Mp4Export.write(frames, fps, out, k -> {
							int now = (int) (k * 1000);
							monitor.worked(now - done[0]);
							done[0] = now;
						}, monitor::isCanceled);
					} else {
						HandoutPdf.write(board.title(), frames.pages(), quote,
								s.chinese() ? HandoutPdf.Labels.chinese() : HandoutPdf.Labels.english(), out);
					}
				}
				return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.info(NLS.bind(Messages.exported, out));
			} catch (IOException | RuntimeException | org.bidbench.geometry.GeometryException e) {
				return Status.error(NLS.bind(Messages.exportFailed, e.getMessage()), e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			} finally {
				monitor.done();
			}
		});
		job.setUser(true);
		return job;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		if (session != null) {
			session.removeListener(refresh);
		}
		super.dispose();
	}

	public IUndoContext undoContext() {
		return undoContext;
	}

	Table table() {
		return table;
	}
}
