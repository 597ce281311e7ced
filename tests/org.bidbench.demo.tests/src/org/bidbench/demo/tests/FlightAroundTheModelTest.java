package org.bidbench.demo.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bidbench.demo.motion.CameraPose;
import org.bidbench.demo.motion.Flythrough;
import org.bidbench.demo.storyboard.StepView;
import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.geometry.Mesh;
import org.bidbench.geometry.ProductGeometry;
import org.junit.jupiter.api.Test;

/**
 * A flight between two views from opposite sides of AC20-FZK-Haus goes round the house: no frame
 * at 30 fps puts the eye inside the model's bounding box or nearer the target than both ends are
 * (a straight line between the eyes crossed the roof in the middle of the video).
 */
class FlightAroundTheModelTest {

	@Test
	void flightsBetweenOppositeViewsOfTheHouseStayOutsideIt() throws Exception {
		double[] box = bounds(DemoSamples.houseGeometry());
		double[] centre = {(box[0] + box[3]) / 2, (box[1] + box[4]) / 2, (box[2] + box[5]) / 2};
		double reach = Math.sqrt(Math.pow(box[3] - box[0], 2) + Math.pow(box[4] - box[1], 2) + Math.pow(box[5] - box[2], 2));
		double h = centre[2];
		List<double[][]> pairs = List.of(
				// the two views of the video in which the roof was crossed (DemoUiSamples.twoViews)
				new double[][]{{32, -22, 14}, {-18, 28, 9}, {6, 4, 3}},
				// exactly opposite, level with the centre: the straight line runs through the middle
				new double[][]{{centre[0] + reach, centre[1], h}, {centre[0] - reach, centre[1], h}, centre},
				// south and north, from above
				new double[][]{{centre[0], centre[1] - reach, h + reach / 2}, {centre[0], centre[1] + reach, h + reach / 2},
						centre},
				// from a corner to the opposite corner, at different heights and distances
				new double[][]{{box[0] - 8, box[1] - 8, box[5] + 6}, {box[3] + 14, box[4] + 12, box[2] + 2}, centre});
		for (double[][] pair : pairs) {
			StepView from = StepView.camera(pair[0], pair[2], 45), to = StepView.camera(pair[1], pair[2], 45);
			assertFalse(inside(pair[0], box) || inside(pair[1], box), "both ends see the house from outside");
			double nearestEnd = Math.min(distance(pair[0], pair[2]), distance(pair[1], pair[2]));
			double[] straightMiddle = {(pair[0][0] + pair[1][0]) / 2, (pair[0][1] + pair[1][1]) / 2, (pair[0][2] + pair[1][2]) / 2};
			assertTrue(inside(straightMiddle, box) || distance(straightMiddle, pair[2]) < nearestEnd,
					"the case is one a straight flight fails: its middle " + java.util.Arrays.toString(straightMiddle)
							+ " is in the house " + java.util.Arrays.toString(box) + " or nearer the target than both ends");

			Flythrough f = new Flythrough(new Storyboard("opposite", DemoSamples.HOUSE,
					List.of(StoryStep.of("one side", from, 1), StoryStep.of("other side", to, 1))));
			int frames = 0;
			for (double t = f.stepStart(1); t <= f.arrival(1); t += 1 / 30.0, frames++) {
				CameraPose p = f.at(t).pose();
				assertFalse(inside(p.eye(), box), "at " + t + " s the eye " + p + " is inside the house " + java.util.Arrays.toString(box));
				assertTrue(distance(p.eye(), p.target()) >= nearestEnd - 1e-6,
						"at " + t + " s the eye is nearer the target than both ends: " + p);
			}
			assertTrue(frames > 30, "the flight lasts more than a second: " + frames + " frames");
		}
	}

	static double[] bounds(List<ProductGeometry> geometry) {
		double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
		for (ProductGeometry g : geometry) {
			for (Mesh m : g.meshes()) {
				float[] p = m.positions();
				for (int i = 0; i + 2 < p.length; i += 3) {
					for (int k = 0; k < 3; k++) {
						b[k] = Math.min(b[k], p[i + k]);
						b[k + 3] = Math.max(b[k + 3], p[i + k]);
					}
				}
			}
		}
		assertTrue(b[3] - b[0] > 5 && b[5] - b[2] > 3, "the house has a size: " + java.util.Arrays.toString(b));
		return b;
	}

	static boolean inside(double[] p, double[] box) {
		return p[0] >= box[0] && p[0] <= box[3] && p[1] >= box[1] && p[1] <= box[4] && p[2] >= box[2] && p[2] <= box[5];
	}

	static double distance(double[] a, double[] b) {
		return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
	}
}
