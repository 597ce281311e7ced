package org.bidbench.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Orbiting with the mouse never swings the eye under the ground. */
class OrbitTest {

	@Test
	void draggingFromAboveStopsAtTheHorizon() {
		Camera c = new Camera();
		c.setTarget(10, 20, 3);
		c.setDistance(30);
		c.setAngles(40, 25);
		for (int i = 0; i < 50; i++) {
			c.orbit(7, -80); // a long drag downwards, with some turning
			assertTrue(c.pitchDegrees() >= 0, "pitch " + c.pitchDegrees());
			assertTrue(c.eye()[2] >= c.target()[2] - 1e-9, "the eye stays above the target: " + c.eye()[2]);
		}
		assertEquals(0, c.pitchDegrees(), 1e-9, "it rests at the horizon");
		c.orbit(0, 200);
		assertTrue(c.pitchDegrees() > 0, "dragging back lifts it again");
	}
}
