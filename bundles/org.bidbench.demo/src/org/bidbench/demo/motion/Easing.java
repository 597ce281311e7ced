package org.bidbench.demo.motion;

/**
 * Ease-in-out: the camera starts and stops with zero speed, so arriving at a step and leaving it
 * never jerks. The smootherstep curve (6t^5 - 15t^4 + 10t^3) also has zero acceleration at both
 * ends; its largest slope is 15/8 at the middle, which bounds the speed of any transition.
 */
public final class Easing {

	/** The largest value of the curve's derivative: peak speed is this times the average speed. */
	public static final double PEAK_SLOPE = 15.0 / 8.0;

	private Easing() {
	}

	/** Maps 0..1 to 0..1, flat at both ends. Values outside are clamped. */
	public static double inOut(double t) {
		if (t <= 0) {
			return 0;
		}
		if (t >= 1) {
			return 1;
		}
		return t * t * t * (t * (t * 6 - 15) + 10);
	}
}
