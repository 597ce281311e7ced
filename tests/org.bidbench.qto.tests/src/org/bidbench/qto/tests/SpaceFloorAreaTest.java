package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.bidbench.geometry.ClearHeightProfile;
import org.bidbench.geometry.Colour;
import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.Mesh;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantities;
import org.bidbench.qto.EngineQuantitySource;
import org.junit.jupiter.api.Test;

/**
 * A space's net floor area measured on its solid counts the floor by clear height, as area rules do
 * under a sloping roof: AC20's attic (Galerie) is 11.4 x 9.4 m, 0.673 m high at the eaves and
 * 3.387 m at the ridge, and ArchiCAD gives it 74.509 m2 net of 107.16 m2.
 */
class SpaceFloorAreaTest {

	/** The attic as a closed gable prism: floor at z 0, eaves at 0.673 along y 0 and 9.4, ridge at 3.387 along y 4.7. */
	private static Mesh attic(double z0, boolean insideOut) {
		double l = 11.4, w = 9.4, e = 0.673, r = 3.387;
		float[] p = {
				0, 0, 0, (float) l, 0, 0, (float) l, (float) w, 0, 0, (float) w, 0, // 0-3 floor
				0, 0, (float) e, (float) l, 0, (float) e, (float) l, (float) w, (float) e, 0, (float) w, (float) e, // 4-7 eaves
				0, (float) (w / 2), (float) r, (float) l, (float) (w / 2), (float) r}; // 8-9 ridge
		for (int i = 2; i < p.length; i += 3) {
			p[i] += (float) z0;
		}
		int[] t = {
				0, 2, 1, 0, 3, 2, // floor, facing down
				0, 1, 5, 0, 5, 4, // side y = 0
				3, 7, 6, 3, 6, 2, // side y = w
				4, 5, 9, 4, 9, 8, // roof towards y = 0, facing up
				8, 9, 6, 8, 6, 7, // roof towards y = w, facing up
				0, 4, 8, 0, 8, 7, 0, 7, 3, // gable x = 0
				1, 2, 6, 1, 6, 9, 1, 9, 5}; // gable x = l
		if (insideOut) {
			for (int i = 0; i < t.length; i += 3) {
				int s = t[i + 1];
				t[i + 1] = t[i + 2];
				t[i + 2] = s;
			}
		}
		return new Mesh(p, new float[p.length], t, new Colour(0.5f, 0.5f, 0.5f, 1f), 1);
	}

	/** The area with clear height h or more, worked out by hand: the strip under the slope below h drops out on both sides. */
	private static double byHand(double h) {
		double slope = (3.387 - 0.673) / 4.7;
		double strip = Math.max(0, (h - 0.673) / slope);
		return 11.4 * Math.max(0, 9.4 - 2 * strip);
	}

	@Test
	void aGableAtticCountsItsFloorByClearHeight() {
		for (boolean insideOut : new boolean[]{false, true}) {
			ClearHeightProfile p = ClearHeightProfile.of(List.of(attic(102.7, insideOut)));
			assertEquals(107.16, p.areaAtLeast(0), 1e-3, "the whole plan at height 0");
			for (double h : new double[]{0.5, 1.0, 1.2, 1.5, 2.0, 2.1, 3.0}) {
				assertEquals(byHand(h), p.areaAtLeast(h), 0.02, "area with clear height >= " + h);
			}
			assertEquals(0, p.areaAtLeast(3.5), 1e-9, "nothing is higher than the ridge");
			// Full from 2.00 m, half from 1.00 m: ArchiCAD's 74.509 (its heights are rounded in the file).
			assertEquals(74.509, p.countedArea(2.0, 1.0), 0.01);
			// GB 50353's full from 2.10 m, half from 1.20 m counts less of the same floor.
			assertEquals(68.584, p.countedArea(2.1, 1.2), 0.02);
		}
	}

	@Test
	void ac20AtticNetFloorAreaFromTheSolidIsArchiCadsWithinATenthOfAPercent() throws Exception {
		IfcModel model = IfcModel.open(Samples.sample("AC20-FZK-Haus.ifc"));
		GeometryEngine engine = GeometryEngines.getDefault();
		try (GeometrySession session = engine.open(model)) {
			EngineQuantitySource source = new EngineQuantitySource(session, engine.name(), null);
			ComputedQuantities galerie = source.quantities("2dQFggKBb1fOc1CqZDIDlx");
			assertNotNull(galerie.clearHeight(), "a space is profiled by clear height");
			assertEquals(107.16, galerie.footprintArea(), 0.107, "gross: the plan");
			assertEquals(74.5092415823, galerie.clearHeight().countedArea(2.0, 1.0), 0.0745, "ArchiCAD's NetFloorArea");
			// A ground floor room has its full clear height (2.5 m) everywhere: net is its plan.
			ComputedQuantities bedroom = source.quantities("347jFE2yX7IhCEIALmupEH");
			assertEquals(bedroom.footprintArea(), bedroom.clearHeight().countedArea(2.0, 1.0), 1e-6);
			assertNull(source.quantities(model.instancesOf("IfcWall").get(0).globalId()).clearHeight(),
					"only spaces are profiled");
		}
	}
}
