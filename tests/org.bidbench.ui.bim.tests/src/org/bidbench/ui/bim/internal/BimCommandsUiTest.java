package org.bidbench.ui.bim.internal;

import static org.bidbench.ui.bim.internal.ModelEditorUiTest.drain;
import static org.bidbench.ui.bim.internal.ModelEditorUiTest.openSampleInBimPerspective;
import static org.bidbench.ui.bim.internal.ModelEditorUiTest.run;
import static org.bidbench.ui.bim.internal.ModelEditorUiTest.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.bidbench.viewer.RgbImage;
import org.bidbench.viewer.ViewerCanvas;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The model editor's actions as workbench commands: each declared command has a handler, a name in
 * English and Chinese, and an icon at 16 and 32 px; the main ones have keys; they act on the open
 * AC20-FZK-Haus as their buttons did; and the 3D viewer preferences reach the open view.
 */
class BimCommandsUiTest {

	private static final String BUNDLE = "org.bidbench.ui.bim";

	@AfterEach
	void closeEditors() {
		window().getActivePage().closeAllEditors(false);
		drain();
	}

	private static List<IConfigurationElement> ours(String point) {
		List<IConfigurationElement> out = new ArrayList<>();
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
			if (BUNDLE.equals(e.getContributor().getName())) {
				out.add(e);
			}
		}
		return out;
	}

	private static Properties properties(Bundle bundle, String name) throws Exception {
		Properties p = new Properties();
		try (InputStream in = bundle.getEntry(name).openStream(); Reader r = new InputStreamReader(in, StandardCharsets.ISO_8859_1)) {
			p.load(r);
		}
		return p;
	}

	private static ImageData image(Bundle bundle, String path) throws Exception {
		var url = bundle.getEntry(path);
		assertNotNull(url, path + " is in the bundle");
		try (InputStream in = url.openStream()) {
			return new ImageData(in);
		}
	}

	@Test
	void everyCommandHasAHandlerANameInBothLanguagesAndAnIconAtTwoSizes() throws Exception {
		Bundle bundle = Platform.getBundle(BUNDLE);
		Properties english = properties(bundle, "plugin.properties");
		Properties chinese = properties(bundle, "plugin_zh.properties");
		Set<String> handled = new TreeSet<>();
		for (IConfigurationElement h : ours("org.eclipse.ui.handlers")) {
			handled.add(h.getAttribute("commandId"));
		}
		Map<String, String> icons = new HashMap<>();
		for (IConfigurationElement i : ours("org.eclipse.ui.commandImages")) {
			icons.put(i.getAttribute("commandId"), i.getAttribute("icon"));
		}
		ICommandService commands = window().getService(ICommandService.class);
		List<String> ids = new ArrayList<>();
		for (IConfigurationElement c : ours("org.eclipse.ui.commands")) {
			if (!c.getName().equals("command")) {
				continue;
			}
			String id = c.getAttribute("id");
			ids.add(id);
			assertTrue(commands.getCommand(id).isDefined(), id);
			assertTrue(handled.contains(id), id + " has a handler");
			// plugin.xml names each command by the key command.<last name>; the registry shows it translated
			String key = "command." + id.substring(id.lastIndexOf('.') + 1);
			String en = english.getProperty(key), zh = chinese.getProperty(key);
			assertTrue(en != null && !en.isBlank(), id + " has an English name under " + key);
			assertEquals(en, c.getAttribute("name"), id + " is named by " + key + " (the tests run in English)");
			assertTrue(zh != null && zh.chars().anyMatch(ch -> ch >= 0x4e00 && ch <= 0x9fff), id + " has a Chinese name: " + zh);
			String description = english.getProperty(key + ".description");
			assertEquals(description, c.getAttribute("description"), id + " is described by " + key + ".description");
			assertTrue(chinese.containsKey(key + ".description"), id + " has a Chinese description");
			String icon = icons.get(id);
			assertNotNull(icon, id + " has an icon");
			ImageData small = image(bundle, icon);
			ImageData large = image(bundle, icon.replace(".png", "@2x.png"));
			assertEquals(16, small.width, icon);
			assertEquals(16, small.height, icon);
			assertEquals(32, large.width, icon);
			assertEquals(32, large.height, icon);
		}
		// the actions of the issue, each a command of its own
		for (String id : List.of(OpenModelHandler.COMMAND_ID, BimCommands.FIT_ALL, BimCommands.FIT_SELECTION, BimCommands.STANDARD_VIEW,
				BimCommands.HIDE, BimCommands.ISOLATE, BimCommands.SHOW_ALL, BimCommands.XRAY, BimCommands.COLOUR_BY, BimCommands.SHOW_STOREY,
				BimCommands.SECTION, BimCommands.WALK, BimCommands.MEASURE, BimCommands.SAVE_VIEWPOINT, BimCommands.RUN_TAKEOFF)) {
			assertTrue(ids.contains(id), id + " is declared");
		}
		assertTrue(ids.size() >= 29, ids.toString());
	}

	@Test
	void theMainCommandsHaveKeysInTheModelEditor() {
		IBindingService bindings = window().getService(IBindingService.class);
		Map<String, String> keys = new HashMap<>();
		for (Binding b : bindings.getBindings()) {
			if (b.getParameterizedCommand() != null && b.getType() == Binding.SYSTEM
					&& "org.eclipse.ui.defaultAcceleratorConfiguration".equals(b.getSchemeId())) {
				keys.put(b.getParameterizedCommand().getId() + (b.getParameterizedCommand().getParameterMap().isEmpty() ? "" : "?"),
						b.getTriggerSequence().format() + " in " + b.getContextId());
			}
		}
		for (String id : List.of(BimCommands.FIT_ALL, BimCommands.FIT_SELECTION, BimCommands.HIDE, BimCommands.ISOLATE, BimCommands.SHOW_ALL,
				BimCommands.XRAY, BimCommands.SECTION, BimCommands.WALK, BimCommands.MEASURE, BimCommands.SAVE_VIEWPOINT, BimCommands.RUN_TAKEOFF)) {
			assertTrue(keys.containsKey(id), id + " has a key: " + keys);
			assertTrue(keys.get(id).endsWith(" in " + BimCommands.CONTEXT), id + " holds in the model editor: " + keys.get(id));
		}
		assertTrue(keys.containsKey(BimCommands.STANDARD_VIEW + "?"), "a standard view has a key");
		assertTrue(keys.containsKey(OpenModelHandler.COMMAND_ID), "Open Model has its key");
	}

	@Test
	void theCommandsActOnTheOpenModelAndFollowTheSelection() throws Exception {
		ModelEditor editor = openSampleInBimPerspective();
		var scene = editor.scene();
		ICommandService commands = window().getService(ICommandService.class);
		List<String> walls = new ArrayList<>();
		for (var e : scene.elements()) {
			if (e.ifcClass().toUpperCase().startsWith("IFCWALL") && walls.size() < 2) {
				walls.add(e.globalId());
			}
		}
		editor.selectGlobalIds(List.of(), false);
		drain();
		assertFalse(commands.getCommand(BimCommands.HIDE).isEnabled(), "Hide needs a selection");
		editor.selectGlobalIds(walls, false);
		drain();
		assertTrue(commands.getCommand(BimCommands.HIDE).isEnabled(), "and has one now");
		BitSet selected = (BitSet) scene.selection().clone();
		run(BimCommands.HIDE);
		assertEquals(selected, scene.hidden(), "Hide hides the two walls");
		run(BimCommands.SHOW_ALL);
		assertTrue(scene.hidden().isEmpty());
		run(BimCommands.ISOLATE);
		assertFalse(scene.hidden().intersects(selected), "Isolate keeps the walls");
		assertTrue(scene.hidden().cardinality() > scene.elementCount() / 2, "and hides the rest: " + scene.hidden().cardinality());
		run(BimCommands.SHOW_ALL);

		run(BimCommands.SECTION, BimCommands.KIND, "box");
		assertEquals(6, scene.sections().size(), "a section box has six planes");
		var before = scene.sections().get(0);
		run(BimCommands.MOVE_SECTION, BimCommands.DIRECTION, "out");
		assertFalse(before.equals(scene.sections().get(0)), "the cut moves");
		run(BimCommands.REMOVE_SECTIONS);
		assertTrue(scene.sections().isEmpty());

		run(BimCommands.MEASURE);
		assertEquals(ViewerCanvas.Mode.MEASURE, editor.viewer().mode());
		assertTrue(editor.toolBar().item(BimCommands.MEASURE).getSelection(), "the Measure button is pressed");
		run(BimCommands.MEASURE);
		assertEquals(ViewerCanvas.Mode.ORBIT, editor.viewer().mode());
		assertFalse(editor.toolBar().item(BimCommands.MEASURE).getSelection());

		run(BimCommands.ORTHOGRAPHIC);
		assertTrue(editor.viewer().camera().isOrthographic());
		run(BimCommands.ORTHOGRAPHIC);
		run(BimCommands.SPACES);
		assertTrue(scene.spacesVisible());
		run(BimCommands.SPACES);
		run(BimCommands.EYE_HEIGHT, BimCommands.HEIGHT, "1.2");
		assertEquals(1.2, editor.viewer().eyeHeight(), 1e-9);

		run(BimCommands.RUN_TAKEOFF);
		IWorkbenchPage page = window().getActivePage();
		assertNotNull(page.findView(TakeoffView.ID), "Run take-off shows the take-off view");
		assertEquals(editor, page.getActiveEditor());
		org.eclipse.core.runtime.jobs.Job.getJobManager().join(TakeoffView.FAMILY, null);
		drain();
	}

	@Test
	void aChangedViewerPreferenceReachesTheOpenView() throws Exception {
		ModelEditor editor = openSampleInBimPerspective();
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ViewerPreferences.QUALIFIER);
		try {
			node.put(ViewerPreferences.BACKGROUND, "20,90,160");
			node.put(ViewerPreferences.LOD_TOLERANCE, "3");
			node.put(ViewerPreferences.WALK_SPEED, "2");
			drain();
			float[] background = editor.viewer().renderer().background();
			assertEquals(20 / 255f, background[0], 1e-6);
			assertEquals(160 / 255f, background[2], 1e-6);
			assertEquals(3f, editor.viewer().renderer().simplification());
			assertEquals(2 * ViewerPreferences.SECONDS_PER_STEP, editor.viewer().walkSpeed(), 1e-9);
			// and the picture shows it: the corner of the view is background
			editor.viewer().fitAll();
			RgbImage frame = editor.viewer().capture();
			assertEquals(20, frame.red(0, 0), 3, "the new background is drawn");
			assertEquals(160, frame.blue(0, 0), 3);
		} finally {
			node.remove(ViewerPreferences.BACKGROUND);
			node.remove(ViewerPreferences.LOD_TOLERANCE);
			node.remove(ViewerPreferences.WALK_SPEED);
			drain();
		}
		float[] back = editor.viewer().renderer().background();
		assertEquals(242 / 255f, back[0], 1e-6, "the default again when the preference is removed");
	}
}
