package org.bidbench.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.bidbench.geometry.BoundingBox;
import org.junit.jupiter.api.Test;

/** Framing a selection keeps some of the building around it in view. */
class FramingTest {

	@Test
	void aDoorIsFramedWithFourMetresAroundItsCentre() {
		BoundingBox door = new BoundingBox(10, 20, 0, 11, 20.2, 2.1);
		BoundingBox framed = Camera.framing(door);
		assertEquals(4.0, framed.sizeZ(), 1e-9, "the largest side grows to 4 m");
		assertEquals(2.9, framed.sizeX(), 1e-9, "every side grows by the same amount");
		assertEquals(10.5, (framed.minX() + framed.maxX()) / 2, 1e-9, "around the same centre");
		assertEquals(1.05, (framed.minZ() + framed.maxZ()) / 2, 1e-9);
	}

	@Test
	void aWholeStoreyIsFramedAsItIs() {
		BoundingBox storey = new BoundingBox(0, 0, 0, 12, 10, 3);
		assertSame(storey, Camera.framing(storey));
	}
}
