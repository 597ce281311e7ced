package org.bidbench.demo.motion;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.demo.storyboard.StepView;
import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.demo.storyboard.Storyboard;

/**
 * The timeline of a storyboard: for each step a transition (the camera moving from the previous
 * step's view) and then a hold. Gives the camera at any moment of model time, so that playback in
 * the UI (driven by the wall clock) and video export (driven by the frame counter) show the same
 * motion.
 *
 * <p>A flight moves the target in a straight line and swings the eye around it on an arc: the
 * eye's bearing (azimuth) and elevation as seen from the target, and its distance from the target,
 * each go from the old value to the new one, all with {@link Easing#inOut}. Between two views from
 * opposite sides of a building the eye so circles the building at the distance it was seen from,
 * instead of flying a straight line through the middle of it (and its roof). A walk moves the
 * eye along its route at eased arc length while looking at a point a little ahead on the route, and
 * turns to the step's target as it arrives; a cut changes the view at once. The first step has no
 * transition.
 */
public final class Flythrough {

	/** Metres a walker's gaze runs ahead of the eye along the route. */
	static final double LOOK_AHEAD = 2.0;
	/** Walking speed, metres per second, before easing. */
	public static final double WALK_SPEED = 1.2;

	private final List<Segment> segments = new ArrayList<>();
	private final double duration;

	/** What the camera is doing at one moment. */
	public record Frame(CameraPose pose, int step, boolean moving) {
	}

	private record Segment(int step, double start, double transition, double hold, CameraPose from, CameraPose to,
			StoryStep.Transition kind, List<double[]> path, double pathLength) {
	}

	public Flythrough(Storyboard storyboard) {
		double t = 0;
		CameraPose previous = null;
		for (int i = 0; i < storyboard.steps().size(); i++) {
			StoryStep step = storyboard.steps().get(i);
			CameraPose pose = pose(step.view());
			StoryStep.Transition kind = previous == null ? StoryStep.Transition.CUT : step.transition();
			List<double[]> path = new ArrayList<>();
			double length = 0;
			double transition = 0;
			if (kind == StoryStep.Transition.WALK) {
				path.add(previous.eye());
				path.addAll(step.route());
				path.add(pose.eye());
				for (int k = 1; k < path.size(); k++) {
					length += CameraPose.distance(path.get(k - 1), path.get(k));
				}
				transition = Math.max(1.0, length / WALK_SPEED);
			} else if (kind == StoryStep.Transition.FLY) {
				transition = flightSeconds(previous, pose);
			}
			segments.add(new Segment(i, t, transition, step.seconds(), previous, pose, kind, path, length));
			t += transition + step.seconds();
			previous = pose;
		}
		duration = t;
	}

	/**
	 * How long a flight between two poses takes: long enough that neither the eye nor the view
	 * direction races (about 6 m/s and 60 degrees/s on average), never shorter than 1.5 s nor longer
	 * than 6 s.
	 */
	public static double flightSeconds(CameraPose from, CameraPose to) {
		double byDistance = flightLength(from, to) / 6.0;
		double byTurn = from.turnDegrees(to) / 60.0;
		double byTarget = CameraPose.distance(from.target(), to.target()) / 6.0;
		return Math.max(1.5, Math.min(6.0, Math.max(byDistance, Math.max(byTurn, byTarget))));
	}

	public static CameraPose pose(StepView view) {
		return new CameraPose(view.eye(), view.target(), view.fieldOfView());
	}

	/** Seconds of model time from the first frame to the end of the last hold. */
	public double duration() {
		return duration;
	}

	public int stepCount() {
		return segments.size();
	}

	/** When the transition into a step begins. */
	public double stepStart(int step) {
		return segments.get(step).start;
	}

	/** When the camera has arrived at a step (its hold begins). */
	public double arrival(int step) {
		Segment s = segments.get(step);
		return s.start + s.transition;
	}

	/** The camera at {@code seconds} of model time (clamped to the timeline). */
	public Frame at(double seconds) {
		if (segments.isEmpty()) {
			throw new IllegalStateException("the storyboard has no steps");
		}
		double t = Math.max(0, Math.min(duration, seconds));
		Segment s = segments.get(0);
		for (Segment candidate : segments) {
			if (candidate.start <= t) {
				s = candidate;
			} else {
				break;
			}
		}
		double into = t - s.start;
		if (into >= s.transition - 1e-9 || s.from == null) {
			return new Frame(s.to, s.step, false);
		}
		double u = into / s.transition;
		CameraPose pose = switch (s.kind) {
			case CUT -> s.to;
			case FLY -> fly(s.from, s.to, Easing.inOut(u));
			case WALK -> walk(s, Easing.inOut(u));
		};
		return new Frame(pose, s.step, true);
	}

	/** Metres the eye travels on the arc of a flight from one pose to another (measured along it). */
	public static double flightLength(CameraPose from, CameraPose to) {
		double length = 0;
		double[] last = from.eye();
		for (int i = 1; i <= 64; i++) {
			double[] eye = fly(from, to, i / 64.0).eye();
			length += CameraPose.distance(last, eye);
			last = eye;
		}
		return length;
	}

	/**
	 * The pose a fraction {@code k} (0..1, already eased) of the way through a flight: the target on
	 * the straight line, the eye at interpolated azimuth, elevation and distance around it.
	 */
	public static CameraPose fly(CameraPose a, CameraPose b, double k) {
		if (k <= 0) {
			return a;
		}
		if (k >= 1) {
			return b;
		}
		Orbit from = Orbit.of(a), to = Orbit.of(b);
		double fromAzimuth = from.overhead ? to.azimuth : from.azimuth;
		double toAzimuth = to.overhead ? fromAzimuth : to.azimuth;
		// the shorter way round; exactly opposite bearings turn anticlockwise, so the result never depends on rounding noise
		double turn = Math.IEEEremainder(toAzimuth - fromAzimuth, 2 * Math.PI);
		if (turn <= -Math.PI + 1e-9) {
			turn += 2 * Math.PI;
		}
		double azimuth = fromAzimuth + turn * k;
		double elevation = from.elevation + (to.elevation - from.elevation) * k;
		double distance = from.distance + (to.distance - from.distance) * k;
		double[] target = lerp(a.target(), b.target(), k);
		double horizontal = Math.cos(elevation) * distance;
		double[] eye = {target[0] + horizontal * Math.cos(azimuth), target[1] + horizontal * Math.sin(azimuth),
				target[2] + Math.sin(elevation) * distance};
		return new CameraPose(eye, target, a.fieldOfView() + (b.fieldOfView() - a.fieldOfView()) * k);
	}

	/**
	 * Where an eye is seen from its target: bearing in the ground plane (radians from +X towards +Y),
	 * elevation above it (radians, Z is up as in IFC) and distance. {@code overhead} marks an eye straight
	 * above or below the target, whose bearing means nothing.
	 */
	private record Orbit(double azimuth, double elevation, double distance, boolean overhead) {
		static Orbit of(CameraPose p) {
			double[] e = p.eye(), t = p.target();
			double x = e[0] - t[0], y = e[1] - t[1], z = e[2] - t[2];
			double ground = Math.hypot(x, y);
			double distance = Math.sqrt(ground * ground + z * z);
			return new Orbit(Math.atan2(y, x), Math.atan2(z, ground), distance, ground < 1e-6 * Math.max(1, distance));
		}
	}

	private static CameraPose walk(Segment s, double k) {
		double along = k * s.pathLength;
		double[] eye = pointAlong(s.path, along);
		double[] ahead = pointAlong(s.path, along + LOOK_AHEAD);
		if (CameraPose.distance(eye, ahead) < 1e-6) {
			ahead = s.to.target();
		}
		// Ahead along the route, but blended in from where the walker looked and out to where the step looks,
		// so the view turns smoothly at both ends.
		double start = Easing.inOut(Math.min(1, k / 0.25));
		double end = Easing.inOut(Math.max(0, (k - 0.75) / 0.25));
		double[] gaze = lerp(lerp(s.from.target(), ahead, start), s.to.target(), end);
		return new CameraPose(eye, gaze, s.from.fieldOfView() + (s.to.fieldOfView() - s.from.fieldOfView()) * k);
	}

	private static double[] pointAlong(List<double[]> path, double distance) {
		double left = distance;
		for (int i = 1; i < path.size(); i++) {
			double leg = CameraPose.distance(path.get(i - 1), path.get(i));
			if (left <= leg && leg > 0) {
				return lerp(path.get(i - 1), path.get(i), left / leg);
			}
			left -= leg;
		}
		double[] last = path.get(path.size() - 1);
		double[] before = path.size() > 1 ? path.get(path.size() - 2) : last;
		double leg = CameraPose.distance(before, last);
		// past the end: continue along the last leg so the gaze keeps its direction
		return leg == 0 ? last.clone() : lerp(before, last, 1 + Math.max(0, left) / leg);
	}

	private static double[] lerp(double[] a, double[] b, double k) {
		return new double[]{a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k};
	}
}
