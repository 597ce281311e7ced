package org.bidbench.ui.bim.internal;

import java.util.Map;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.viewer.Scene;
import org.eclipse.core.commands.ExecutionEvent;

/** The handlers of what the view shows: Hide, Isolate, Show all, X-ray, Colour by, Storeys, Spaces. */
public final class DisplayHandlers {

	private DisplayHandlers() {
	}

	public static final class Hide extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.scene().setHidden(editor.scene().selection(), true);
		}
	}

	public static final class Isolate extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.scene().isolate(editor.scene().selection());
		}
	}

	public static final class ShowAll extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.scene().showAll();
		}
	}

	/** Everything but the selection see-through; pressed while on, and released by whatever ends it. */
	public static final class Xray extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			Scene scene = editor.scene();
			if (scene.isXray()) {
				scene.clearXray();
			} else {
				scene.setXray(scene.selection());
			}
			editor.refreshCommandStates(BimCommands.XRAY);
		}

		@Override
		Boolean checked(ModelEditor editor, Map<?, ?> parameters) {
			return editor.scene().isXray();
		}
	}

	/** One "Colour by" mode ({@code mode}); without it (the tool bar button) the next mode. */
	public static final class ColourBy extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			String mode = event.getParameter(BimCommands.MODE);
			ColourModes.Mode[] all = ColourModes.Mode.values();
			editor.colours().apply(mode != null ? ColourModes.Mode.of(mode) : all[(editor.colours().mode().ordinal() + 1) % all.length]);
		}

		@Override
		Boolean checked(ModelEditor editor, Map<?, ?> parameters) {
			Object mode = parameters.get(BimCommands.MODE);
			return mode == null ? null : !editor.colours().takeoffColours() && editor.colours().mode().parameter().equals(mode);
		}
	}

	/** One storey alone ({@code storey}: its entity id); without it all storeys. */
	public static final class ShowStorey extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			String id = event.getParameter(BimCommands.STOREY);
			IfcEntity storey = id == null || editor.model() == null ? null : editor.model().entity(Integer.parseInt(id));
			editor.storeys().show(storey);
		}

		@Override
		Boolean checked(ModelEditor editor, Map<?, ?> parameters) {
			Object id = parameters.get(BimCommands.STOREY);
			IfcEntity shown = editor.storeys().shown();
			return id == null ? shown == null : shown != null && Integer.toString(shown.id()).equals(id);
		}
	}

	/** The rooms' volumes (IfcSpace) shown or not. */
	public static final class Spaces extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.scene().setSpacesVisible(!editor.scene().spacesVisible());
			editor.refreshCommandStates(BimCommands.SPACES);
		}

		@Override
		Boolean checked(ModelEditor editor, Map<?, ?> parameters) {
			return editor.scene().spacesVisible();
		}
	}
}
