package org.bidbench.ui.bim.internal;

import java.util.Map;

import org.bidbench.viewer.ViewerCanvas;
import org.eclipse.core.commands.ExecutionEvent;

/** The handlers of the view's modes: Walk with its eye height and step, and Measure. */
public final class ModeHandlers {

	private ModeHandlers() {
	}

	/** Walk mode on, or off when it is on (Esc in the view ends it too). */
	public static final class Walk extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.walk().start(editor.viewer().mode() != ViewerCanvas.Mode.WALK);
		}

		@Override
		Boolean checked(ModelEditor editor, Map<?, ?> parameters) {
			return editor.viewer().mode() == ViewerCanvas.Mode.WALK;
		}
	}

	/** Measure mode on, or off when it is on. */
	public static final class Measure extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			boolean on = editor.viewer().mode() != ViewerCanvas.Mode.MEASURE;
			editor.viewer().setMode(on ? ViewerCanvas.Mode.MEASURE : ViewerCanvas.Mode.ORBIT);
		}

		@Override
		Boolean checked(ModelEditor editor, Map<?, ?> parameters) {
			return editor.viewer().mode() == ViewerCanvas.Mode.MEASURE;
		}
	}

	/** The walker's eye height ({@code metres}); without it the next of {@link WalkMode#EYE_HEIGHTS}. */
	public static final class EyeHeight extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.viewer().setEyeHeight(number(event, BimCommands.HEIGHT, next(WalkMode.EYE_HEIGHTS, editor.viewer().eyeHeight())));
			editor.refreshCommandStates(BimCommands.EYE_HEIGHT);
		}

		@Override
		Boolean checked(ModelEditor editor, Map<?, ?> parameters) {
			Object h = parameters.get(BimCommands.HEIGHT);
			return h == null ? null : Math.abs(editor.viewer().eyeHeight() - Double.parseDouble(h.toString())) < 1e-9;
		}
	}

	/** The walker's step per key press ({@code metres}). */
	public static final class Step extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.viewer().setWalkSpeed(number(event, BimCommands.STEP, next(WalkMode.STEPS, editor.viewer().walkSpeed())));
			editor.refreshCommandStates(BimCommands.WALK_STEP);
		}

		@Override
		Boolean checked(ModelEditor editor, Map<?, ?> parameters) {
			Object v = parameters.get(BimCommands.STEP);
			return v == null ? null : Math.abs(editor.viewer().walkSpeed() - Double.parseDouble(v.toString())) < 1e-9;
		}
	}

	/** The value after {@code current} in {@code values}, round again after the last. */
	static double next(double[] values, double current) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] > current + 1e-9) {
				return values[i];
			}
		}
		return values[0];
	}
}
