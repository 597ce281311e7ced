package org.bidbench.ui.bim.internal;

import static org.bidbench.ui.bim.internal.ModelEditorUiTest.drain;
import static org.bidbench.ui.bim.internal.ModelEditorUiTest.waitFor;
import static org.bidbench.ui.bim.internal.ModelEditorUiTest.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bidbench.geometry.BoundingBox;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.qto.EngineQuantitySource;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.viewer.Scene;
import org.bidbench.viewer.SectionPlane;
import org.bidbench.viewer.StandardView;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The take-off view on AC20-FZK-Haus in the running workbench: a pack runs as a job, its lines
 * appear, a line selects its elements in the scene and the tree, an element marks its lines; the
 * {@code bidbench://select/} link selects and frames; and screenshots of the perspective in the
 * states a demo shows (normal, X-ray of one storey, a section) are written under target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TakeoffViewUiTest {

	private static IWorkbenchPage page;
	private static ModelEditor editor;

	@BeforeAll
	static void openFzkHaus() throws Exception {
		editor = ModelEditorUiTest.openSampleInBimPerspective();
		page = editor.getSite().getPage();
	}

	@AfterAll
	static void close() {
		page.closeAllEditors(false);
		drain();
	}

	@Test
	@Order(1)
	void aPackRunsAndALineSelectsItsElements() throws Exception {
		TakeoffView view = (TakeoffView) page.showView(TakeoffView.ID);
		assertFalse(view.packs().isEmpty(), "the qto registry offers packs");
		assertTrue(view.choosePack("general-building"), "the general building pack is offered: "
				+ view.packs().stream().map(p -> p.getId()).toList());
		page.activate(editor);
		drain();
		Job job = view.runOnActiveModel();
		assertNotNull(job, "the take-off runs on the active model");
		job.join();
		waitFor(() -> view.result() != null, 30_000, "the take-off lines to be shown");
		drain();
		List<TakeoffLine> lines = view.result().lines();
		assertFalse(lines.isEmpty(), "the take-off has lines");
		// The meshes the editor loaded gave the quantities: the same lines as a take-off that tessellates itself.
		var measured = editor.loadedQuantities().get(30, java.util.concurrent.TimeUnit.SECONDS);
		assertTrue(measured != null && measured.isComplete() && measured.size() > 50,
				"the load gathered the meshes' quantities");
		assertTrue(view.summaryText().contains("not tessellated again"), view.summaryText());
		RulePack general = view.packs().stream().filter(p -> p.getId().equals("general-building")).findFirst().orElseThrow();
		try (GeometrySession session = GeometryEngines.getDefault().open(editor.model())) {
			EngineQuantitySource fresh = new EngineQuantitySource(session, "fresh", null);
			List<TakeoffLine> again = new TakeoffSession(editor.model(), fresh).run(general, () -> false).lines();
			assertEquals(again.size(), lines.size());
			for (int i = 0; i < lines.size(); i++) {
				assertEquals(again.get(i).key(), lines.get(i).key());
				assertEquals(again.get(i).quantity(), lines.get(i).quantity(), 1e-9, lines.get(i).key());
			}
		}
		assertEquals(lines.size() + view.result().noValues().size(), view.viewer().getTable().getItemCount(),
				"every line is a row, and every rule with elements that produced no value");
		// The Flags column counts the flags behind each line; rules whose elements produced no value follow the lines.
		org.eclipse.swt.widgets.Table rows = view.viewer().getTable();
		int flagsColumn = rows.getColumnCount() - 1;
		for (int i = 0; i < lines.size(); i++) {
			assertEquals(Integer.toString(view.result().flagsOf(lines.get(i)).size()), rows.getItem(i).getText(flagsColumn),
					lines.get(i).key());
		}
		for (int i = lines.size(); i < rows.getItemCount(); i++) {
			var none = view.result().noValues().get(i - lines.size());
			assertTrue(rows.getItem(i).getText(0).startsWith("(no value)"), rows.getItem(i).getText(0));
			assertEquals(none.reason(), rows.getItem(i).getText(2));
			assertEquals(Integer.toString(none.flags().size()), rows.getItem(i).getText(flagsColumn));
		}

		TakeoffLine walls = lines.stream().filter(l -> l.contributions().size() > 1
				&& l.contributions().stream().allMatch(c -> editor.scene().element(c.globalId()) != null)).findFirst()
				.orElseThrow(() -> new AssertionError("no line whose elements all have geometry: " + lines));
		view.select(walls);
		drain();
		BitSet expected = editor.scene().elementsOf(walls.globalIds());
		assertEquals(expected, editor.scene().selection(), "selecting line " + walls.key() + " selects its elements");
		assertEquals(Set.copyOf(walls.globalIds()), Set.copyOf(editor.scene().selectedGlobalIds()));
		PropertiesView properties = (PropertiesView) page.showView(PropertiesView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		view.select(lines.get(0));
		drain();
		view.select(walls);
		drain();
		assertEquals(walls.globalIds().get(0), properties.globalIdText(), "the properties show the line's first element");

		ModelTreeView tree = (ModelTreeView) page.findView(ModelTreeView.ID);
		if (tree != null && tree.editor() == editor) {
			assertEquals(walls.contributions().size(), tree.viewer().getStructuredSelection().size(),
					"the tree selects the line's elements");
		}

		Path exports = Files.createTempDirectory("takeoff-export");
		for (String name : new String[]{"fzk.csv", "fzk.xlsx", "fzk.json"}) {
			Path written = view.exportTo(exports.resolve(name));
			assertTrue(Files.size(written) > 0, name + " is written");
		}
		assertTrue(Files.readString(exports.resolve("fzk.csv")).contains(walls.globalIds().get(0)), "the CSV lists GlobalIds");
		assertEquals(exports.resolve("fzk.xlsx"), view.exportTo(exports.resolve("fzk")), "no known ending: XLSX");

		String one = walls.globalIds().get(0);
		view.markLinesOf(Set.of(one));
		assertTrue(view.linesOf(Set.of(one)).contains(walls), "the element's lines include the one it came from");
	}

	@Test
	@Order(2)
	void anElementLinkSelectsAndFrames() throws Exception {
		IfcEntity door = editor.model().instancesOf("IfcDoor").get(0);
		editor.scene().select(new BitSet());
		var before = editor.viewer().camera().target().clone();
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		var command = ParameterizedCommand.generateCommand(commands.getCommand(ElementLinkHandler.COMMAND_ID),
				Map.of(ElementLinkHandler.URI_PARAMETER, "bidbench://select/" + door.globalId()));
		assertEquals(Boolean.TRUE, handlers.executeCommand(command, null), "the link is followed");
		drain();
		assertEquals(List.of(door.globalId()), editor.scene().selectedGlobalIds(), "the door is selected");
		assertFalse(java.util.Arrays.equals(before, editor.viewer().camera().target()), "the view frames the door");

		assertThrows(IllegalArgumentException.class, () -> ElementLinks.parse("bidbench://select/short"));
		assertEquals(door.globalId(), ElementLinks.parse("bidbench://select/" + door.globalId().replace("$", "%24")).globalId());
		assertNotNull(ElementLinks.follow(page, "bidbench://select/0000000000000000000000"),
				"an unknown element gives a message, not an exception");

		// A link naming its model opens it and selects the element once it has loaded.
		Path other = Files.createTempDirectory("link").resolve("two walls.ifc");
		Files.writeString(other, """
				ISO-10303-21;
				HEADER;FILE_DESCRIPTION((''),'2;1');FILE_NAME('two walls.ifc','',(''),(''),'','','');FILE_SCHEMA(('IFC4'));ENDSEC;
				DATA;
				#1=IFCPROJECT('0YvctVUKr0kugbFTf53O9L',$,'Link',$,$,$,$,$,$);
				#2=IFCWALL('1YvctVUKr0kugbFTf53O9L',$,'Linked wall',$,$,$,$,$,$);
				ENDSEC;
				END-ISO-10303-21;
				""");
		assertNull(ElementLinks.follow(page, "bidbench://select/1YvctVUKr0kugbFTf53O9L?model=" + other), "the link is followed");
		ModelEditor opened = (ModelEditor) page.getActiveEditor();
		assertEquals("two walls.ifc", opened.getPartName());
		waitFor(() -> opened.getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection s && !s.isEmpty(),
				60_000, "the linked wall to be selected after loading");
		assertEquals("1YvctVUKr0kugbFTf53O9L",
				((IfcEntity) ((org.eclipse.jface.viewers.IStructuredSelection) opened.getSelection()).getFirstElement()).globalId());
		page.closeEditor(opened, false);
		page.activate(editor);
		drain();

		// What the editor area does with a dropped file: the Open Model command with the file, no dialog.
		var open = ParameterizedCommand.generateCommand(commands.getCommand(OpenModelHandler.COMMAND_ID),
				Map.of(OpenModelHandler.FILE_PARAMETER, ModelEditorUiTest.sample().toString()));
		assertEquals(editor, handlers.executeCommand(open, null), "an open model is brought to the front, not opened twice");
	}

	@Test
	@Order(3)
	void startupOpensTheDemoHouseOrTheNamedModel() throws Exception {
		Path demo = Files.createTempDirectory("demo-ws");
		Path cwd = Path.of("/home/someone");
		assertNull(StartupModel.requested(new String[0], demo, cwd).orElse(null), "not a demo workspace");
		Files.createDirectories(demo.resolve("models"));
		Files.writeString(demo.resolve(StartupModel.DEMO_MODEL), "ISO-10303-21;");
		Files.writeString(demo.resolve(StartupModel.DEMO_MARKER), "");
		assertEquals(demo.resolve("models/AC20-FZK-Haus.ifc"), StartupModel.requested(new String[0], demo, cwd).orElseThrow());
		assertEquals(Path.of("/home/someone/b.ifc"),
				StartupModel.requested(new String[]{"/ws", "--open", "b.ifc"}, demo, cwd).orElseThrow());
		assertEquals(Path.of("/m/c.ifc"), StartupModel.requested(new String[]{"--open=/m/c.ifc"}, null, cwd).orElseThrow());
		assertTrue(StartupModel.hasOpenArgument(new String[]{"/ws", "--open", "b.ifc"}));
		assertFalse(StartupModel.hasOpenArgument(new String[]{"/ws", "--open"}), "--open without a file is ignored");
	}

	@Test
	@Order(4)
	void savedViewpointsAreKeptWithTheWorkspaceAndRestored() throws Exception {
		Path file = editor.viewpoints().file();
		Files.deleteIfExists(file);
		editor.viewpoints().list().clear();
		editor.viewer().setView(StandardView.FRONT);
		editor.viewer().fitAll();
		editor.scene().setSections(List.of(SectionPlane.horizontal(1.5)));
		org.bidbench.viewer.Viewpoint saved = editor.viewpoints().save("Front cut");
		assertTrue(file.startsWith(SavedViewpoints.workspace()), "kept in the workspace: " + file);
		assertTrue(Files.isRegularFile(file), "written at once");
		var read = SavedViewpoints.load(file);
		assertEquals(List.of("Front cut"), read.stream().map(org.bidbench.viewer.Viewpoint::name).toList());

		editor.scene().setSections(List.of());
		editor.viewer().setView(StandardView.TOP);
		editor.viewpoints().restore(read.get(0));
		assertEquals(List.of(SectionPlane.horizontal(1.5)), editor.scene().sections(), "the section comes back");
		double[] eye = editor.viewer().camera().eye();
		for (int i = 0; i < 3; i++) {
			assertEquals(saved.eye()[i], eye[i], 1e-6, "the camera comes back");
		}
		editor.scene().setSections(List.of());

		editor.viewpoints().save("Second");
		editor.viewpoints().rename(0, "Front section at 1.5 m");
		assertEquals(List.of("Front section at 1.5 m", "Second"),
				SavedViewpoints.load(file).stream().map(org.bidbench.viewer.Viewpoint::name).toList(),
				"a rename is written at once");
		editor.viewpoints().delete(1);
		var left = SavedViewpoints.load(file);
		assertEquals(List.of("Front section at 1.5 m"), left.stream().map(org.bidbench.viewer.Viewpoint::name).toList(),
				"so is a deletion");
		assertEquals(List.of(SectionPlane.horizontal(1.5)), left.get(0).sections(), "renaming keeps the view");
		Files.deleteIfExists(file);
	}

	/** Not a check but the pictures of the note: normal, X-ray of one storey, a section. */
	@Test
	@Order(5)
	void screenshotsOfTheDemoStates() throws Exception {
		Path dir = Path.of(System.getProperty("bidbench.screenshots", "target/screenshots")).toAbsolutePath();
		Files.createDirectories(dir);
		Scene scene = editor.scene();
		Shell shell = window().getShell();
		shell.setBounds(0, 0, 1600, 1000);
		page.activate(editor);
		scene.select(new BitSet());
		scene.showAll();
		scene.clearXray();
		scene.setSections(List.of());
		editor.viewer().setView(StandardView.ISO);
		editor.viewer().fitAll();
		shoot(dir, "1-normal");

		IfcEntity groundFloor = editor.model().storeys().stream().filter(s -> "Erdgeschoss".equals(s.name()))
				.findFirst().orElseThrow();
		editor.select(List.of(groundFloor), false);
		BitSet storey = scene.selection();
		assertFalse(storey.isEmpty(), "the ground floor has elements in the scene");
		scene.select(new BitSet());
		scene.setXray(storey);
		shoot(dir, "2-xray-erdgeschoss");

		scene.clearXray();
		BoundingBox ground = scene.bounds(storey);
		scene.setSections(List.of(SectionPlane.horizontal(ground.minZ() + 1.2)));
		editor.viewer().setView(StandardView.ISO);
		editor.viewer().fitAll();
		shoot(dir, "3-section-1.2m");
		// a section box: the ground floor up to 1.2 m, its east third cut off
		scene.setSections(SectionPlane.box(new BoundingBox(ground.minX() - 1, ground.minY() - 1, ground.minZ() - 0.5,
				ground.maxX() - ground.sizeX() / 3, ground.maxY() + 1, ground.minZ() + 1.2)));
		shoot(dir, "4-section-box");
		scene.setSections(List.of());
		TakeoffView view = (TakeoffView) page.showView(TakeoffView.ID);
		view.colourByLines(true);
		page.activate(editor);
		shoot(dir, "5-colour-by-takeoff-line");
		view.colourByLines(false);
		// A row with flags selected: the flags behind it, each with its element, under the lines.
		Object flagged = view.rows().stream().filter(r -> r instanceof org.bidbench.qto.TakeoffResult.NoValue || r instanceof TakeoffLine line
				&& !view.flagsOf(line).isEmpty()).findFirst().orElse(null);
		if (flagged != null) {
			view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(flagged), true);
			drain();
			assertFalse(view.flagViewer().getTable().getItemCount() == 0, "the flags of the selected row are listed");
		}
		shoot(dir, "6-takeoff-flags");
		System.out.println("SCREENSHOTS in " + dir);
	}

	@Test
	@Order(6)
	void linesColourTheModelStoreysFilterWalkingStandsOnTheFloorAndABoxCuts() throws Exception {
		Scene scene = editor.scene();
		scene.showAll();
		scene.select(new BitSet());
		scene.setSections(List.of());
		TakeoffView view = (TakeoffView) page.showView(TakeoffView.ID);
		TakeoffLine walls = view.result().lines().stream().filter(l -> l.contributions().size() > 1).findFirst()
				.orElseThrow();
		view.colourByLines(true);
		drain();
		var colour = view.lineColour(walls);
		assertNotNull(colour, "the first line with several elements has a colour of its own");
		int element = scene.element(walls.globalIds().get(0)).index();
		var painted = scene.colour(element);
		assertNotNull(painted, "its elements are painted");
		// in the line's colour, to the 8 bits per channel the viewer keeps
		assertEquals(colour.red(), painted.red(), 1 / 255f);
		assertEquals(colour.green(), painted.green(), 1 / 255f);
		assertEquals(colour.blue(), painted.blue(), 1 / 255f);
		// the legend follows the recolouring: it lists the lines now, not a "Colour by" mode shown before
		assertEquals(view.getPartName(), editor.legend().mode(), "the legend explains the take-off colours");
		assertTrue(editor.legend().control().getVisible());
		assertTrue(editor.legend().names().stream().anyMatch(n -> n.startsWith(walls.description())),
				walls.description() + " in " + editor.legend().names());
		assertEquals(view.result().lines().stream().filter(l -> view.lineColour(l) != null).count(),
				editor.legend().names().size(), "one legend entry per coloured line");
		view.colourByLines(false);
		assertNull(scene.colour(element), "and get their own colours back");
		assertFalse(editor.legend().control().getVisible(), "the legend goes with the take-off colours");
		assertNull(editor.legend().mode());

		IfcEntity upper = editor.model().storeys().stream().filter(s -> "Dachgeschoss".equals(s.name())).findFirst()
				.orElseThrow();
		assertEquals(List.of("Erdgeschoss", "Dachgeschoss"), editor.storeys().bottomUp().stream().map(IfcEntity::name).toList());
		// the Storeys menu counts what the model tree counts beside the storey (both are "elements")
		ModelTreeView tree = (ModelTreeView) page.showView(ModelTreeView.ID);
		drain();
		String treeLabel = tree.labelOf(upper);
		assertTrue(treeLabel.endsWith("(" + ModelStoreys.containedCount(editor.model().spatialTree(), upper) + ")"), treeLabel);
		ModelEditorUiTest.run(BimCommands.SHOW_STOREY, BimCommands.STOREY, Integer.toString(upper.id()));
		BitSet shown = editor.storeys().elements(upper);
		assertFalse(shown.isEmpty());
		for (int i = 0; i < scene.elementCount(); i++) {
			if (!scene.element(i).ifcClass().equalsIgnoreCase("IfcSpace")) { // spaces stay behind the Spaces switch
				assertEquals(!shown.get(i), scene.isHidden(i), "only the upper storey is shown: " + scene.element(i));
			}
		}
		// the roof storey's walls stand on the ground floor's ceiling, 2.7 m up in this house
		double floor = editor.storeys().walkFloor();
		assertTrue(floor > 2 && floor < 3.5, "the upper floor is at " + floor);
		ModelEditorUiTest.run(BimCommands.WALK);
		assertEquals(floor + 1.6, editor.viewer().camera().eye()[2], 1e-6, "eyes 1.6 m above that floor");
		ModelEditorUiTest.run(BimCommands.WALK);
		ModelEditorUiTest.run(BimCommands.SHOW_STOREY);
		assertTrue(scene.hidden().isEmpty(), "all storeys again");
		double ground = editor.storeys().walkFloor();
		assertTrue(Math.abs(ground) < 0.5, "the ground floor (elevation 0) is near 0: " + ground);

		// a box select over the whole view finds what shows: the house from outside, not its hidden inside
		scene.select(new BitSet());
		var canvas = editor.viewer().glCanvas();
		editor.viewer().fitAll();
		drain();
		editor.viewer().boxSelect(0, 0, canvas.getSurfaceWidth() - 1, canvas.getSurfaceHeight() - 1);
		drain();
		int boxed = scene.selection().cardinality();
		assertTrue(boxed > 10 && boxed < scene.elementCount(), boxed + " of " + scene.elementCount() + " elements boxed");
		assertEquals(boxed, scene.selectedGlobalIds().size());

		scene.select(scene.elementsOf(walls.globalIds()));
		BoundingBox selected = scene.bounds(scene.selection());
		var box = org.bidbench.viewer.SectionPlane.box(selected);
		scene.setSections(box);
		assertEquals(6, scene.sections().size());
		scene.moveSections(-0.1);
		assertEquals(selected.maxX() - 0.1, scene.sections().get(0).x(), 1e-9, "PageDown cuts 10 cm deeper");
		scene.setSections(List.of());
		scene.select(new BitSet());
	}

	private static void shoot(Path dir, String name) throws Exception {
		Display display = Display.getCurrent();
		editor.viewer().requestRedraw();
		drain();
		editor.viewer().capture().writePng(dir.resolve(name + "-canvas.png"));
		drain();
		Rectangle area = window().getShell().getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader png = new ImageLoader();
			png.data = new org.eclipse.swt.graphics.ImageData[]{image.getImageData()};
			png.save(dir.resolve(name + "-window.png").toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
