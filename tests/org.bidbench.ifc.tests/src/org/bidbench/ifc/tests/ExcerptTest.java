package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ReadOptions;
import org.junit.jupiter.api.Test;

/** An excerpt of a model is a readable Part-21 file with the chosen instances and what they need. */
class ExcerptTest {

	private static final Map<String, String> ATTACHED = Map.of("IfcStyledItem", "Item", "IfcRelVoidsElement",
			"RelatingBuildingElement", "IfcRelAssociatesMaterial", "RelatedObjects");

	@Test
	void aWallWithItsOpeningsStylesAndMaterialButNotTheOtherWalls() throws Exception {
		IfcModel model = IfcModel.open(TestFiles.sample("AC20-FZK-Haus.ifc"));
		IfcEntity wall = model.instancesOf("IfcWall").stream().filter(w -> !model.openings(w).isEmpty()).findFirst()
				.orElseThrow();
		byte[] bytes = model.excerpt(List.of(wall, model.project()), ATTACHED, Long.MAX_VALUE);
		assertNotNull(bytes);
		assertTrue(bytes.length < model.byteSize() / 4, bytes.length + " bytes of " + model.byteSize());
		IfcModel excerpt = IfcModel.read(bytes, "excerpt.ifc", ReadOptions.defaults());
		assertEquals(model.schema().name(), excerpt.schema().name());
		IfcEntity copy = excerpt.byGlobalId(wall.globalId());
		assertNotNull(copy, "the wall is in the excerpt");
		assertEquals(wall.id(), copy.id(), "instances keep their #ids");
		assertEquals(model.openings(wall).size(), excerpt.openings(copy).size(), "its openings came along");
		assertEquals(model.units().factor(org.bidbench.ifc.MeasureKind.LENGTH), excerpt.units().factor(org.bidbench.ifc.MeasureKind.LENGTH),
				"the project's units came along");
		assertEquals(1, excerpt.instancesOf("IfcWall").size(), "no other wall");
		assertTrue(excerpt.instancesOf("IfcStyledItem").size() > 0, "the styles of its shape came along");
		// every instance is as it was in the file
		for (IfcEntity e : excerpt.instancesOf("IfcRoot")) {
			assertEquals(model.entity(e.id()).globalId(), e.globalId());
		}
	}

	@Test
	void tooLargeGivesNothing() throws Exception {
		IfcModel model = IfcModel.open(TestFiles.sample("AC20-FZK-Haus.ifc"));
		assertNull(model.excerpt(model.instancesOf("IfcProduct"), Map.of(), 10_000));
	}
}
