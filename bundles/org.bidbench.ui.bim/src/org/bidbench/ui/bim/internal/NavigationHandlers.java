package org.bidbench.ui.bim.internal;

import java.util.Locale;
import java.util.Map;

import org.bidbench.viewer.StandardView;
import org.eclipse.core.commands.ExecutionEvent;

/** The handlers of the navigation commands: Fit all, Fit selection, the standard views, Orthographic. */
public final class NavigationHandlers {

	private NavigationHandlers() {
	}

	public static final class FitAll extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.viewer().fitAll();
		}
	}

	public static final class FitSelection extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.viewer().fitSelection();
		}
	}

	/** One of the standard views ({@code view}: top, front, back, left, right, iso); without it the iso view. */
	public static final class StandardViewHandler extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			String view = event.getParameter(BimCommands.VIEW);
			editor.viewer().setView(view == null ? StandardView.ISO : StandardView.valueOf(view.toUpperCase(Locale.ROOT)));
		}
	}

	public static final class Orthographic extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.viewer().setOrthographic(!editor.viewer().camera().isOrthographic());
			editor.refreshCommandStates(BimCommands.ORTHOGRAPHIC);
		}

		@Override
		Boolean checked(ModelEditor editor, Map<?, ?> parameters) {
			return editor.viewer().camera().isOrthographic();
		}
	}
}
