package org.bidbench.geometry;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The registry over the extension point, in the OSGi test runtime. */
class GeometryEnginesTest {

	@Test
	void unknownEngineIsAnErrorThatSaysWhatIsInstalled() {
		GeometryException e = assertThrows(GeometryException.class, () -> GeometryEngines.get("no-such-kernel"));
		assertTrue(e.getMessage().contains("no-such-kernel") && e.getMessage().contains("installed"), e.getMessage());
	}
}
