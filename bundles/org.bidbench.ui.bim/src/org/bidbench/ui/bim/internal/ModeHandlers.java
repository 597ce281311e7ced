package org.bidbench.ui.bim.internal;

import java.util.Map;

import org.bidbench.viewer.ViewerCanvas;
import org.eclipse.core.commands.ExecutionEvent;

/** The handlers of the view's modes: Walk with its eye height and step, and Measure. */
public final class ModeHandlers {

	private ModeHandlers() {
	}

	/** A handler that turns one mode of the view on, or off when it is on; checked while the mode lasts. */
	abstract static class ModeToggle extends ModelEditorHandler {
		private final ViewerCanvas.Mode mode;

		ModeToggle(ViewerCanvas.Mode mode) {
			this.mode = mode;
		}

		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			turn(editor, editor.viewer().mode() != mode);
		}

		abstract void turn(ModelEditor editor, boolean on);

		@Override
		Boolean checked(ModelEditor editor, Map<?, ?> parameters) {
			return editor.viewer().mode() == mode;
		}
	}

	/** Walk mode on, or off when it is on (Esc in the view ends it too). */
	public static final class Walk extends ModeToggle {
		public Walk() {
			super(ViewerCanvas.Mode.WALK);
		}

		@Override
		void turn(ModelEditor editor, boolean on) {
			editor.walk().start(on);
		}
	}

	/** Measure mode on, or off when it is on. */
	public static final class Measure extends ModeToggle {
		public Measure() {
			super(ViewerCanvas.Mode.MEASURE);
		}

		@Override
		void turn(ModelEditor editor, boolean on) {
			editor.viewer().setMode(on ? ViewerCanvas.Mode.MEASURE : ViewerCanvas.Mode.ORBIT);
		}
	}

	/**
	 * A handler that sets one of the walker's numbers to the command's parameter (metres), or without
	 * it to the next of its usual values; a menu item is checked when its parameter is the value now.
	 */
	abstract static class WalkNumber extends ModelEditorHandler {
		private final String parameter;
		private final double[] values;
		private final String commandId;

		WalkNumber(String parameter, double[] values, String commandId) {
			this.parameter = parameter;
			this.values = values;
			this.commandId = commandId;
		}

		abstract double value(ViewerCanvas viewer);

		abstract void set(ViewerCanvas viewer, double value);

		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			set(editor.viewer(), number(event, parameter, next(values, value(editor.viewer()))));
			editor.refreshCommandStates(commandId);
		}

		@Override
		Boolean checked(ModelEditor editor, Map<?, ?> parameters) {
			Object v = parameters.get(parameter);
			return v == null ? null : Math.abs(value(editor.viewer()) - Double.parseDouble(v.toString())) < 1e-9;
		}
	}

	/** The walker's eye height ({@code metres}); without it the next of {@link WalkMode#EYE_HEIGHTS}. */
	public static final class EyeHeight extends WalkNumber {
		public EyeHeight() {
			super(BimCommands.HEIGHT, WalkMode.EYE_HEIGHTS, BimCommands.EYE_HEIGHT);
		}

		@Override
		double value(ViewerCanvas viewer) {
			return viewer.eyeHeight();
		}

		@Override
		void set(ViewerCanvas viewer, double value) {
			viewer.setEyeHeight(value);
		}
	}

	/** The walker's step per key press ({@code metres}); without it the next of {@link WalkMode#STEPS}. */
	public static final class Step extends WalkNumber {
		public Step() {
			super(BimCommands.STEP, WalkMode.STEPS, BimCommands.WALK_STEP);
		}

		@Override
		double value(ViewerCanvas viewer) {
			return viewer.walkSpeed();
		}

		@Override
		void set(ViewerCanvas viewer, double value) {
			viewer.setWalkSpeed(value);
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
