package org.bidbench.viewer;

import org.eclipse.swt.widgets.Display;

/**
 * Coarse while the camera moves, full when it stops: each camera move puts the renderer in its moving
 * mode (coarser levels of detail, occlusion answers a frame old, see
 * {@link SceneRenderer#setMoving(boolean)}) and asks for a frame; once no move has come for
 * {@link #STILL_AFTER_MILLIS}, one more frame is drawn still, at full detail. On a software rasteriser
 * a drag then follows the mouse, and the picture the user stops at is exact. UI thread only.
 */
final class ProgressiveRendering {

	/** A pause in the moves this long counts as the camera having stopped. */
	static final int STILL_AFTER_MILLIS = 200;

	private final Display display;
	private final SceneRenderer renderer;
	private final Runnable redraw;
	private long lastMoveNanos;
	private boolean waiting;
	private final Runnable settle = this::settle;

	ProgressiveRendering(Display display, SceneRenderer renderer, Runnable redraw) {
		this.display = display;
		this.renderer = renderer;
		this.redraw = redraw;
	}

	/** The camera has moved: draw coarse now, and full once it rests. */
	void moved() {
		renderer.setMoving(true);
		lastMoveNanos = System.nanoTime();
		if (!waiting) {
			waiting = true;
			display.timerExec(STILL_AFTER_MILLIS, settle);
		}
		redraw.run();
	}

	/** Whether the camera counts as moving (a frame drawn now is coarse). */
	boolean isMoving() {
		return renderer.isMoving();
	}

	private void settle() {
		if (display.isDisposed()) {
			return;
		}
		long quiet = (System.nanoTime() - lastMoveNanos) / 1_000_000;
		if (quiet < STILL_AFTER_MILLIS) {
			display.timerExec((int) (STILL_AFTER_MILLIS - quiet), settle);
			return;
		}
		waiting = false;
		renderer.setMoving(false);
		redraw.run();
	}
}
