package org.bidbench.ui.bim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ui.BidBenchPerspectives;
import org.bidbench.viewer.RgbImage;
import org.bidbench.viewer.SceneElement;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * The Presales BIM perspective in the running workbench under Xvfb: open AC20-FZK-Haus, see its
 * storeys in the tree, select an element in the tree and find its GlobalId in the properties view
 * and its highlight in the scene, and see the model drawn on the canvas.
 */
class ModelEditorUiTest {

	static IWorkbenchWindow window() {
		var workbench = PlatformUI.getWorkbench();
		return workbench.getActiveWorkbenchWindow() != null
				? workbench.getActiveWorkbenchWindow()
				: workbench.getWorkbenchWindows()[0];
	}

	static void waitFor(BooleanSupplier condition, long millis, String what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	static void drain() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 50; i++) {
			while (display.readAndDispatch()) {
				// let layouts and async runnables finish
			}
		}
	}

	/** Opens the sample house in the Presales BIM perspective and waits until it has loaded. */
	static ModelEditor openSampleInBimPerspective() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.PRESALES_BIM, window());
		ModelEditor editor = (ModelEditor) OpenModelHandler.open(page, sample());
		org.junit.jupiter.api.Assertions.assertNotNull(editor);
		waitFor(editor::isLoaded, 120_000, "AC20-FZK-Haus to load");
		drain();
		return editor;
	}

	/**
	 * Runs a command of plugin.xml as a key, a button or a menu item does, on the active editor;
	 * {@code parameters} are pairs of parameter id and value.
	 */
	static Object run(String commandId, String... parameters) throws Exception {
		var commands = window().getService(org.eclipse.ui.commands.ICommandService.class);
		var handlers = window().getService(org.eclipse.ui.handlers.IHandlerService.class);
		java.util.Map<String, String> values = new java.util.HashMap<>();
		for (int i = 0; i < parameters.length; i += 2) {
			values.put(parameters[i], parameters[i + 1]);
		}
		drain();
		var command = org.eclipse.core.commands.ParameterizedCommand.generateCommand(commands.getCommand(commandId), values);
		assertNotNull(command, commandId + " with the parameters " + values);
		Object result = handlers.executeCommand(command, null);
		drain();
		return result;
	}

	static Path sample() throws Exception {
		var bundle = FrameworkUtil.getBundle(ModelEditorUiTest.class);
		var urls = bundle.findEntries("models", "AC20-FZK-Haus.ifc", false);
		assertNotNull(urls, "models/AC20-FZK-Haus.ifc is packed in the test fragment");
		URL url = FileLocator.toFileURL(urls.nextElement());
		return Path.of(url.getPath());
	}

	@AfterEach
	void closeEditors() {
		window().getActivePage().closeAllEditors(false);
		drain();
	}

	@Test
	void fzkHausOpensWithStoreysSelectionSyncAndPixels() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.PRESALES_BIM, window());
		ModelEditor editor = (ModelEditor) OpenModelHandler.open(page, sample());
		assertNotNull(editor);
		waitFor(editor::isLoaded, 120_000, "the model to load");
		drain();

		ModelTreeView tree = (ModelTreeView) page.showView(ModelTreeView.ID);
		PropertiesView properties = (PropertiesView) page.showView(PropertiesView.ID);
		page.activate(editor);
		drain();
		assertEquals(editor, tree.editor(), "the tree follows the active model editor");
		List<ModelTreeNode> all = new ArrayList<>();
		tree.roots().forEach(r -> flatten(r, all));
		List<String> storeys = all.stream().filter(n -> n.entity != null && n.entity.isA("IfcBuildingStorey"))
				.map(n -> n.label).toList();
		assertTrue(storeys.contains("IfcBuildingStorey Erdgeschoss"), "storeys: " + storeys);
		assertTrue(storeys.contains("IfcBuildingStorey Dachgeschoss"), "storeys: " + storeys);

		IfcEntity wall = all.stream().map(n -> n.entity).filter(e -> e != null && e.isA("IfcWall")).findFirst()
				.orElseThrow();
		page.activate(tree);
		tree.select(wall);
		drain();
		assertEquals(wall.globalId(), properties.globalIdText(), "properties show the GlobalId of the tree's selection");
		assertTrue(properties.rows().stream().anyMatch(r -> r.name().startsWith("Quantities: ")),
				"a quantity set is shown");

		boolean hasGeometry = editor.scene().triangleCount() > 0;
		if (hasGeometry) {
			SceneElement element = editor.scene().element(wall.globalId());
			assertNotNull(element, "the wall is in the scene");
			BitSet selected = editor.scene().selection();
			assertTrue(selected.get(element.index()), "the wall is highlighted in the viewer");
			page.activate(editor);
			drain();
			RgbImage image = editor.viewer().capture();
			int drawn = image.countDifferentFrom(0xedf0f5, 6);
			assertTrue(drawn > image.width() * image.height() / 20,
					"the canvas shows the model: " + drawn + " of " + image.width() * image.height() + " pixels");
			benchmark(editor);
		} else {
			System.out.println("No geometry engine in this runtime: the canvas check is skipped");
		}

		tree.search(wall.globalId());
		drain();
		assertEquals(1, tree.viewer().getTree().getItemCount(), "search keeps the branch that holds the wall");
		tree.search("");
	}

	@Test
	void aBrokenFileOpensWithItsProblemsListed(@TempDir Path dir) throws Exception {
		Path broken = dir.resolve("broken.ifc");
		Files.writeString(broken, """
				ISO-10303-21;
				HEADER;
				FILE_DESCRIPTION((''),'2;1');
				FILE_NAME('broken.ifc','',(''),(''),'','','');
				FILE_SCHEMA(('IFC4'));
				ENDSEC;
				DATA;
				#1=IFCPROJECT('0YvctVUKr0kugbFTf53O9L',$,'Broken',$,$,$,$,$,$);
				#2=IFCWALL('1YvctVUKr0kugbFTf53O9L',$,'Wall',$,$,#99,#98,$,$);
				#3=IFCNONSENSE(1,2,3);
				#4=IFCWALL('2YvctVUKr0kugbFTf53O9L',$,'Wall 2',$,$,#99,#98,$,$
				ENDSEC;
				END-ISO-10303-21;
				""");
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.PRESALES_BIM, window());
		ModelEditor editor = (ModelEditor) OpenModelHandler.open(page, broken);
		waitFor(editor::isLoaded, 60_000, "the broken model to load");
		drain();
		assertNotNull(editor.model(), "what could be read is open");
		assertFalse(editor.problems().isEmpty(), "problems are listed; the model itself reports " + editor.model().problems());
		assertTrue(editor.problems().stream().anyMatch(p -> p.location().startsWith("broken.ifc")), "problems say where: " + editor.problems());
	}

	/** Prints offscreen frame times of an orbit at 1280x720 (figures for docs/benchmarks.md; no assertion). */
	private static void benchmark(ModelEditor editor) {
		var scene = editor.scene();
		scene.select(new BitSet());
		try (var offscreen = new org.bidbench.viewer.OffscreenRenderer(scene, 1280, 720)) {
			var camera = org.bidbench.viewer.OrbitBenchmark.startCamera(scene, 1280, 720);
			offscreen.draw(camera);
			var run = org.bidbench.viewer.OrbitBenchmark.orbit(offscreen, camera, 30, false);
			System.out.printf(java.util.Locale.ROOT,
					"VIEWER BENCH %s: %d triangles, %d batches, median %.1f ms, p95 %.1f ms, %.1f frames/s, %.2f M triangles/s%n",
					editor.getPartName(), scene.triangleCount(), scene.batchCount(), run.medianMillis(), run.p95Millis(),
					run.framesPerSecond(), run.trianglesPerSecond() / 1e6);
			var image = offscreen.render(camera);
			try {
				image.writePng(Path.of(System.getProperty("java.io.tmpdir"), "bidbench-fzk-offscreen.png"));
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
	}

	private static void flatten(ModelTreeNode node, List<ModelTreeNode> out) {
		out.add(node);
		node.children.forEach(c -> flatten(c, out));
	}
}
