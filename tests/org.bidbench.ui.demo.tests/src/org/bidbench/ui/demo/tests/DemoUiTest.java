package org.bidbench.ui.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.bidbench.demo.price.CashCurve;
import org.bidbench.demo.price.ClientQuote;
import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.demo.storyboard.StoryboardFile;
import org.bidbench.sales.model.Quote;
import org.bidbench.ui.BidBenchPerspectives;
import org.bidbench.ui.bim.internal.ModelEditor;
import org.bidbench.ui.bim.internal.OpenModelHandler;
import org.bidbench.ui.demo.internal.DemoSession;
import org.bidbench.ui.demo.internal.PresenterMode;
import org.bidbench.ui.demo.internal.SequenceView;
import org.bidbench.ui.demo.internal.StoryboardView;
import org.bidbench.ui.demo.render.StepViews;
import org.bidbench.viewer.SceneElement;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo views inside the real workbench on AC20-FZK-Haus: the storyboard editor (steps from the
 * view, reorder, undo, saved beside the model), presenter mode on its two screens (no cost or margin
 * anywhere in their text), and the 4D view with the cash curve. With {@code -Dbidbench.screenshots=DIR}
 * each is also captured as a PNG of the X screen.
 */
class DemoUiTest {

	@TempDir
	Path dir;

	static IWorkbenchWindow window() {
		var w = PlatformUI.getWorkbench();
		return w.getActiveWorkbenchWindow() != null ? w.getActiveWorkbenchWindow() : w.getWorkbenchWindows()[0];
	}

	static void waitFor(BooleanSupplier condition, long millis, String what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				idle(display);
			}
		}
	}

	private static final Runnable WAKE = () -> {
	};

	/**
	 * Sleeps as the workbench's event loop does, until the next event or timer, and at most 10 ms (so
	 * that a condition set by a background thread is seen). A fixed pause instead would hold back the
	 * playback's frame timer by up to its length and make frames look slower than the product draws them.
	 */
	static void idle(Display display) {
		display.timerExec(10, WAKE);
		display.sleep();
	}

	static void drain(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				idle(display);
			}
		}
	}

	static void screenshot(String name) throws Exception {
		String folder = System.getProperty("bidbench.screenshots", "");
		if (folder.isEmpty()) {
			return;
		}
		drain(800);
		Files.createDirectories(Path.of(folder));
		new ProcessBuilder("import", "-window", "root", Path.of(folder, name).toString()).inheritIO().start().waitFor();
	}

	ModelEditor open() throws Exception {
		Path model = DemoUiSamples.house(dir);
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.PRESALES_BIM, window());
		ModelEditor editor = (ModelEditor) OpenModelHandler.open(page, model);
		assertNotNull(editor);
		waitFor(editor::isLoaded, 120_000, "AC20-FZK-Haus to load");
		drain(300);
		return editor;
	}

	@AfterEach
	void close() {
		window().getActivePage().closeAllEditors(false);
		drain(200);
	}

	@Test
	void storyboardEditorMakesStepsFromTheViewAndPresenterModeShowsNoCost() throws Exception {
		ModelEditor editor = open();
		IWorkbenchPage page = window().getActivePage();
		StoryboardView view = (StoryboardView) page.showView(StoryboardView.ID);
		page.activate(editor);
		drain(200);
		waitFor(() -> view.session() != null && view.session().editor() == editor, 30_000, "the storyboard to follow the opened model");
		DemoSession session = view.session();
		ClientQuote quote = session.quote();
		assertNotNull(quote, "the house is priced for the demo");

		// step 1: the whole house; step 2: the walls selected, so their quote lines are presented
		editor.viewer().fitAll();
		view.addStep();
		var walls = editor.scene().elements().stream().filter(e -> e.ifcClass().startsWith("IfcWall")).map(SceneElement::globalId).toList();
		assertEquals(walls.size(), editor.selectGlobalIds(walls, true), "every wall of the scene is an element of the model");
		drain(500);
		assertTrue(!editor.scene().selectedGlobalIds().isEmpty(), "the walls are still selected after the workbench's events ("
				+ walls.size() + " walls; the editor's selection: " + editor.getSelection() + ")");
		assertTrue(view.session() == session, "the storyboard still follows the same session");
		view.addStep();
		Storyboard board = session.storyboard();
		assertEquals(2, board.steps().size());
		assertTrue(board.steps().get(0).quoteLines().isEmpty());
		assertTrue(!board.steps().get(1).quoteLines().isEmpty(), "the selected walls bring their quote lines: " + walls.size() + " walls, "
				+ editor.scene().selectedGlobalIds().size() + " selected, quote lines " + quote.lines().size() + " holding "
				+ quote.lines().stream().mapToInt(l -> l.globalIds().size()).sum() + " GlobalIds, of them walls "
				+ quote.lines().stream().flatMap(l -> l.globalIds().stream()).filter(walls::contains).count());
		assertEquals(StepViews.capture(editor.scene(), editor.viewer().camera()).eye()[0], board.steps().get(1).view().eye()[0], 1e-9);
		// saved beside the model, and the file reads back to the same storyboard
		assertEquals(board, StoryboardFile.read(StoryboardFile.besideModel(session.model())));
		// reorder and undo
		Storyboard moved = board.moved(0, 1);
		session.setStoryboard(moved);
		assertEquals(board.steps().get(1).title(), session.storyboard().steps().get(0).title());
		session.setStoryboard(board);
		var history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
		view.addStep();
		assertEquals(3, session.storyboard().steps().size());
		history.undo(view.undoContext(), null, null);
		assertEquals(2, session.storyboard().steps().size(), "undo removes the added step");
		session.setStoryboard(session.storyboard().replaced(1, session.storyboard().steps().get(1).withTitle("Die Außenwände")
				.withTalkingPoints(List.of("Kalksandstein, 24 cm", "Preis laut Angebot"))));
		screenshot("storyboard-editor.png");

		PresenterMode mode = view.present();
		assertNotNull(mode);
		try {
			drain(1500);
			mode.playback().step(1);
			waitFor(() -> mode.playback().currentStep() == 1, 10_000, "the second step");
			drain(2500);
			String text = mode.visibleText();
			assertTrue(text.contains("Die Außenwände"), text);
			assertTrue(text.contains("Kalksandstein, 24 cm"), "the presenter screen has the talking points: " + text);
			String wallsPrice = org.bidbench.ui.demo.render.Money.format(quote.currency(),
					quote.linesByKey().get(session.storyboard().steps().get(1).quoteLines().get(0)).amount());
			assertTrue(text.contains(wallsPrice), "the client screen shows the walls' client price " + wallsPrice + ": " + text);
			Quote internal = DemoUiSamples.internalQuote();
			DemoUiSamples.assertNoInternalFigures(text, internal);
			assertTrue(mode.clientShell().getFullScreen() || mode.clientShell().getBounds().equals(
					mode.clientShell().getMonitor().getBounds()), "the client screen covers its monitor");
			screenshot("presenter-mode.png");
			checkClientPixels(mode, session.storyboard().steps().get(1), quote);
			// a figure for docs/benchmarks.md, not an assertion: frames drawn per second while playing
			System.out.println(String.format(java.util.Locale.ROOT,
					"BENCH AC20-FZK-Haus | presenter mode playback, client window %dx%d | %.1f frames/s in transitions (%d frames, %d of them reduced; detail level at the end %d), minimum (slowest frame) %.1f frames/s, %.1f frames/s overall",
					mode.clientShell().getSize().x, mode.clientShell().getSize().y, mode.playback().transitionFramesPerSecond(),
					mode.playback().transitionFrames(), mode.playback().reducedFrames(), mode.playback().detailLevel(),
					mode.playback().slowestTransitionFramesPerSecond(), mode.playback().framesPerSecond()));
		} finally {
			mode.close();
		}
	}

	/**
	 * Transitions may be drawn reduced (smaller and stretched, small elements skipped) to keep the frame
	 * rate; the frame at rest must be the full picture: the client screen's pixels at rest after a
	 * flight drawn at the coarsest level equal, pixel for pixel, the same view drawn by the viewer with
	 * no reduction at all; and a reduced frame of that view does differ (so a leftover reduction shows).
	 */
	@Test
	void theRestFrameAfterAReducedTransitionIsTheFullPicture() throws Exception {
		ModelEditor editor = open();
		Storyboard two = DemoUiSamples.twoViews();
		// long holds: the playback rests on the second step while its pixels are read
		Storyboard board = two.replaced(0, two.steps().get(0).withSeconds(30)).replaced(1, two.steps().get(1).withSeconds(30));
		PresenterMode mode = new PresenterMode(Display.getCurrent(), editor.scene(), board, null, 0);
		var playback = mode.playback();
		int coarsest = 3;
		playback.transitionDetail().hold(coarsest);
		mode.open(0);
		try {
			drain(500);
			playback.step(1);
			waitFor(() -> playback.currentStep() == 1 && !playback.flythrough().at(playback.position()).moving(), 60_000,
					"the camera to arrive at the second step");
			playback.togglePause();
			drain(800);
			assertTrue(playback.reducedFrames() > 0, "the flight was drawn reduced (" + playback.transitionFrames() + " frames)");
			var viewer = mode.clientViewer();
			assertEquals(1f, viewer.drawScale(), "at rest the viewer draws every pixel");
			var rest = grab(mode);
			// the same view drawn by the viewer as it draws with no reduction (its defaults)
			viewer.setDrawScale(1f);
			viewer.renderer().setSimplification(1f);
			viewer.glCanvas().display();
			drain(500);
			var full = grab(mode);
			assertEquals(full.width, rest.width);
			assertTrue(java.util.Arrays.equals(full.data, rest.data), "the rest frame is the full picture, pixel for pixel ("
					+ differing(full, rest) + " pixels differ)");
			// a reduced frame of the same view is told apart by this comparison
			viewer.setDrawScale(0.35f);
			viewer.glCanvas().display();
			drain(500);
			var reduced = grab(mode);
			assertTrue(differing(full, reduced) > 1000, "a reduced frame differs from the full one: " + differing(full, reduced) + " pixels");
			viewer.setDrawScale(1f);
			System.out.println("BENCH AC20-FZK-Haus | reduced transition, rest frame | " + differing(full, rest)
					+ " pixels differ from the full picture; a frame at scale 0.35 differs in " + differing(full, reduced));
		} finally {
			mode.close();
		}
	}

	/** The client's 3D picture as the X server shows it, above the presenter's window (one Xvfb screen holds both). */
	private static org.eclipse.swt.graphics.ImageData grab(PresenterMode mode) {
		var viewer = mode.clientViewer();
		var origin = viewer.toDisplay(0, 0);
		var size = viewer.getSize();
		int below = mode.presenterShell().getBounds().y;
		int h = Math.max(1, Math.min(size.y, below - origin.y) - 1);
		Display display = viewer.getDisplay();
		var image = new org.eclipse.swt.graphics.Image(display, size.x, h);
		var gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static int differing(org.eclipse.swt.graphics.ImageData a, org.eclipse.swt.graphics.ImageData b) {
		int n = 0;
		for (int y = 0; y < Math.min(a.height, b.height); y++) {
			for (int x = 0; x < Math.min(a.width, b.width); x++) {
				if (a.getPixel(x, y) != b.getPixel(x, y)) {
					n++;
				}
			}
		}
		return n;
	}

	/**
	 * The presenter-mode check on pixels, without OCR: outside the 3D picture, the client screen's
	 * pixels are exactly those of the step's title and of callouts the test writes itself from the
	 * client quote (description and client amount, nothing else); with those two texts emptied, that
	 * part of the screen is one flat colour, so nothing else on the screen draws any words or figures.
	 */
	private static void checkClientPixels(PresenterMode mode, StoryStep step, ClientQuote quote) {
		if (!mode.playback().isPaused()) {
			mode.playback().togglePause(); // the step stays on screen while its pixels are compared
		}
		// on a single screen the presenter's window lies over the client's: out of the way while the
		// screen is read (on two monitors it is on the other one)
		mode.presenterShell().setVisible(false);
		drain(500);
		var texts = mode.clientTexts();
		var shown = capture(mode);
		assertTrue(inkPixels(shown) > 200, "the title and the prices are drawn: " + inkPixels(shown) + " pixels of ink");
		String title = texts.get(0).getText(), prices = texts.get(1).getText();
		// the texts as the test builds them from the client quote alone
		List<String> expected = new java.util.ArrayList<>();
		var byKey = quote.linesByKey();
		for (String key : step.quoteLines()) {
			ClientQuote.Line l = byKey.get(key);
			if (l != null) {
				expected.add(l.description() + ": " + org.bidbench.ui.demo.render.Money.format(quote.currency(), l.amount()));
			}
		}
		setTexts(mode, "", "");
		var blank = capture(mode);
		assertEquals(0, inkPixels(blank), "with the title and prices emptied nothing else is drawn on the client screen");
		setTexts(mode, step.title(), String.join("\n", expected));
		var rebuilt = capture(mode);
		assertEquals(shown.width, rebuilt.width);
		assertEquals(shown.height, rebuilt.height);
		assertTrue(java.util.Arrays.equals(shown.data, rebuilt.data),
				"the client screen shows exactly the step title and the client quote's callouts");
		setTexts(mode, title, prices);
		mode.presenterShell().setVisible(true);
	}

	private static void setTexts(PresenterMode mode, String title, String prices) {
		mode.clientTexts().get(0).setText(title);
		mode.clientTexts().get(1).setText(prices);
		mode.clientShell().layout(true, true);
		drain(300);
	}

	/** The client screen below the 3D picture (the GL view is not read: it holds no text). */
	private static org.eclipse.swt.graphics.ImageData capture(PresenterMode mode) {
		var shell = mode.clientShell();
		var viewer = mode.clientViewer().getBounds();
		var area = shell.getClientArea();
		int top = viewer.y + viewer.height;
		var origin = shell.toDisplay(0, top);
		int w = area.width, h = Math.max(1, area.height - top);
		Display display = shell.getDisplay();
		var image = new org.eclipse.swt.graphics.Image(display, w, h);
		var gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, origin.x, origin.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Pixels that differ from the strip's first pixel (its background). */
	private static int inkPixels(org.eclipse.swt.graphics.ImageData d) {
		int background = d.getPixel(0, 0), n = 0;
		for (int y = 0; y < d.height; y++) {
			for (int x = 0; x < d.width; x++) {
				if (d.getPixel(x, y) != background) {
					n++;
				}
			}
		}
		return n;
	}

	@Test
	void storyboardIsKeptWithTheOpportunityWhoseQuotePricesTheModel() throws Exception {
		// a workspace beside the models folder (as demo-workspace lays it out) with one opportunity
		// whose quote prices the house
		var ws = org.bidbench.sales.model.SalesFactory.eINSTANCE.createSalesWorkspace();
		var opportunity = org.bidbench.sales.model.SalesFactory.eINSTANCE.createOpportunity();
		opportunity.setId("OPP-HAUS");
		opportunity.setName("FZK-Haus");
		opportunity.getQuotes().add(DemoUiSamples.internalQuote());
		ws.getOpportunities().add(opportunity);
		org.bidbench.sales.core.workspace.SalesWorkspaceFolder.create(dir.resolve("sales"), ws).save();

		ModelEditor editor = open();
		IWorkbenchPage page = window().getActivePage();
		StoryboardView view = (StoryboardView) page.showView(StoryboardView.ID);
		page.activate(editor);
		drain(200);
		DemoSession session = view.session();
		Path kept = session.opportunityFile();
		assertEquals(dir.resolve("sales/opportunities/OPP-HAUS.AC20-FZK-Haus.ifc.storyboard.xml"), kept);
		editor.viewer().fitAll();
		view.addStep();
		assertTrue(Files.isRegularFile(kept), "saved with the opportunity");
		assertEquals(session.storyboard(), StoryboardFile.read(kept));
		assertEquals(session.storyboard(), StoryboardFile.read(StoryboardFile.besideModel(session.model())));
		// the workspace still loads, the storyboard file is no part of it
		var reloaded = org.bidbench.sales.core.workspace.SalesWorkspaceFolder.load(dir.resolve("sales"));
		assertTrue(reloaded.problems().isEmpty(), reloaded.problems().toString());
		assertEquals(1, reloaded.workspace().getOpportunities().size());
	}

	@Test
	void fourDShowsTheBuildingGoingUpWithTheCashCurve() throws Exception {
		ModelEditor editor = open();
		IWorkbenchPage page = window().getActivePage();
		SequenceView view = (SequenceView) page.showView(SequenceView.ID);
		page.activate(editor);
		view.load();
		drain(300);
		assertNotNull(view.schedule());
		CashCurve curve = view.curve();
		assertNotNull(curve, "the cash curve is drawn from the client prices");
		assertEquals(0, curve.total().compareTo(curve.points().get(curve.points().size() - 1).cumulative()));
		// the day the ground floor's walls are under way: roof and upper storey hidden, walls coloured
		var walls = view.schedule().tasks().stream().filter(t -> t.name().endsWith(": walls")).findFirst().orElseThrow();
		int day = (int) (walls.start().toEpochDay() - view.schedule().start().toEpochDay() + 1);
		view.showDay(day);
		drain(500);
		int hidden = editor.scene().hidden().cardinality();
		assertTrue(hidden > 0, "what is not started yet is hidden");
		SceneElement wall = editor.scene().element(walls.globalIds().get(0));
		// the scene keeps colours in 8 bits per channel
		var inProgress = org.bidbench.ui.demo.render.SequenceFrames.IN_PROGRESS;
		var shown = editor.scene().colour(wall.index());
		assertNotNull(shown, "the wall under way is coloured");
		assertEquals(inProgress.red(), shown.red(), 1 / 255.0);
		assertEquals(inProgress.green(), shown.green(), 1 / 255.0);
		assertEquals(inProgress.blue(), shown.blue(), 1 / 255.0);
		LocalDate d = view.schedule().start().minusDays(1).plusDays(day);
		assertTrue(curve.at(d).signum() > 0 && curve.at(d).compareTo(curve.total()) < 0);
		screenshot("construction-sequence.png");
	}
}
