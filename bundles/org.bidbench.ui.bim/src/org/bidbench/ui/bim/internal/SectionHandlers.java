package org.bidbench.ui.bim.internal;

import org.eclipse.core.commands.ExecutionEvent;

/** The handlers of the Section menu: a cut of a kind, moving the cuts, removing them. */
public final class SectionHandlers {

	private SectionHandlers() {
	}

	/** A cut ({@code kind}: horizontal, across_x, across_y, box); without it a horizontal cut. */
	public static final class Cut extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.sections().cut(SectionCuts.Kind.of(event.getParameter(BimCommands.KIND)));
		}
	}

	/** Moves the cuts {@link SectionCuts#STEP} out ({@code direction} out, the default) or in. */
	public static final class Move extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.sections().move("in".equals(event.getParameter(BimCommands.DIRECTION)) ? -SectionCuts.STEP : SectionCuts.STEP);
		}
	}

	public static final class Remove extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.sections().removeAll();
		}
	}
}
