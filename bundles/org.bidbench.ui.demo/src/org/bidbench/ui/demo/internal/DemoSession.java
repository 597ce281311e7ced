package org.bidbench.ui.demo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;

import org.bidbench.demo.price.ClientQuote;
import org.bidbench.demo.price.ClientQuotes;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.demo.storyboard.StoryboardFile;
import org.bidbench.demo.storyboard.StoryboardFormatException;
import org.bidbench.demo.tour.WalkObstacles;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ui.bim.internal.ModelEditor;
import org.bidbench.ui.demo.render.ModelScene;
import org.bidbench.viewer.SceneElement;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPathEditorInput;

/**
 * What the demo keeps for one open model: its storyboard (saved beside the model on every change),
 * the client prices (the workspace's quote of this model, or priced on the fly) and the model's
 * triangles for room tours and walking collision. The model editor itself is only read: the demo
 * adds nothing to it.
 */
public final class DemoSession {

	private static final Map<ModelEditor, DemoSession> SESSIONS = new WeakHashMap<>();

	private final ModelEditor editor;
	private final Path model;
	private final Path file;
	private Storyboard storyboard;
	private String loadProblem;
	private ClientQuote quote;
	private boolean quoteSearched;
	private List<ProductGeometry> geometry;
	/** The copy kept with the opportunity whose quote prices this model, once that quote is found. */
	private Path opportunityFile;
	private final List<Runnable> listeners = new ArrayList<>();

	private DemoSession(ModelEditor editor) {
		this.editor = editor;
		this.model = ((IPathEditorInput) editor.getEditorInput()).getPath().toPath();
		this.file = StoryboardFile.besideModel(model);
		if (Files.isRegularFile(file)) {
			try {
				storyboard = StoryboardFile.read(file);
			} catch (IOException | StoryboardFormatException e) {
				loadProblem = e.getMessage();
			}
		}
		if (storyboard == null) {
			storyboard = new Storyboard(NLS.bind(Messages.storyboardTitle, model.getFileName()),
					model.getFileName().toString(), List.of());
		}
	}

	/** The session of an editor, made on first use. */
	public static synchronized DemoSession of(ModelEditor editor) {
		return SESSIONS.computeIfAbsent(editor, DemoSession::new);
	}

	public ModelEditor editor() {
		return editor;
	}

	public Path model() {
		return model;
	}

	public Path file() {
		return file;
	}

	/** Why the saved storyboard could not be read, or {@code null}. */
	public String loadProblem() {
		return loadProblem;
	}

	public Storyboard storyboard() {
		return storyboard;
	}

	/**
	 * Where the storyboard is also kept with the opportunity of the sales workspace whose quote
	 * prices the model; {@code null} when the prices do not come from a workspace.
	 */
	public Path opportunityFile() {
		quote();
		return opportunityFile;
	}

	/**
	 * Replaces the storyboard and saves it (temporary file, then rename) beside the model and, when
	 * the model is priced by an opportunity's quote, with that opportunity too.
	 */
	public void setStoryboard(Storyboard board) throws IOException {
		storyboard = board;
		StoryboardFile.write(board, file);
		Path withOpportunity = opportunityFile();
		if (withOpportunity != null) {
			StoryboardFile.write(board, withOpportunity);
		}
		listeners.forEach(Runnable::run);
	}

	/** After the opportunity is known: its copy is read when it is newer than the one beside the model (or that one is absent). */
	private void readOpportunityCopy() {
		try {
			if (!Files.isRegularFile(opportunityFile)) {
				return;
			}
			if (Files.isRegularFile(file)
					&& Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(opportunityFile)) >= 0) {
				return;
			}
			storyboard = StoryboardFile.read(opportunityFile);
			loadProblem = null;
			Display display = Display.getDefault();
			display.asyncExec(() -> listeners.forEach(Runnable::run));
		} catch (IOException | StoryboardFormatException e) {
			loadProblem = e.getMessage();
		}
	}

	public void addListener(Runnable r) {
		listeners.add(r);
	}

	public void removeListener(Runnable r) {
		listeners.remove(r);
	}

	/** The GlobalIds of the model shown. */
	public Set<String> globalIds() {
		Set<String> out = new HashSet<>();
		for (SceneElement e : editor.scene().elements()) {
			out.add(e.globalId());
		}
		return out;
	}

	public boolean chinese() {
		return Locale.getDefault().getLanguage().equals("zh");
	}

	/** The client prices, found once: the demo workspace's sales folder beside the models folder, else on the fly. */
	public synchronized ClientQuote quote() {
		if (!quoteSearched && editor.model() != null) {
			quoteSearched = true;
			Path sales = model.toAbsolutePath().getParent().resolveSibling("sales");
			try {
				if (Files.isDirectory(sales)) {
					ClientQuotes.Found found = ClientQuotes.findInWorkspace(sales, globalIds(), chinese());
					if (found != null) {
						quote = found.quote();
						if (found.opportunityId() != null) {
							opportunityFile = StoryboardFile.withOpportunity(sales, found.opportunityId(), model);
							readOpportunityCopy();
						}
					}
				}
				if (quote == null) {
					quote = ClientQuotes.priceOnTheFly(editor.model(), chinese());
				}
			} catch (ClientQuotes.PriceUnavailableException e) {
				quote = null;
			}
		}
		return quote;
	}

	/** The model's triangles, tessellated once in a job; {@code then} runs on the UI thread. */
	public void withGeometry(Consumer<List<ProductGeometry>> then) {
		if (geometry != null) {
			then.accept(geometry);
			return;
		}
		Display display = Display.getCurrent();
		Job job = Job.create(NLS.bind(Messages.jobGeometry, model.getFileName()), (IProgressMonitor monitor) -> {
			monitor.beginTask(NLS.bind(Messages.jobGeometry, model.getFileName()), 100);
			try {
				ModelScene ms = ModelScene.of(editor.model(), p -> monitor.worked(0));
				quote();
				display.asyncExec(() -> {
					geometry = ms.geometry();
					then.accept(geometry);
				});
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error(e.getMessage(), e);
			} finally {
				monitor.done();
			}
		});
		job.setUser(true);
		job.schedule();
	}

	/** Walk mode collides with walls and slabs from now on. */
	public void installWalkCollision() {
		withGeometry(g -> {
			WalkObstacles obstacles = new WalkObstacles(g);
			if (!editor.viewer().isDisposed()) {
				editor.viewer().setWalkGuard(obstacles::walk);
			}
		});
	}

	static IStatus ok() {
		return Status.OK_STATUS;
	}
}
