package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.IfcProblem;
import org.bidbench.ifc.MaterialAssignment;
import org.bidbench.ifc.MeasureKind;
import org.bidbench.ifc.PropertyValue;
import org.bidbench.ifc.SpatialNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facts about the real sample models. Every expected count was checked independently by
 * counting instance lines in the raw file with grep, e.g.
 * {@code grep -c -E "^#[0-9]+ ?= ?IFCWALLSTANDARDCASE ?\(" FILE}; other facts were read by hand
 * in the file (the instance numbers are given next to each assertion).
 */
class SampleModelsTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// file, schema, IfcWall, IfcWallStandardCase, IfcSlab, IfcWindow, IfcDoor, IfcColumn, IfcBeam, IfcSpace, storeys
			"AC11-Institute-Var-2-IFC.ifc, IFC2X3, 0, 119, 26, 206, 77, 2, 0, 82, 5",
			"AC20-FZK-Haus.ifc,            IFC4,   0, 13,  4,  11,  5,  0, 4, 7,  2",
			"Allplan-Smiley-West.ifc,      IFC2X3, 0, 135, 60, 40,  85, 10, 1, 70, 5",
			"ISSUE_021_Mini_Project.ifc,   IFC2X3, 0, 0,   24, 0,   0,  26, 1949, 0, 1",
			"Ifc4_SampleHouse.ifc,         IFC4,   3, 2,   2,  4,   3,  0, 0, 4,  2",
			"IfcOpenHouse_IFC4.ifc,        IFC4,   0, 4,   2,  5,   1,  0, 0, 0,  1",
			"ROOT-houten_kozijnen.ifc,     IFC2X3, 0, 51,  0,  67,  30, 0, 0, 0,  4",
			"ROOT-kalkzandsteen.ifc,       IFC2X3, 56, 78, 0,  0,   0,  0, 0, 0,  5",
			"ROOT-kanaalplaatvloer.ifc,    IFC2X3, 0, 0,   49, 0,   0,  0, 0, 0,  1",
			"Sample_entities.ifc,          IFC2X3, 0, 0,   0,  0,   0,  0, 0, 0,  2",
			"example.ifc,                  IFC2X3, 0, 17,  9,  0,   0,  42, 43, 1, 2",
			"revit_quantities.ifc,         IFC2X3, 0, 10,  0,  2,   1,  0, 0, 7,  1",
			"tested_sample_project.ifc,    IFC2X3, 0, 3,   2,  9,   1,  0, 0, 0,  2",
	})
	void everySampleOpensWithTheCountsFoundByGrep(String file, String schema, int walls, int standardWalls,
			int slabs, int windows, int doors, int columns, int beams, int spaces, int storeys) throws Exception {
		IfcModel m = IfcModel.open(TestFiles.sample(file));
		assertEquals(schema, m.schema().name());
		Map<String, Integer> counts = m.countsByType();
		assertEquals(walls, counts.getOrDefault("IfcWall", 0), "IfcWall");
		assertEquals(standardWalls, counts.getOrDefault("IfcWallStandardCase", 0), "IfcWallStandardCase");
		assertEquals(slabs, counts.getOrDefault("IfcSlab", 0), "IfcSlab");
		assertEquals(windows, counts.getOrDefault("IfcWindow", 0), "IfcWindow");
		assertEquals(doors, counts.getOrDefault("IfcDoor", 0), "IfcDoor");
		assertEquals(columns, counts.getOrDefault("IfcColumn", 0), "IfcColumn");
		assertEquals(beams, counts.getOrDefault("IfcBeam", 0), "IfcBeam");
		assertEquals(spaces, counts.getOrDefault("IfcSpace", 0), "IfcSpace");
		assertEquals(storeys, m.storeys().size(), "storeys");
		// products by class include subclasses: IfcWall covers IfcWallStandardCase
		assertEquals(walls + standardWalls + counts.getOrDefault("IfcWallElementedCase", 0),
				m.instancesOf("IfcWall").size());
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		assertEquals(m.size(), total);
		assertTrue(m.size() > 400, "instances indexed");
		// decoding everything must not find syntax errors in these exports
		List<IfcProblem> problems = m.validate();
		assertTrue(problems.stream().noneMatch(p -> p.message().contains("expected")), () -> problems.toString());
	}

	@Test
	void fzkHausStoreysSpatialTreeAndGlobalId() throws Exception {
		IfcModel m = IfcModel.open(TestFiles.sample("AC20-FZK-Haus.ifc"));
		// #479 Erdgeschoss (elevation 0.), #35065 Dachgeschoss (elevation 2.7)
		List<IfcEntity> storeys = m.storeys();
		assertEquals(List.of("Erdgeschoss", "Dachgeschoss"), storeys.stream().map(IfcEntity::name).toList());
		assertEquals(479, storeys.get(0).id());
		assertEquals(2.7, storeys.get(1).getDouble("Elevation"), 1e-12);
		SpatialNode project = m.spatialTree();
		assertEquals("IfcProject", project.element().typeName());
		SpatialNode site = project.children().get(0);
		assertEquals("IfcSite", site.element().typeName());
		SpatialNode building = site.children().get(0);
		assertEquals("IfcBuilding", building.element().typeName());
		assertEquals(2, building.children().size());
		// #15042 IFCWALLSTANDARDCASE('2XPyKWY018sA1ygZKgQPtU',#12,'Wand-Int-ERDG-4',...) contained by #14517 in #479
		IfcEntity wall = m.byGlobalId("2XPyKWY018sA1ygZKgQPtU");
		assertNotNull(wall);
		assertEquals(15042, wall.id());
		assertEquals("Wand-Int-ERDG-4", wall.name());
		assertEquals(wall, m.entity(15042));
		assertEquals("Erdgeschoss", m.storeyOf(wall).name());
		assertTrue(m.containedElements(storeys.get(0)).contains(wall));
		// #15253 IFCRELDEFINESBYTYPE(..., (#15042,...), #15234) 'Leichtbeton 102890359 240'
		assertEquals("Leichtbeton 102890359 240", m.typeOf(wall).name());
		// #15160 IFCQUANTITYLENGTH('Length',$,$,4.17,$) in a metre file
		PropertyValue length = m.property(wall, "BaseQuantities", "Length");
		assertNotNull(length);
		assertEquals(4.17, length.siValue(), 1e-9);
		assertEquals("m", length.siUnit());
		// #15174 'H\X2\00F6\X0\henangabe zum Projekt-Nullpunkt' decodes the umlaut
		assertTrue(m.propertySets(wall).stream().flatMap(s -> s.values().stream())
				.anyMatch(v -> "H\u00f6henangabe zum Projekt-Nullpunkt".equals(v.name())));
		assertEquals("METRE", m.units().name(MeasureKind.LENGTH));
		assertEquals("ARCHICAD-64", m.owningApplication().fullName());
		assertNull(m.byGlobalId("no such GlobalId"));
	}

	@Test
	void teklaBeamFindsItsStoreyThroughTheAssembly() throws Exception {
		IfcModel m = IfcModel.open(TestFiles.sample("ISSUE_021_Mini_Project.ifc"));
		// #524 IFCBEAM('1CBNfY0004DZ4oDpWmD3am',...,'POORTDORPEL',...) is a part of #173 (IFCRELAGGREGATES #45420),
		// which is contained in storey #43; the beam itself is in no IFCRELCONTAINEDINSPATIALSTRUCTURE.
		IfcEntity beam = m.byGlobalId("1CBNfY0004DZ4oDpWmD3am");
		assertEquals(524, beam.id());
		assertEquals("POORTDORPEL", beam.name());
		IfcEntity assembly = m.parentOf(beam);
		assertEquals(173, assembly.id());
		assertEquals("IfcElementAssembly", assembly.typeName());
		assertTrue(m.referrers("IfcRelContainedInSpatialStructure", "RelatedElements", beam).isEmpty());
		assertEquals(43, m.storeyOf(beam).id());
		assertTrue(m.partsOf(assembly).contains(beam));
		// every beam of this Tekla model reaches a storey
		assertTrue(m.instancesOf("IfcBeam").stream().allMatch(b -> m.storeyOf(b) != null));
		// millimetre file: BaseQuantities Length 8300 mm
		assertEquals("MILLIMETRE", m.units().name(MeasureKind.LENGTH));
		assertEquals(8.3, m.property(beam, "BaseQuantities", "Length").siValue(), 1e-9);
		List<MaterialAssignment> materials = m.materials(beam);
		assertEquals("STEEL/S235JR", materials.get(0).parts().get(0).material());
		assertEquals("Tekla Structures", m.owningApplication().fullName());
	}

	@Test
	void millimetreBaseQuantitiesAreConvertedToSi() throws Exception {
		IfcModel m = IfcModel.open(TestFiles.sample("ROOT-kalkzandsteen.ifc"));
		// #26 IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.); area and volume in plain SI
		assertEquals(0.001, m.units().factor(MeasureKind.LENGTH), 1e-15);
		assertEquals(1.0, m.units().factor(MeasureKind.AREA), 1e-15);
		IfcEntity wall = m.byGlobalId("0_4DdazE95P956DJ3xDRfk");
		assertEquals(771, wall.id());
		assertEquals("binnenwand", wall.name());
		// #835..#843 in BaseQuantities #844
		assertEquals(2.522, m.property(wall, "BaseQuantities", "Length").siValue(), 1e-9);
		assertEquals(2.71, m.property(wall, "BaseQuantities", "Height").siValue(), 1e-9);
		assertEquals(0.3, m.property(wall, "BaseQuantities", "Width").siValue(), 1e-9);
		assertEquals(6.83462, m.property(wall, "BaseQuantities", "GrossSideArea").siValue(), 1e-9);
		PropertyValue volume = m.property(wall, "BaseQuantities", "GrossVolume");
		assertEquals(2.050386, volume.siValue(), 1e-9);
		assertEquals("m3", volume.siUnit());
		assertEquals(2522.0, m.property(wall, "BaseQuantities", "Length").value());
		// #828/#829 Pset_WallCommon LoadBearing .T., IsExternal .F.
		assertEquals(Boolean.TRUE, m.property(wall, "Pset_WallCommon", "LoadBearing").value());
		assertEquals(Boolean.FALSE, m.property(wall, "Pset_WallCommon", "IsExternal").value());
	}

	@Test
	void typeLevelPropertySetsAreIncluded() throws Exception {
		IfcModel m = IfcModel.open(TestFiles.sample("Ifc4_SampleHouse.ifc"));
		// #1229 IfcWall typed by #1309 IFCWALLTYPE whose set #1406 'Construction' holds
		// #1343 IFCPROPERTYSINGLEVALUE('Width',$,IFCLENGTHMEASURE(290.),$) in a millimetre file
		IfcEntity wall = m.entity(1229);
		assertEquals("IfcWall", wall.typeName());
		assertEquals(1309, m.typeOf(wall).id());
		PropertyValue width = m.property(wall, "Construction", "Width");
		assertTrue(width.fromType());
		assertEquals(290.0, width.value());
		assertEquals(0.29, width.siValue(), 1e-12);
		assertEquals("None", m.property(wall, "Construction", "Wrapping at Ends").value());
	}

	@Test
	void allplanOldSchemaNameReadsAsIfc2x3WithAWarning() throws Exception {
		IfcModel m = IfcModel.open(TestFiles.sample("Allplan-Smiley-West.ifc"));
		assertEquals("IFC2X3", m.schema().name());
		assertEquals(List.of("IFC2X_FINAL"), m.header().schemaIdentifiers());
		assertTrue(m.problems().stream().anyMatch(p -> p.severity() == IfcProblem.Severity.WARNING
				&& p.message().contains("IFC2X_FINAL")), () -> m.problems().toString());
		assertEquals("MILLIMETRE", m.units().name(MeasureKind.LENGTH));
	}

	@Test
	void revitExportFlawsAreReportedWithLineAndId() throws Exception {
		IfcModel m = IfcModel.open(TestFiles.sample("example.ifc"));
		List<IfcProblem> problems = m.validate();
		// line 4827: #9989= IFCSPACE(...) with 8 values where IFC2X3 has 11 attributes
		assertTrue(problems.stream().anyMatch(p -> p.entityId() == 9989 && p.line() == 4827
				&& p.message().contains("11 attributes")), problems::toString);
		// line 6517: #14315= IFCWINDOWSTYLE(...,(#14688,#14744,#14747),...) refers to instances that do not exist
		assertTrue(problems.stream().anyMatch(p -> p.entityId() == 14315 && p.line() == 6517
				&& p.message().contains("#14688")), problems::toString);
		assertFalse(m.instancesOf("IfcWindowStyle").isEmpty());
	}

	@Test
	void placementsAreInMetres() throws Exception {
		IfcModel m = IfcModel.open(TestFiles.sample("ISSUE_021_Mini_Project.ifc"));
		double[] t = m.worldTransform(m.entity(524));
		assertEquals(16, t.length);
		// rotation part stays orthonormal
		for (int c = 0; c < 3; c++) {
			double len = t[c] * t[c] + t[4 + c] * t[4 + c] + t[8 + c] * t[8 + c];
			assertEquals(1.0, len, 1e-9);
		}
		// a millimetre file: a 3x3 storey car wash lies within some tens of metres of the origin
		assertTrue(Math.abs(t[3]) < 1000 && Math.abs(t[7]) < 1000, () -> java.util.Arrays.toString(t));
		assertEquals(1.0, t[15]);
	}

	@Test
	void allSamplesAreCovered() throws Exception {
		Path dir = TestFiles.samples();
		try (var files = Files.list(dir)) {
			assertEquals(13, files.filter(p -> p.toString().endsWith(".ifc")).count());
		}
	}
}
