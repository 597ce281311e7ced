package org.bidbench.viewer;

/** Directions the camera looks from, Z up: yaw and pitch of the eye around the target, in degrees. */
public enum StandardView {
	TOP(-90, 89.9), FRONT(-90, 0), BACK(90, 0), LEFT(180, 0), RIGHT(0, 0), ISO(-45, 30);

	final double yawDegrees;
	final double pitchDegrees;

	StandardView(double yawDegrees, double pitchDegrees) {
		this.yawDegrees = yawDegrees;
		this.pitchDegrees = pitchDegrees;
	}
}
