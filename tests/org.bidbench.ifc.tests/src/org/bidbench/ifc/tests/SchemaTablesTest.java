package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bidbench.ifc.tests.tools.ExpressTableGenerator;
import org.bidbench.ifc.schema.AttributeDef;
import org.bidbench.ifc.schema.EntityDef;
import org.bidbench.ifc.schema.IfcSchema;
import org.bidbench.ifc.schema.InverseDef;
import org.bidbench.ifc.schema.TypeDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated schema tables: their content, and that they match what the generator makes now. */
class SchemaTablesTest {

	@TempDir
	Path temp;

	@Test
	void committedTablesMatchAFreshGeneration() throws Exception {
		Path bundle = TestFiles.repository().resolve("bundles/org.bidbench.ifc");
		List<Path> fresh = ExpressTableGenerator.generateAll(bundle.resolve("schema"), temp);
		assertEquals(3, fresh.size());
		for (Path generated : fresh) {
			Path committed = bundle.resolve("src-gen/org/bidbench/ifc/internal/schema").resolve(generated.getFileName());
			assertTrue(Files.exists(committed), "missing generated file " + committed);
			assertEquals(-1L, Files.mismatch(generated, committed), "generated table " + generated.getFileName()
					+ " drifted from the committed one: rerun the generator (docs/ifc-schema-generator.md)");
		}
	}

	@Test
	void entityCountsAndInheritance() {
		IfcSchema ifc2x3 = IfcSchema.forName("IFC2X3");
		IfcSchema ifc4 = IfcSchema.forName("IFC4");
		IfcSchema ifc4x3 = IfcSchema.forName("IFC4X3_ADD2");
		// ENTITY declarations counted in the .exp files with grep -c "^ENTITY"
		assertEquals(653, ifc2x3.entities().size());
		assertEquals(776, ifc4.entities().size());
		assertEquals(876, ifc4x3.entities().size());
		assertTrue(ifc4.isA("IFCWALLSTANDARDCASE", "IfcWall"));
		assertTrue(ifc4.isA("IfcWallStandardCase", "IfcRoot"));
		assertFalse(ifc4.isA("IfcWall", "IfcWallStandardCase"));
		assertFalse(ifc2x3.isA("IfcSlab", "IfcWall"));
		assertTrue(ifc4x3.isA("IfcAlignment", "IfcProduct"));
		assertNull(ifc2x3.entity("IfcAlignment"));
		EntityDef root = ifc4.entity("IfcRoot");
		assertTrue(root.isAbstract());
		assertNull(root.supertype());
		assertFalse(ifc4.entity("IfcWall").isAbstract());
	}

	@Test
	void attributesInPart21Order() {
		EntityDef wall = IfcSchema.forName("IFC4").entity("IfcWall");
		List<String> names = wall.attributes().stream().map(AttributeDef::name).toList();
		assertEquals(List.of("GlobalId", "OwnerHistory", "Name", "Description", "ObjectType", "ObjectPlacement",
				"Representation", "Tag", "PredefinedType"), names);
		AttributeDef globalId = wall.attribute("GlobalId");
		assertFalse(globalId.optional());
		assertEquals("IfcGloballyUniqueId", globalId.type());
		assertEquals("IfcRoot", globalId.declaredBy());
		assertTrue(wall.attribute("PredefinedType").optional());
		assertEquals(8, IfcSchema.forName("IFC2X3").entity("IfcWall").attributes().size());
		AttributeDef coords = IfcSchema.forName("IFC4").entity("IfcCartesianPoint").attribute("Coordinates");
		assertEquals("LIST_[1:3]_OF_IfcLengthMeasure", coords.type());
		// IfcSIUnit re-declares Dimensions as DERIVE: still the first Part-21 slot
		assertEquals("Dimensions", IfcSchema.forName("IFC4").entity("IfcSIUnit").attributes().get(0).name());
		assertEquals(4, IfcSchema.forName("IFC4").entity("IfcSIUnit").attributes().size());
	}

	@Test
	void inversesEnumerationsSelectsAndDefinedTypes() {
		IfcSchema ifc4 = IfcSchema.forName("IFC4");
		InverseDef definedBy = ifc4.entity("IfcWall").inverse("IsDefinedBy");
		assertEquals("IfcRelDefinesByProperties", definedBy.sourceEntity());
		assertEquals("RelatedObjects", definedBy.forwardAttribute());
		assertEquals("IfcObject", definedBy.declaredBy());
		InverseDef contained = ifc4.entity("IfcWall").inverse("ContainedInStructure");
		assertEquals("SET_[0:1]", contained.aggregate());
		TypeDef wallType = ifc4.type("IfcWallTypeEnum");
		assertEquals(TypeDef.Kind.ENUMERATION, wallType.kind());
		assertTrue(wallType.items().contains("SHEAR"));
		assertEquals("NOTDEFINED", wallType.items().get(wallType.items().size() - 1));
		TypeDef value = ifc4.type("IfcValue");
		assertEquals(TypeDef.Kind.SELECT, value.kind());
		assertEquals(List.of("IfcDerivedMeasureValue", "IfcMeasureValue", "IfcSimpleValue"), value.items());
		assertEquals("REAL", ifc4.type("IfcLengthMeasure").underlying());
		assertEquals("STRING(22)_FIXED", ifc4.type("IfcGloballyUniqueId").underlying());
	}

	@Test
	void fileSchemaNames() {
		assertEquals("IFC2X3", IfcSchema.canonicalName("IFC2X_FINAL"));
		assertEquals("IFC4X3_ADD2", IfcSchema.canonicalName("IFC4X3"));
		assertEquals("IFC4", IfcSchema.canonicalName("ifc4"));
		assertNull(IfcSchema.canonicalName("IFC5"));
		assertThrows(IllegalArgumentException.class, () -> IfcSchema.forName("IFC5"));
	}
}
