package org.bidbench.viewer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;

import org.bidbench.geometry.Colour;
import org.junit.jupiter.api.Test;

/** IfcSpace volumes are air: hidden until asked for, and "show all" does not bring them back. */
class SceneSpacesTest {

	@Test
	void spacesAreHiddenByDefaultAndOnRequestShown() {
		Scene scene = new Scene();
		scene.add(Boxes.product(1, "0000000000000000000001", "IfcWall", Boxes.box(0, 0, 0, 1, 1, 1, Colour.DEFAULT)));
		scene.add(Boxes.product(2, "0000000000000000000002", "IfcSpace", Boxes.box(1, 0, 0, 2, 1, 1, Colour.DEFAULT)));
		scene.publish();
		int wall = scene.element("0000000000000000000001").index();
		int space = scene.element("0000000000000000000002").index();
		assertFalse(scene.isHidden(wall));
		assertTrue(scene.isHidden(space), "a space is hidden by default");
		scene.showAll();
		assertTrue(scene.isHidden(space), "show all shows the elements, not the spaces");
		scene.setSpacesVisible(true);
		assertFalse(scene.isHidden(space));
		scene.setHidden(bits(space), true);
		assertTrue(scene.isHidden(space), "a shown space can still be hidden by hand");
	}

	private static BitSet bits(int i) {
		BitSet b = new BitSet();
		b.set(i);
		return b;
	}
}
