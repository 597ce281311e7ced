package org.bidbench.demo.motion;

import java.util.Arrays;

/**
 * Where the camera is at one moment: eye, the point looked at, and the vertical field of view.
 */
public record CameraPose(double[] eye, double[] target, double fieldOfView) {

	public CameraPose {
		eye = eye.clone();
		target = target.clone();
	}

	@Override
	public double[] eye() {
		return eye.clone();
	}

	@Override
	public double[] target() {
		return target.clone();
	}

	/** The unit viewing direction. */
	public double[] direction() {
		double[] d = {target[0] - eye[0], target[1] - eye[1], target[2] - eye[2]};
		double l = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
		if (l == 0) {
			return new double[]{0, 1, 0};
		}
		return new double[]{d[0] / l, d[1] / l, d[2] / l};
	}

	/** Distance between the eyes of two poses, metres. */
	public double eyeDistance(CameraPose other) {
		return distance(eye, other.eye);
	}

	/** Angle between the viewing directions of two poses, degrees. */
	public double turnDegrees(CameraPose other) {
		double[] a = direction(), b = other.direction();
		double dot = Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
		return Math.toDegrees(Math.acos(dot));
	}

	static double distance(double[] a, double[] b) {
		double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
		return Math.sqrt(dx * dx + dy * dy + dz * dz);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CameraPose p && Arrays.equals(eye, p.eye) && Arrays.equals(target, p.target)
				&& fieldOfView == p.fieldOfView;
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(eye) * 31 + Arrays.hashCode(target);
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "CameraPose[eye=(%.2f %.2f %.2f) target=(%.2f %.2f %.2f) fov=%.1f]",
				eye[0], eye[1], eye[2], target[0], target[1], target[2], fieldOfView);
	}
}
