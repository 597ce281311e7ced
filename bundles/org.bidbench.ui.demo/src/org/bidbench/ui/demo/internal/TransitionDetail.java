package org.bidbench.ui.demo.internal;

import org.bidbench.viewer.ViewerCanvas;

/**
 * How much of a frame is drawn while the camera flies between steps, chosen from the measured time
 * between frames: on a software rasteriser sharing two cores, a full-screen frame can take longer
 * than the 50 ms that 20 frames per second allow, so a slow frame makes the next ones coarser (drawn
 * at a share of the window's size and stretched, small elements skipped) and a run of quick ones
 * makes them finer again. At rest a frame is always drawn in full.
 */
public final class TransitionDetail {

	/** Share of the window's width and height drawn, per level. */
	static final float[] SCALES = {1f, 0.75f, 0.5f, 0.35f};
	/** Simplification (pixels of error allowed, in the smaller frame's pixels), per level. */
	static final float[] SIMPLIFICATION = {1f, 2f, 3f, 4f};
	/** Slower than this between two frames (about 28 frames per second): coarser next time. */
	private static final long SLOW_NANOS = 36_000_000L;
	/** Quicker than this for {@link #QUICK_RUN} frames in a row: finer. */
	private static final long QUICK_NANOS = 20_000_000L;
	private static final int QUICK_RUN = 6;

	private int level = 1; // the first transition starts a little reduced, the measurements take over
	private int quick;
	private int held = -1;
	/** Where a viewer keeps its own simplification, to go back to at rest. */
	private static final String REST_SIMPLIFICATION = "org.bidbench.demo.restSimplification";

	/** The level in use, 0 (full) to {@code SCALES.length - 1} (coarsest). */
	public int level() {
		return held >= 0 ? held : level;
	}

	/** Keeps one level whatever the frame times (tests); -1 adapts again. */
	public void hold(int value) {
		if (value < -1 || value >= SCALES.length) {
			throw new IllegalArgumentException("detail level " + value + " is not between -1 and " + (SCALES.length - 1));
		}
		held = value;
	}

	/** Told the time between the last two frames drawn in a transition. */
	void measured(long intervalNanos) {
		if (intervalNanos > SLOW_NANOS) {
			quick = 0;
			level = Math.min(SCALES.length - 1, level + 1);
		} else if (intervalNanos < QUICK_NANOS) {
			if (++quick >= QUICK_RUN) {
				quick = 0;
				level = Math.max(0, level - 1);
			}
		} else {
			quick = 0;
		}
	}

	/** Sets a viewer for the next frame: reduced in a transition, in full at rest. */
	void apply(ViewerCanvas viewer, boolean moving) {
		var renderer = viewer.renderer();
		if (!(viewer.getData(REST_SIMPLIFICATION) instanceof Float)) {
			viewer.setData(REST_SIMPLIFICATION, renderer.simplification());
		}
		float restSimplification = (Float) viewer.getData(REST_SIMPLIFICATION);
		int l = moving ? level() : 0;
		viewer.setDrawScale(SCALES[l]);
		renderer.setSimplification(l == 0 ? restSimplification : Math.max(restSimplification, SIMPLIFICATION[l]));
	}

	/** Whether a level draws fewer pixels or elements than the full frame. */
	static boolean reduced(int level) {
		return level > 0;
	}
}
