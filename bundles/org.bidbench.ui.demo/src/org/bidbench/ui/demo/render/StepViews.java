package org.bidbench.ui.demo.render;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.demo.motion.CameraPose;
import org.bidbench.demo.storyboard.StepView;
import org.bidbench.viewer.Camera;
import org.bidbench.viewer.Scene;
import org.bidbench.viewer.SectionPlane;
import org.bidbench.viewer.Viewpoint;

/** Between the headless {@link StepView} and the viewer's {@link Viewpoint} and {@link Camera}. */
public final class StepViews {

	private StepViews() {
	}

	/** The view the viewer shows now, as a storyboard step view. */
	public static StepView capture(Scene scene, Camera camera) {
		return of(Viewpoint.capture("", scene, camera));
	}

	public static StepView of(Viewpoint v) {
		double[] eye = v.eye(), d = v.direction();
		double[] target = {eye[0] + d[0] * v.distance(), eye[1] + d[1] * v.distance(), eye[2] + d[2] * v.distance()};
		List<StepView.Plane> planes = new ArrayList<>();
		for (SectionPlane p : v.sections()) {
			planes.add(new StepView.Plane(p.x(), p.y(), p.z(), p.normalX(), p.normalY(), p.normalZ()));
		}
		return new StepView(eye, target, v.fieldOfView(), v.orthographic(), v.orthographic() ? v.viewHeight() : 0,
				v.hidden(), v.selected(), v.xray(), v.xrayFocus(), v.colours(), planes, v.spacesVisible());
	}

	public static Viewpoint toViewpoint(String name, StepView s) {
		double[] eye = s.eye(), target = s.target();
		double[] d = {target[0] - eye[0], target[1] - eye[1], target[2] - eye[2]};
		double distance = Math.max(1e-3, Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]));
		List<SectionPlane> planes = new ArrayList<>();
		for (StepView.Plane p : s.sections()) {
			planes.add(new SectionPlane(p.x(), p.y(), p.z(), p.normalX(), p.normalY(), p.normalZ()));
		}
		return new Viewpoint(name, eye, new double[]{d[0] / distance, d[1] / distance, d[2] / distance}, distance,
				s.fieldOfView(), s.orthographic(), s.viewHeight(), s.hidden(), s.selected(), s.xray(), s.xrayFocus(),
				s.colours(), planes, s.spacesVisible());
	}

	/** Puts a pose into a camera (keeping its projection). */
	public static void place(Camera camera, CameraPose pose) {
		double[] eye = pose.eye(), target = pose.target();
		double[] d = {target[0] - eye[0], target[1] - eye[1], target[2] - eye[2]};
		double distance = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
		if (distance < 1e-6) {
			return;
		}
		camera.setFieldOfView(pose.fieldOfView());
		camera.setEye(eye, d, distance);
	}
}
