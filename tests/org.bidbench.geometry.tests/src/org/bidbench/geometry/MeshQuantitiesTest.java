package org.bidbench.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.bidbench.geometry.MeshQuantities.Closure;
import org.junit.jupiter.api.Test;

/** Quantities of small meshes whose true values are known by hand. */
class MeshQuantitiesTest {

	/** A box as 12 triangles over 8 shared corners, outward facing (counter-clockwise from outside). */
	static Mesh box(double x0, double y0, double z0, double dx, double dy, double dz) {
		float[] p = new float[24];
		for (int i = 0; i < 8; i++) {
			p[3 * i] = (float) (x0 + ((i & 1) != 0 ? dx : 0));
			p[3 * i + 1] = (float) (y0 + ((i & 2) != 0 ? dy : 0));
			p[3 * i + 2] = (float) (z0 + ((i & 4) != 0 ? dz : 0));
		}
		int[] idx = {0, 2, 1, 1, 2, 3, // bottom z0, facing -z
				4, 5, 6, 5, 7, 6, // top, +z
				0, 1, 4, 1, 5, 4, // y0, -y
				2, 6, 3, 3, 6, 7, // y1, +y
				0, 4, 2, 2, 4, 6, // x0, -x
				1, 3, 5, 3, 7, 5}; // x1, +x
		return new Mesh(p, new float[24], idx, Colour.DEFAULT, 1);
	}

	@Test
	void closedBoxHasExactVolumeAreaFootprintAndBounds() {
		MeshQuantities q = MeshQuantities.of(List.of(box(10, 20, 3, 2, 3, 4)));
		assertEquals(Closure.CLOSED, q.closure());
		assertEquals(24.0, q.volume().orElseThrow(), 1e-4);
		assertEquals(2 * (6 + 8 + 12), q.area(), 1e-4);
		assertEquals(6.0, q.footprintArea(), 1e-4);
		assertEquals(10.0, q.bounds().minX(), 1e-5);
		assertEquals(7.0, q.bounds().maxZ(), 1e-5);
		assertTrue(q.length().isEmpty(), "a 2 x 3 x 4 box has no dominant axis");
	}

	@Test
	void insideOutBoxStillGivesPositiveVolume() {
		Mesh b = box(0, 0, 0, 1, 1, 1);
		int[] flipped = b.indices().clone();
		for (int t = 0; t < flipped.length; t += 3) {
			int s = flipped[t + 1];
			flipped[t + 1] = flipped[t + 2];
			flipped[t + 2] = s;
		}
		MeshQuantities q = MeshQuantities.of(List.of(new Mesh(b.positions(), b.normals(), flipped, b.colour(), 1)));
		assertEquals(Closure.CLOSED, q.closure());
		assertEquals(1.0, q.volume().orElseThrow(), 1e-6);
	}

	@Test
	void openBoxGivesNoVolume() {
		Mesh b = box(0, 0, 0, 1, 1, 1);
		int[] withoutTop = Arrays.copyOfRange(b.indices(), 0, b.indices().length);
		int[] idx = new int[30];
		System.arraycopy(withoutTop, 0, idx, 0, 6);
		System.arraycopy(withoutTop, 12, idx, 6, 24);
		MeshQuantities q = MeshQuantities.of(List.of(new Mesh(b.positions(), b.normals(), idx, b.colour(), 1)));
		assertEquals(Closure.OPEN, q.closure());
		assertTrue(q.volume().isEmpty());
		assertTrue(q.openEdgeCount() > 0);
	}

	@Test
	void oneFlippedTriangleIsReportedNotMeasured() {
		Mesh b = box(0, 0, 0, 1, 1, 1);
		int[] idx = b.indices().clone();
		int s = idx[1];
		idx[1] = idx[2];
		idx[2] = s;
		MeshQuantities q = MeshQuantities.of(List.of(new Mesh(b.positions(), b.normals(), idx, b.colour(), 1)));
		assertEquals(Closure.INCONSISTENT_ORIENTATION, q.closure());
		assertTrue(q.volume().isEmpty());
	}

	@Test
	void duplicatedVerticesPerFaceAreWeldedForThePairing() {
		// Flat-shaded meshes repeat each corner once per face, as web-ifc gives them.
		Mesh b = box(0, 0, 0, 1, 2, 3);
		float[] p = new float[b.indices().length * 3];
		int[] idx = new int[b.indices().length];
		for (int i = 0; i < idx.length; i++) {
			System.arraycopy(b.positions(), 3 * b.indices()[i], p, 3 * i, 3);
			idx[i] = i;
		}
		MeshQuantities q = MeshQuantities.of(List.of(new Mesh(p, new float[p.length], idx, b.colour(), 1)));
		assertEquals(Closure.CLOSED, q.closure());
		assertEquals(6.0, q.volume().orElseThrow(), 1e-5);
	}

	@Test
	void tJunctionWithoutGapCountsAsClosedWithinTolerance() {
		// The top face of a unit cube split in two at x = 0.5; the sides keep their single edges.
		Mesh b = box(0, 0, 0, 1, 1, 1);
		float[] p = Arrays.copyOf(b.positions(), 30);
		p[24] = 0.5f;
		p[25] = 0;
		p[26] = 1; // 8: (0.5, 0, 1)
		p[27] = 0.5f;
		p[28] = 1;
		p[29] = 1; // 9: (0.5, 1, 1)
		int[] idx = b.indices().clone();
		int[] top = {4, 8, 6, 8, 9, 6, 8, 5, 9, 5, 7, 9};
		int[] all = new int[idx.length + 6];
		System.arraycopy(idx, 0, all, 0, 6);
		System.arraycopy(top, 0, all, 6, 12);
		System.arraycopy(idx, 12, all, 18, 24);
		MeshQuantities q = MeshQuantities.of(List.of(new Mesh(p, new float[30], all, b.colour(), 1)));
		assertEquals(Closure.CLOSED_WITHIN_TOLERANCE, q.closure());
		assertEquals(1.0, q.volume().orElseThrow(), 1e-6);
	}

	@Test
	void rotatedBeamHasItsLengthAlongTheMainAxis() {
		Mesh beam = box(0, 0, 0, 6, 0.3, 0.5);
		float[] p = beam.positions().clone();
		double c = Math.cos(Math.toRadians(30)), s = Math.sin(Math.toRadians(30));
		for (int v = 0; v < p.length; v += 3) {
			double x = p[v], y = p[v + 1];
			p[v] = (float) (c * x - s * y);
			p[v + 1] = (float) (s * x + c * y);
		}
		MeshQuantities q = MeshQuantities.of(List.of(new Mesh(p, beam.normals(), beam.indices(), beam.colour(), 1)));
		assertEquals(6.0, q.length().orElseThrow(), 1e-4);
		assertEquals(0.9, q.volume().orElseThrow(), 1e-5);
	}

	@Test
	void netAndGrossAreOnlyClaimedWhereTheEngineCanSayWhichItIs() {
		Mesh b = box(0, 0, 0, 1, 1, 1);
		ProductGeometry cut = new ProductGeometry(5, "g", "IfcWall", ProductGeometry.Status.MESHED, List.of(b),
				ProductGeometry.OpeningTreatment.SUBTRACTED, null);
		MeshQuantities q = cut.quantities();
		assertEquals(1.0, cut.netVolume(q).orElseThrow(), 1e-6);
		assertFalse(cut.grossVolume(q).isPresent(), "an engine that cut openings claims no gross volume");
		ProductGeometry plain = new ProductGeometry(5, "g", "IfcWall", ProductGeometry.Status.MESHED, List.of(b),
				ProductGeometry.OpeningTreatment.NO_OPENINGS, null);
		assertEquals(1.0, plain.grossVolume(q).orElseThrow(), 1e-6);
		assertEquals(1.0, plain.netVolume(q).orElseThrow(), 1e-6);
	}

	@Test
	void noTrianglesIsEmpty() {
		MeshQuantities q = MeshQuantities.of(List.of());
		assertEquals(Closure.EMPTY, q.closure());
		assertTrue(q.volume().isEmpty());
	}
}
