package org.bidbench.viewer;

import org.bidbench.geometry.BoundingBox;

/**
 * Where the viewer looks from, in world coordinates (metres, Z up): a target point, the eye's
 * distance from it and the eye's direction around it (yaw, pitch). Orbiting turns the eye around the
 * target, walking moves both, looking around turns the target around the eye.
 *
 * <p>Not thread-safe; used on the thread that renders. Computing matrices allocates nothing.
 */
public final class Camera {

	/** Pitch stays short of straight up or down, where "up" would be undefined. */
	private static final double MAX_PITCH = Math.toRadians(89.9);

	private double targetX, targetY, targetZ;
	private double distance = 10;
	private double yaw = Math.toRadians(-45);
	private double pitch = Math.toRadians(30);
	private double fieldOfView = 45;
	private boolean orthographic;

	private final double[] view = new double[16];
	private final double[] projection = new double[16];
	private final double[] product = new double[16];

	public Camera() {
	}

	public Camera(Camera other) {
		set(other);
	}

	public void set(Camera o) {
		targetX = o.targetX;
		targetY = o.targetY;
		targetZ = o.targetZ;
		distance = o.distance;
		yaw = o.yaw;
		pitch = o.pitch;
		fieldOfView = o.fieldOfView;
		orthographic = o.orthographic;
	}

	// ------------------------------------------------------------------ state

	public double[] target() {
		return new double[]{targetX, targetY, targetZ};
	}

	public void setTarget(double x, double y, double z) {
		targetX = x;
		targetY = y;
		targetZ = z;
	}

	public double distance() {
		return distance;
	}

	public void setDistance(double d) {
		distance = Math.max(1e-3, d);
	}

	/** The eye position in world coordinates. */
	public double[] eye() {
		double c = Math.cos(pitch);
		return new double[]{targetX + distance * c * Math.cos(yaw), targetY + distance * c * Math.sin(yaw),
				targetZ + distance * Math.sin(pitch)};
	}

	/** The eye position relative to {@code origin}, into {@code out}; allocation-free. */
	void eye(double[] origin, double[] out) {
		double c = Math.cos(pitch);
		out[0] = targetX - origin[0] + distance * c * Math.cos(yaw);
		out[1] = targetY - origin[1] + distance * c * Math.sin(yaw);
		out[2] = targetZ - origin[2] + distance * Math.sin(pitch);
	}

	/** The unit viewing direction, from the eye to the target. */
	public double[] direction() {
		double c = Math.cos(pitch);
		return new double[]{-c * Math.cos(yaw), -c * Math.sin(yaw), -Math.sin(pitch)};
	}

	/** The unit up vector of the image. */
	public double[] up() {
		double s = Math.sin(pitch);
		return new double[]{-s * Math.cos(yaw), -s * Math.sin(yaw), Math.cos(pitch)};
	}

	public double yawDegrees() {
		return Math.toDegrees(yaw);
	}

	public double pitchDegrees() {
		return Math.toDegrees(pitch);
	}

	public void setAngles(double yawDegrees, double pitchDegrees) {
		yaw = Math.toRadians(yawDegrees);
		pitch = clampPitch(Math.toRadians(pitchDegrees));
	}

	/** Vertical field of view in degrees (perspective). */
	public double fieldOfView() {
		return fieldOfView;
	}

	public void setFieldOfView(double degrees) {
		fieldOfView = Math.max(5, Math.min(120, degrees));
	}

	public boolean isOrthographic() {
		return orthographic;
	}

	/** Switches projection keeping the scale at the target. */
	public void setOrthographic(boolean value) {
		orthographic = value;
	}

	/** Height of the view in metres at the target: what an orthographic view shows. */
	public double viewHeight() {
		return 2 * distance * Math.tan(Math.toRadians(fieldOfView) / 2);
	}

	/** Sets the distance so that the view at the target is this many metres high. */
	public void setViewHeight(double metres) {
		setDistance(metres / (2 * Math.tan(Math.toRadians(fieldOfView) / 2)));
	}

	/** Places the eye and points it along a direction; the target is {@code distance} ahead. */
	public void setEye(double[] eye, double[] direction, double distanceAhead) {
		double len = Math.sqrt(direction[0] * direction[0] + direction[1] * direction[1] + direction[2] * direction[2]);
		double dx = direction[0] / len, dy = direction[1] / len, dz = direction[2] / len;
		pitch = clampPitch(Math.asin(-dz));
		yaw = Math.atan2(-dy, -dx);
		setDistance(distanceAhead);
		targetX = eye[0] + dx * distance;
		targetY = eye[1] + dy * distance;
		targetZ = eye[2] + dz * distance;
	}

	private static double clampPitch(double p) {
		return Math.max(-MAX_PITCH, Math.min(MAX_PITCH, p));
	}

	// ------------------------------------------------------------------ navigation

	/** Turns the eye around the target by a mouse drag of so many pixels. */
	public void orbit(double dxPixels, double dyPixels) {
		yaw -= dxPixels * 0.008;
		double turned = clampPitch(pitch + dyPixels * 0.008);
		// Orbiting from above stops at the horizon: dragging on would swing the eye under the ground
		// and show the model upside down from below. A view set from below (setAngles) may still orbit.
		pitch = pitch >= 0 ? Math.max(0, turned) : turned;
	}

	/** Moves the target (and eye) so that the scene follows a drag of so many pixels. */
	public void pan(double dxPixels, double dyPixels, int viewportHeight) {
		double perPixel = viewHeight() / Math.max(1, viewportHeight);
		double rx = -Math.sin(yaw), ry = Math.cos(yaw);
		double[] up = up();
		targetX += (-rx * dxPixels + up[0] * dyPixels) * perPixel;
		targetY += (-ry * dxPixels + up[1] * dyPixels) * perPixel;
		targetZ += up[2] * dyPixels * perPixel;
	}

	/**
	 * Zooms towards a world point that stays where it is on the screen (the point under the cursor).
	 *
	 * @param factor below 1 zooms in, above 1 out
	 */
	public void zoomAt(double[] point, double factor) {
		double newDistance = Math.max(1e-3, distance * factor);
		double f = newDistance / distance;
		targetX = point[0] + (targetX - point[0]) * f;
		targetY = point[1] + (targetY - point[1]) * f;
		targetZ = point[2] + (targetZ - point[2]) * f;
		distance = newDistance;
	}

	/** Looks at a box from the current direction so that all of it is in view. */
	public void fit(BoundingBox box, double aspect) {
		if (box == null) {
			return;
		}
		targetX = (box.minX() + box.maxX()) / 2;
		targetY = (box.minY() + box.maxY()) / 2;
		targetZ = (box.minZ() + box.maxZ()) / 2;
		double radius = 0.5 * Math.sqrt(box.sizeX() * box.sizeX() + box.sizeY() * box.sizeY() + box.sizeZ() * box.sizeZ());
		double half = Math.toRadians(fieldOfView) / 2;
		double horizontal = Math.atan(Math.tan(half) * Math.max(aspect, 1e-3));
		double limiting = Math.min(half, horizontal);
		setDistance(Math.max(radius, 0.01) / Math.sin(limiting) * 1.02);
	}

	/** Looks from a standard direction, keeping target and distance. */
	public void setView(StandardView view) {
		setAngles(view.yawDegrees, view.pitchDegrees);
	}

	/** Walks: forward along the horizontal view direction, right, and up, in metres. */
	public void walk(double forward, double right, double up) {
		double fx = -Math.cos(yaw), fy = -Math.sin(yaw);
		double rx = -Math.sin(yaw), ry = Math.cos(yaw);
		targetX += fx * forward + rx * right;
		targetY += fy * forward + ry * right;
		targetZ += up;
	}

	/** Turns the view around the eye (first-person look), by a mouse drag of so many pixels. */
	public void look(double dxPixels, double dyPixels) {
		double[] eye = eye();
		yaw -= dxPixels * 0.004;
		pitch = clampPitch(pitch - dyPixels * 0.004);
		double[] d = direction();
		targetX = eye[0] + d[0] * distance;
		targetY = eye[1] + d[1] * distance;
		targetZ = eye[2] + d[2] * distance;
	}

	// ------------------------------------------------------------------ matrices

	/**
	 * Computes the view-projection matrix (column-major) for coordinates relative to {@code origin}.
	 * Allocation-free.
	 */
	public void viewProjection(double[] origin, int width, int height, double near, double far, float[] out) {
		computeDouble(origin, width, height, near, far);
		for (int i = 0; i < 16; i++) {
			out[i] = (float) product[i];
		}
	}

	/** The view-projection matrix in doubles (column-major); shared array, valid until the next call. */
	double[] computeDouble(double[] origin, int width, int height, double near, double far) {
		double c = Math.cos(pitch);
		double ex = targetX - origin[0] + distance * c * Math.cos(yaw);
		double ey = targetY - origin[1] + distance * c * Math.sin(yaw);
		double ez = targetZ - origin[2] + distance * Math.sin(pitch);
		double fx = -c * Math.cos(yaw), fy = -c * Math.sin(yaw), fz = -Math.sin(pitch);
		double sx = -Math.sin(yaw), sy = Math.cos(yaw), sz = 0; // right = f x Z, normalised
		double s = Math.sin(pitch);
		double ux = -s * Math.cos(yaw), uy = -s * Math.sin(yaw), uz = c;
		// lookAt
		view[0] = sx;
		view[4] = sy;
		view[8] = sz;
		view[12] = -(sx * ex + sy * ey + sz * ez);
		view[1] = ux;
		view[5] = uy;
		view[9] = uz;
		view[13] = -(ux * ex + uy * ey + uz * ez);
		view[2] = -fx;
		view[6] = -fy;
		view[10] = -fz;
		view[14] = (fx * ex + fy * ey + fz * ez);
		view[3] = 0;
		view[7] = 0;
		view[11] = 0;
		view[15] = 1;
		double aspect = Math.max(1, width) / (double) Math.max(1, height);
		java.util.Arrays.fill(projection, 0);
		if (orthographic) {
			double top = viewHeight() / 2, right = top * aspect;
			projection[0] = 1 / right;
			projection[5] = 1 / top;
			projection[10] = -2 / (far - near);
			projection[14] = -(far + near) / (far - near);
			projection[15] = 1;
		} else {
			double f = 1 / Math.tan(Math.toRadians(fieldOfView) / 2);
			projection[0] = f / aspect;
			projection[5] = f;
			projection[10] = (far + near) / (near - far);
			projection[11] = -1;
			projection[14] = 2 * far * near / (near - far);
		}
		for (int col = 0; col < 4; col++) {
			for (int row = 0; row < 4; row++) {
				double sum = 0;
				for (int k = 0; k < 4; k++) {
					sum += projection[k * 4 + row] * view[col * 4 + k];
				}
				product[col * 4 + row] = sum;
			}
		}
		return product;
	}

	/** Near and far clip distances that enclose a sphere (scene coordinates relative to the same origin). */
	void clipRange(double[] origin, double cx, double cy, double cz, double radius, double[] out) {
		double c = Math.cos(pitch);
		double ex = targetX + distance * c * Math.cos(yaw), ey = targetY + distance * c * Math.sin(yaw),
				ez = targetZ + distance * Math.sin(pitch);
		double dx = cx - (ex - origin[0]), dy = cy - (ey - origin[1]), dz = cz - (ez - origin[2]);
		double toCentre = Math.sqrt(dx * dx + dy * dy + dz * dz);
		double far = toCentre + radius + 1;
		if (orthographic) {
			out[0] = -far;
		} else {
			// Near as far out as the scene allows: depth precision is what keeps coplanar faces apart.
			out[0] = Math.max(0.05, Math.min(toCentre - radius, far / 1000));
		}
		out[1] = far;
	}

	/**
	 * A box at least {@link #MIN_FRAME} metres across with the same centre: framing a single door or
	 * a bolt exactly would fill the view with it and hide where it is.
	 */
	static org.bidbench.geometry.BoundingBox framing(org.bidbench.geometry.BoundingBox box) {
		if (box == null) {
			return null;
		}
		double grow = Math.max(0, MIN_FRAME - Math.max(box.sizeX(), Math.max(box.sizeY(), box.sizeZ()))) / 2;
		return grow == 0
				? box
				: new org.bidbench.geometry.BoundingBox(box.minX() - grow, box.minY() - grow, box.minZ() - grow,
						box.maxX() + grow, box.maxY() + grow, box.maxZ() + grow);
	}

	/** The smallest extent, in metres, that fitting a selection shows. */
	static final double MIN_FRAME = 4;

	@Override
	public String toString() {
		return String.format("Camera[target=(%.2f, %.2f, %.2f), distance=%.2f, yaw=%.1f, pitch=%.1f, %s]", targetX,
				targetY, targetZ, distance, yawDegrees(), pitchDegrees(),
				orthographic ? "orthographic" : "perspective " + fieldOfView);
	}
}
