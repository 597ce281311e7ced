package org.bidbench.ui.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.bidbench.demo.motion.Flythrough;
import org.bidbench.demo.price.ClientQuote;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.ui.demo.render.StepViews;
import org.bidbench.ui.demo.render.StoryboardFrames;
import org.bidbench.viewer.ViewerCanvas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Plays a storyboard on one or more viewers: a timer at the display's pace (about 60 Hz, frames
 * are drawn as fast as the viewer manages) takes the camera from the flythrough at the elapsed
 * model time, so a slow frame makes the next one jump ahead in time, never slows the story. Pause,
 * next and previous from the keyboard or a presenter remote (Page Down / Page Up, Right / Left,
 * Space, Esc).
 */
public final class Playback {

	private static final int TICK_MILLIS = 16;

	private final Storyboard storyboard;
	private final ClientQuote quote;
	private final List<ViewerCanvas> viewers;
	private final Flythrough flythrough;
	private final List<IntConsumer> stepListeners = new ArrayList<>();
	private final List<Runnable> endListeners = new ArrayList<>();
	private final Listener keys = this::key;
	private double position; // model seconds
	private long lastTick;
	private boolean paused;
	private boolean running;
	private int shownStep = -1;
	private int frames;
	private long startNanos;
	private Flythrough.Frame drawn;
	private int movingFrames;
	private long movingNanos;
	private long lastMovingDraw;
	private long longestMovingNanos;
	private final TransitionDetail detail = new TransitionDetail();
	private int reducedFrames;

	public Playback(Storyboard storyboard, ClientQuote quote, List<ViewerCanvas> viewers) {
		this.storyboard = storyboard;
		this.quote = quote;
		this.viewers = List.copyOf(viewers);
		this.flythrough = new Flythrough(storyboard);
	}

	public void onStep(IntConsumer l) {
		stepListeners.add(l);
	}

	public void onEnd(Runnable r) {
		endListeners.add(r);
	}

	public Flythrough flythrough() {
		return flythrough;
	}

	public void start(int fromStep) {
		position = flythrough.stepStart(Math.max(0, Math.min(fromStep, flythrough.stepCount() - 1)));
		running = true;
		paused = false;
		lastTick = System.nanoTime();
		startNanos = lastTick;
		Display.getCurrent().addFilter(SWT.KeyDown, keys);
		for (ViewerCanvas v : viewers) {
			v.prepareDrawScale(); // at rest before the first flight, not in the flight's first frame
		}
		tick();
	}

	public void stop() {
		if (!running) {
			return;
		}
		running = false;
		for (ViewerCanvas v : viewers) {
			if (!v.isDisposed()) {
				detail.apply(v, false); // a viewer that lives on draws in full
			}
		}
		Display d = Display.getCurrent();
		if (d != null) {
			d.removeFilter(SWT.KeyDown, keys);
		}
		endListeners.forEach(Runnable::run);
	}

	public boolean isRunning() {
		return running;
	}

	public boolean isPaused() {
		return paused;
	}

	public void togglePause() {
		paused = !paused;
		lastTick = System.nanoTime();
	}

	/** Jumps to the transition into the next step (or the previous one). */
	public void step(int delta) {
		int current = flythrough.at(position).step();
		int target = Math.max(0, Math.min(flythrough.stepCount() - 1, current + delta));
		// forward flies into the next step; back cuts to the previous one (flying backwards would replay the way in)
		position = delta > 0 ? flythrough.stepStart(target) : flythrough.arrival(target);
		lastTick = System.nanoTime();
		draw();
	}

	/**
	 * Frames drawn per second of wall-clock time while the camera was flying between steps (the
	 * figure the presenter sees as smooth or not; at rest nothing is redrawn).
	 */
	public double transitionFramesPerSecond() {
		return movingNanos <= 0 ? 0 : movingFrames / (movingNanos / 1e9);
	}

	/**
	 * The lowest frame rate of any frame in a transition: one over the longest time between two
	 * frames while the camera was flying (the goal is that it never drops below 20 frames/s).
	 */
	public double slowestTransitionFramesPerSecond() {
		return longestMovingNanos <= 0 ? 0 : 1e9 / longestMovingNanos;
	}

	/** How much of a frame is drawn in transitions (adapted to the frame times). */
	public TransitionDetail transitionDetail() {
		return detail;
	}

	/** Frames drawn reduced (smaller, or small elements skipped) in transitions so far. */
	public int reducedFrames() {
		return reducedFrames;
	}

	/** The detail level in use now (0 full). */
	public int detailLevel() {
		return detail.level();
	}

	/** Frames drawn in transitions so far. */
	public int transitionFrames() {
		return movingFrames;
	}

	/** Model seconds now. */
	public double position() {
		return position;
	}

	public int currentStep() {
		return flythrough.at(position).step();
	}

	/** Frames drawn per second of wall-clock time since the start. */
	public double framesPerSecond() {
		double s = (System.nanoTime() - startNanos) / 1e9;
		return s <= 0 ? 0 : frames / s;
	}

	private void tick() {
		if (!running || viewers.stream().allMatch(ViewerCanvas::isDisposed)) {
			stop();
			return;
		}
		long now = System.nanoTime();
		if (!paused) {
			position += (now - lastTick) / 1e9;
		}
		lastTick = now;
		draw();
		if (position >= flythrough.duration()) {
			stop();
			return;
		}
		// the tick's period counts from its start: a slow frame is followed at once, not after a further 16 ms
		long spent = (System.nanoTime() - now) / 1_000_000;
		Display.getCurrent().timerExec((int) Math.max(1, TICK_MILLIS - spent), this::tick);
	}

	private void draw() {
		Flythrough.Frame f = flythrough.at(position);
		if (drawn != null && f.step() == shownStep && !f.moving() && !drawn.moving() && f.pose().equals(drawn.pose())) {
			// at rest on a step the picture is already there (an expose redraws by itself), but a viewer
			// whose surface was not ready for the first frame gets its reduced drawing prepared now, at rest
			for (ViewerCanvas v : viewers) {
				if (!v.isDisposed() && v.isDrawScalePending()) {
					v.glCanvas().display();
				}
			}
			return;
		}
		long now = System.nanoTime();
		if (f.moving()) {
			if (drawn != null && drawn.moving()) {
				long interval = now - lastMovingDraw;
				movingNanos += interval;
				movingFrames++;
				longestMovingNanos = Math.max(longestMovingNanos, interval);
				detail.measured(interval);
			}
			lastMovingDraw = now;
		}
		drawn = f;
		if (f.step() != shownStep) {
			shownStep = f.step();
			for (ViewerCanvas v : viewers) {
				if (!v.isDisposed()) {
					StoryboardFrames.applyStep(v.scene(), v.camera(), storyboard.steps().get(shownStep), quote);
				}
			}
			for (IntConsumer l : stepListeners) {
				l.accept(shownStep);
			}
		}
		if (f.moving() && TransitionDetail.reduced(detail.level())) {
			reducedFrames++;
		}
		for (ViewerCanvas v : viewers) {
			if (!v.isDisposed()) {
				// coarser while flying if frames come too slowly; the frame at rest always in full
				detail.apply(v, f.moving());
				StepViews.place(v.camera(), f.pose());
				v.glCanvas().display(); // now, not at the next idle: the timer sets the pace
			}
		}
		frames++;
	}

	private void key(Event e) {
		switch (e.keyCode) {
			case SWT.PAGE_DOWN, SWT.ARROW_RIGHT -> step(1);
			case SWT.PAGE_UP, SWT.ARROW_LEFT -> step(-1);
			case SWT.ESC -> stop();
			default -> {
				if (e.character == ' ') {
					togglePause();
				} else {
					return;
				}
			}
		}
		e.doit = false;
	}
}
