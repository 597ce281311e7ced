package org.bidbench.ui.bim.internal;

import static org.bidbench.ui.bim.internal.ModelEditorUiTest.drain;
import static org.bidbench.ui.bim.internal.ModelEditorUiTest.openSampleInBimPerspective;
import static org.bidbench.ui.bim.internal.ModelEditorUiTest.run;
import static org.bidbench.ui.bim.internal.ModelEditorUiTest.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.bidbench.geometry.BoundingBox;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.viewer.SceneElement;
import org.bidbench.viewer.ViewerCanvas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The viewer's polish before a client sees it, on AC20-FZK-Haus in the running workbench: the
 * Colour by legend and checked mode, X-ray's pressed state, hints that end with their mode, one
 * element count, walk mode starting in a room, the properties cleared for another model, file
 * dialogs' folder, and Help.
 */
class ViewerPolishUiTest {

	@TempDir
	Path dir;

	@AfterEach
	void closeEditors() {
		window().getActivePage().closeAllEditors(false);
		drain();
	}

	/** The items of a menu contributed in plugin.xml, as the workbench makes them for the active editor. */
	static List<MenuItem> menuItems(String locationUri) {
		org.eclipse.jface.action.MenuManager manager = new org.eclipse.jface.action.MenuManager();
		window().getService(org.eclipse.ui.menus.IMenuService.class).populateContributionManager(manager, locationUri);
		org.eclipse.swt.widgets.Menu menu = manager.createContextMenu(window().getShell());
		manager.update(true);
		menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
		drain();
		return List.of(menu.getItems()).stream().filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0).toList();
	}

	@Test
	void colourByShowsALegendAndChecksItsMode() throws Exception {
		ModelEditor editor = openSampleInBimPerspective();
		List<MenuItem> items = menuItems("menu:org.bidbench.ui.bim.toolbar.colourBy");
		assertEquals(4, items.size());
		assertEquals(EditorMessages.colourClass, items.get(1).getText());
		assertTrue(items.get(0).getSelection(), "material colours are checked at first");
		assertFalse(editor.legend().control().getVisible(), "no legend for material colours");
		run(BimCommands.COLOUR_BY, BimCommands.MODE, "class");
		assertEquals(EditorMessages.colourClass, editor.legend().mode());
		assertTrue(editor.legend().control().getVisible());
		assertTrue(editor.legend().names().stream().anyMatch(n -> n.startsWith("IfcWall")) && editor.legend().names().contains("IfcSlab"),
				editor.legend().names().toString());
		items = menuItems("menu:org.bidbench.ui.bim.toolbar.colourBy");
		assertTrue(items.get(1).getSelection() && !items.get(0).getSelection(), "the menu checks the mode that is on");
		screenshot("colour-by-legend.png");
		run(BimCommands.COLOUR_BY, BimCommands.MODE, "material_colours");
		assertFalse(editor.legend().control().getVisible(), "the legend goes with the colouring");
	}

	/** With {@code -Dbidbench.screenshots=DIR}: the X screen as a PNG, to be looked at. */
	static void screenshot(String name) throws Exception {
		String folder = System.getProperty("bidbench.screenshots", "");
		if (folder.isEmpty()) {
			return;
		}
		for (int i = 0; i < 8; i++) {
			drain();
			Thread.sleep(100);
		}
		Files.createDirectories(Path.of(folder));
		new ProcessBuilder("import", "-window", "root", Path.of(folder, name).toString()).inheritIO().start().waitFor();
	}

	@Test
	void aMeasurementIsWrittenInTheView() throws Exception {
		ModelEditor editor = openSampleInBimPerspective();
		editor.viewer().setMode(ViewerCanvas.Mode.MEASURE);
		// along the front of the house, as a user would click it
		BoundingBox b = editor.scene().bounds();
		double z = b.minZ() + 1;
		double[] from = {b.minX(), b.minY(), z}, to = {b.maxX(), b.minY(), z};
		editor.viewer().showMeasurement(from, to);
		drain();
		assertTrue(editor.statusMessage().startsWith("Distance "), editor.statusMessage());
		org.bidbench.viewer.RgbImage withLabel = editor.viewer().capture();
		editor.viewer().renderer().setMeasureLabel(null, null, 0, 0);
		org.bidbench.viewer.RgbImage without = editor.viewer().capture();
		assertTrue(withLabel.countDifferentFrom(without, 40) > 100, "the label changes the picture where it is drawn");
		editor.viewer().showMeasurement(from, to);
		screenshot("measure-label.png");
		editor.viewer().setMode(ViewerCanvas.Mode.ORBIT);
		drain();
		assertEquals("", editor.statusMessage(), "the distance goes from the status line when measuring ends");
	}

	@Test
	void xrayStaysPressedWhileOnAndHintsEndWithTheirMode() throws Exception {
		ModelEditor editor = openSampleInBimPerspective();
		var xray = editor.toolBar().item(BimCommands.XRAY);
		assertNotNull(xray, "X-ray is a button of the tool bar");
		assertFalse(xray.getSelection());
		xray.setSelection(true);
		xray.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		drain();
		assertTrue(editor.scene().isXray());
		assertTrue(xray.getSelection(), "pressed while X-ray is on");
		editor.scene().showAll(); // "Show all" ends X-ray
		drain();
		assertFalse(editor.scene().isXray());
		assertFalse(xray.getSelection(), "released when X-ray ends elsewhere");

		run(BimCommands.WALK);
		drain();
		assertFalse(editor.statusMessage().isEmpty(), "walking shows its keys");
		editor.viewer().setMode(ViewerCanvas.Mode.ORBIT); // as Esc does
		drain();
		assertEquals("", editor.statusMessage(), "the walking hint goes when walking ends");
	}

	@Test
	void theStatusLineCountsElementsAsTheTreeDoes() throws Exception {
		ModelEditor editor = openSampleInBimPerspective();
		IWorkbenchPage page = window().getActivePage();
		ModelTreeView tree = (ModelTreeView) page.showView(ModelTreeView.ID);
		page.activate(editor);
		drain();
		// the tree's own count: the elements it lists under spatial containers
		List<ModelTreeNode> all = new ArrayList<>();
		tree.roots().forEach(r -> flatten(r, all));
		long listed = all.stream().filter(n -> n.entity != null && n.parent != null && n.parent.entity != null
				&& isSpatial(n.parent.entity) && !isSpatial(n.entity)).count();
		String status = editor.statusMessage();
		assertTrue(status.startsWith(listed + " "), "the status line starts with the tree's " + listed + ": " + status);
		assertTrue(status.contains(Integer.toString(editor.scene().elementCount())), "the shapes drawn are labelled: " + status);

		IfcEntity ground = editor.model().storeys().stream().filter(s -> "Erdgeschoss".equals(s.name())).findFirst().orElseThrow();
		run(BimCommands.SHOW_STOREY, BimCommands.STOREY, Integer.toString(ground.id()));
		drain();
		int menu = ModelStoreys.containedCount(editor.model().spatialTree(), ground);
		assertTrue(editor.statusMessage().startsWith("Erdgeschoss") && editor.statusMessage().contains(" " + menu + " "),
				"the storey's status counts as the Storeys menu (" + menu + "): " + editor.statusMessage());
		run(BimCommands.SHOW_STOREY);
	}

	@Test
	void walkingStartsInARoomLookingAlongIt() throws Exception {
		ModelEditor editor = openSampleInBimPerspective();
		run(BimCommands.WALK);
		drain();
		double[] eye = editor.viewer().camera().eye();
		double[] d = editor.viewer().camera().direction();
		assertEquals(0, d[2], 1e-6, "looking level");
		SceneElement room = null;
		for (SceneElement e : editor.scene().elements()) {
			if ("IfcSpace".equalsIgnoreCase(e.ifcClass())) {
				BitSet one = new BitSet();
				one.set(e.index());
				BoundingBox b = editor.scene().bounds(one);
				if (eye[0] > b.minX() && eye[0] < b.maxX() && eye[1] > b.minY() && eye[1] < b.maxY() && eye[2] > b.minZ()
						&& eye[2] < b.maxZ()) {
					room = e;
				}
			}
		}
		assertNotNull(room, "the eye stands inside a room");
		run(BimCommands.WALK);
	}

	@Test
	void propertiesAreClearedWhenAnotherModelOpens() throws Exception {
		ModelEditor first = openSampleInBimPerspective();
		IWorkbenchPage page = window().getActivePage();
		PropertiesView properties = (PropertiesView) page.showView(PropertiesView.ID);
		IfcEntity wall = first.model().instancesOf("IfcWallStandardCase").isEmpty()
				? first.model().instancesOf("IfcWall").get(0)
				: first.model().instancesOf("IfcWallStandardCase").get(0);
		properties.show(wall);
		assertEquals(wall.globalId(), properties.globalIdText());
		Path copy = Files.copy(ModelEditorUiTest.sample(), dir.resolve("Other.ifc"));
		ModelEditor second = (ModelEditor) OpenModelHandler.open(page, copy);
		ModelEditorUiTest.waitFor(second::isLoaded, 120_000, "the second model to load");
		drain();
		assertEquals("", properties.globalIdText(), "the first model's element is gone");
		assertEquals(null, properties.shown());
		assertEquals("", properties.getContentDescription(), "nor its name above the table");
	}

	@Test
	void fileDialogsOpenInTheLastFolderOrHomeAndNeverMoveTheWorkingDirectory() throws Exception {
		String workingDirectory = System.getProperty("user.dir");
		Path chosen = Files.createDirectories(dir.resolve("exports")).resolve("views.bcf");
		DialogFolders.remember(chosen);
		assertEquals(dir.resolve("exports"), DialogFolders.current());
		Files.delete(dir.resolve("exports"));
		assertEquals(Path.of(System.getProperty("user.home")), DialogFolders.current(), "a folder gone falls back to home");
		assertEquals(workingDirectory, System.getProperty("user.dir"));
	}

	@Test
	void helpOpensTheGuideAndTheShortcuts() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		assertTrue(commands.getCommand("org.bidbench.ui.bim.commands.userGuide").isDefined());
		assertTrue(commands.getCommand("org.bidbench.ui.bim.commands.keyboardShortcuts").isHandled());
		HelpDialog dialog = new HelpDialog(window().getShell(), 1);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			drain();
			assertEquals(1, dialog.selectedTab());
			screenshot("help-shortcuts.png");
			assertTrue(HelpDialog.shortcuts().size() >= 15);
			assertTrue(HelpDialog.shortcuts().stream().allMatch(s -> !s.keys().isBlank() && !s.action().isBlank()));
			assertTrue(EditorMessages.helpGuide.contains("W/A/S/D"), "the guide explains walk mode (in either language)");
		} finally {
			dialog.close();
		}
	}

	private static boolean isSpatial(IfcEntity e) {
		return e.isA("IfcSpatialStructureElement") || e.isA("IfcSpatialElement") || e.isA("IfcProject");
	}

	private static void flatten(ModelTreeNode node, List<ModelTreeNode> out) {
		out.add(node);
		for (ModelTreeNode c : node.children) {
			flatten(c, out);
		}
	}
}
