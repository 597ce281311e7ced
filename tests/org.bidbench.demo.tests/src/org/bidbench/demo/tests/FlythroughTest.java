package org.bidbench.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bidbench.demo.motion.CameraPose;
import org.bidbench.demo.motion.Easing;
import org.bidbench.demo.motion.Flythrough;
import org.bidbench.demo.storyboard.StepView;
import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.demo.storyboard.Storyboard;
import org.junit.jupiter.api.Test;

/** Playback never jumps: consecutive frames at 30 fps move the camera by a bounded amount. */
class FlythroughTest {

	static final double FPS = 30;

	static Storyboard board() {
		return new Storyboard("t", "", List.of(
				StoryStep.of("far", StepView.camera(new double[]{40, -30, 25}, new double[]{5, 5, 3}, 45), 2),
				StoryStep.of("close", StepView.camera(new double[]{8, 2, 1.6}, new double[]{5, 5, 1.5}, 60), 2),
				StoryStep.of("at the door", StepView.camera(new double[]{-3, -2, 1.6}, new double[]{5, 5, 1.6}, 45), 1),
				new StoryStep("walk", List.of(), StepView.camera(new double[]{3, 9, 1.6}, new double[]{3, 12, 1.6}, 70),
						List.of(), 2, StoryStep.Transition.WALK,
						List.of(new double[]{0, 0, 1.6}, new double[]{3, 0, 1.6}, new double[]{3, 6, 1.6}))));
	}

	@Test
	void noFrameMovesTheCameraMoreThanTheEasedFlightAllows() {
		Storyboard b = board();
		Flythrough f = new Flythrough(b);
		int frames = (int) Math.ceil(f.duration() * FPS);
		CameraPose previous = f.at(0).pose();
		double maxStepRatio = 0;
		for (int i = 1; i <= frames; i++) {
			Flythrough.Frame frame = f.at(i / FPS);
			CameraPose p = frame.pose();
			int step = frame.step();
			// the bound: the eased peak speed of the segment the frame is in, for one frame, plus 1 %
			double seconds = f.arrival(step) - f.stepStart(step);
			double moved = p.eyeDistance(previous);
			if (seconds > 0) {
				double segmentLength = b.steps().get(step).transition() == StoryStep.Transition.WALK
						? routeLength(b, step)
						: arcSpeedBound(b, step);
				double bound = Easing.PEAK_SLOPE * segmentLength / seconds / FPS * 1.01 + 1e-9;
				assertTrue(moved <= bound, "frame " + i + " moved the eye " + moved + " m, bound " + bound);
				maxStepRatio = Math.max(maxStepRatio, moved / bound);
				double turn = p.turnDegrees(previous);
				assertTrue(turn < 12, "frame " + i + " turned the view by " + turn + " degrees");
				assertTrue(Math.abs(p.fieldOfView() - previous.fieldOfView()) < 1, "field of view jumps at frame " + i);
			} else {
				assertEquals(0, moved, 1e-12, "frame " + i + " moved during a hold");
			}
			previous = p;
		}
		assertTrue(maxStepRatio > 0.5, "the bound is tight enough to mean something: " + maxStepRatio);
	}

	@Test
	void arrivesExactlyAtEachStepAndHolds() {
		Storyboard b = board();
		Flythrough f = new Flythrough(b);
		for (int i = 0; i < b.steps().size(); i++) {
			CameraPose at = f.at(f.arrival(i)).pose();
			assertEquals(Flythrough.pose(b.steps().get(i).view()), at, "arrived at step " + i);
			assertEquals(at, f.at(f.arrival(i) + b.steps().get(i).seconds() * 0.99).pose(), "holds step " + i);
		}
		assertEquals(f.arrival(3) + 2, f.duration(), 1e-9);
	}

	@Test
	void easingIsFlatAtBothEnds() {
		assertEquals(0, Easing.inOut(0));
		assertEquals(1, Easing.inOut(1));
		assertEquals(0.5, Easing.inOut(0.5), 1e-12);
		double h = 1e-4;
		assertTrue(Easing.inOut(h) / h < 1e-6, "starts with zero speed");
		assertTrue((1 - Easing.inOut(1 - h)) / h < 1e-6, "stops with zero speed");
		assertEquals(Easing.PEAK_SLOPE, (Easing.inOut(0.5 + h) - Easing.inOut(0.5 - h)) / (2 * h), 1e-6);
	}

	/**
	 * The most the eye of a flight can move per unit of (eased) progress: the eye is the target plus
	 * distance times a unit vector whose bearing and elevation change evenly, so its speed is at most
	 * the target's travel, plus the change of distance, plus the largest distance times the angles
	 * turned (bearing the short way round, and elevation).
	 */
	static double arcSpeedBound(Storyboard b, int step) {
		StepView from = b.steps().get(step - 1).view(), to = b.steps().get(step).view();
		double[] a = offset(from), c = offset(to);
		double da = norm(a), dc = norm(c);
		double turn = Math.abs(Math.IEEEremainder(Math.atan2(c[1], c[0]) - Math.atan2(a[1], a[0]), 2 * Math.PI));
		double rise = Math.abs(Math.atan2(c[2], Math.hypot(c[0], c[1])) - Math.atan2(a[2], Math.hypot(a[0], a[1])));
		double[] ta = from.target(), tc = to.target();
		double targetTravel = norm(new double[]{tc[0] - ta[0], tc[1] - ta[1], tc[2] - ta[2]});
		return targetTravel + Math.abs(dc - da) + Math.max(da, dc) * (turn + rise);
	}

	private static double[] offset(StepView v) {
		double[] e = v.eye(), t = v.target();
		return new double[]{e[0] - t[0], e[1] - t[1], e[2] - t[2]};
	}

	private static double norm(double[] v) {
		return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
	}

	private static double routeLength(Storyboard b, int step) {
		StoryStep s = b.steps().get(step);
		double[] from = b.steps().get(step - 1).view().eye();
		double length = 0;
		double[] last = from;
		List<double[]> points = new java.util.ArrayList<>(s.route());
		points.add(s.view().eye());
		for (double[] p : points) {
			length += Math.sqrt(Math.pow(p[0] - last[0], 2) + Math.pow(p[1] - last[1], 2) + Math.pow(p[2] - last[2], 2));
			last = p;
		}
		return length;
	}
}
