package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.MaterialAssignment;
import org.bidbench.ifc.MeasureKind;
import org.bidbench.ifc.PropertyValue;
import org.junit.jupiter.api.Test;

/** Units, SI conversion, placements, materials and relations on hand-made IFC2X3 / IFC4 models. */
class UnitsAndPlacementTest {

	/** A small project: one storey, one wall with quantities, a layer set, an opening with a door. */
	static String house(String lengthUnit, double scale) {
		return String.join("\n",
				"#1=IFCPROJECT('1xS3BCk291UvhgP2dvNsgp',#2,'P',$,$,$,$,$,#10);",
				"#2=IFCOWNERHISTORY(#3,#4,$,.ADDED.,$,$,$,0);",
				"#3=IFCPERSONANDORGANIZATION(#5,#6,$);",
				"#4=IFCAPPLICATION(#6,'1.0','Hand Made CAD','HMC');",
				"#5=IFCPERSON($,'Doe',$,$,$,$,$,$);",
				"#6=IFCORGANIZATION($,'BidBench',$,$,$);",
				"#10=IFCUNITASSIGNMENT((#11,#12,#13,#14));",
				"#11=" + lengthUnit + ";",
				"#12=IFCSIUNIT(*,.AREAUNIT.,$,.SQUARE_METRE.);",
				"#13=IFCSIUNIT(*,.VOLUMEUNIT.,$,.CUBIC_METRE.);",
				"#14=IFCCONVERSIONBASEDUNIT(#15,.PLANEANGLEUNIT.,'DEGREE',#16);",
				"#15=IFCDIMENSIONALEXPONENTS(0,0,0,0,0,0,0);",
				"#16=IFCMEASUREWITHUNIT(IFCPLANEANGLEMEASURE(0.0174532925199433),#17);",
				"#17=IFCSIUNIT(*,.PLANEANGLEUNIT.,$,.RADIAN.);",
				"#20=IFCBUILDINGSTOREY('2xS3BCk291UvhgP2dvNsgp',#2,'Level 1',$,$,#30,$,$,.ELEMENT.," + (3 * scale) + ");",
				"#21=IFCRELAGGREGATES('3xS3BCk291UvhgP2dvNsgp',#2,$,$,#1,(#20));",
				"#30=IFCLOCALPLACEMENT($,#31);",
				"#31=IFCAXIS2PLACEMENT3D(#32,$,$);",
				"#32=IFCCARTESIANPOINT((0.,0.," + (3 * scale) + "));",
				"#40=IFCWALL('0aS3BCk291UvhgP2dvNsgp',#2,'W1',$,$,#41,$,$,$);",
				"#41=IFCLOCALPLACEMENT(#30,#42);",
				"#42=IFCAXIS2PLACEMENT3D(#43,#44,#45);",
				"#43=IFCCARTESIANPOINT((" + (2 * scale) + "," + (1 * scale) + ",0.));",
				"#44=IFCDIRECTION((0.,0.,1.));",
				"#45=IFCDIRECTION((0.,1.,0.));",
				"#50=IFCRELCONTAINEDINSPATIALSTRUCTURE('1aS3BCk291UvhgP2dvNsgp',#2,$,$,(#40),#20);",
				"#60=IFCELEMENTQUANTITY('2aS3BCk291UvhgP2dvNsgp',#2,'BaseQuantities',$,$,(#61,#62,#63,#64,#65));",
				"#61=IFCQUANTITYLENGTH('Length',$,$," + (4 * scale) + ",$);",
				"#62=IFCQUANTITYAREA('GrossSideArea',$,$,12.,$);",
				"#63=IFCQUANTITYVOLUME('GrossVolume',$,$,2.4,$);",
				"#64=IFCQUANTITYLENGTH('Width',$,#66,200.,$);",
				"#65=IFCQUANTITYWEIGHT('GrossWeight',$,#67,5000.,$);",
				"#66=IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.);",
				"#67=IFCSIUNIT(*,.MASSUNIT.,$,.GRAM.);",
				"#68=IFCRELDEFINESBYPROPERTIES('3aS3BCk291UvhgP2dvNsgp',#2,$,$,(#40),#60);",
				"#70=IFCPROPERTYSET('0bS3BCk291UvhgP2dvNsgp',#2,'Pset_WallCommon',$,(#71,#72));",
				"#71=IFCPROPERTYSINGLEVALUE('IsExternal',$,IFCBOOLEAN(.T.),$);",
				"#72=IFCPROPERTYSINGLEVALUE('Slope',$,IFCPLANEANGLEMEASURE(90.),$);",
				"#73=IFCRELDEFINESBYPROPERTIES('1bS3BCk291UvhgP2dvNsgp',#2,$,$,(#40),#70);",
				"#80=IFCWALLTYPE('2bS3BCk291UvhgP2dvNsgp',#2,'WT',$,$,(#81),$,$,$,.STANDARD.);",
				"#81=IFCPROPERTYSET('3bS3BCk291UvhgP2dvNsgp',#2,'Pset_WallCommon',$,(#82,#83));",
				"#82=IFCPROPERTYSINGLEVALUE('IsExternal',$,IFCBOOLEAN(.F.),$);",
				"#83=IFCPROPERTYSINGLEVALUE('FireRating',$,IFCLABEL('REI90'),$);",
				"#84=IFCRELDEFINESBYTYPE('0cS3BCk291UvhgP2dvNsgp',#2,$,$,(#40),#80);",
				"#90=IFCMATERIALLAYERSET((#91,#92),'Brick 300',$);",
				"#91=IFCMATERIALLAYER(#93," + (100 * scale / 1000) + ",$,'Finish',$,$,$);",
				"#92=IFCMATERIALLAYER(#94," + (200 * scale / 1000) + ",$,'Core',$,$,$);",
				"#93=IFCMATERIAL('Plaster',$,$);",
				"#94=IFCMATERIAL('Brick',$,'Masonry');",
				"#95=IFCMATERIALLAYERSETUSAGE(#90,.AXIS2.,.POSITIVE.,0.,$);",
				"#96=IFCRELASSOCIATESMATERIAL('1cS3BCk291UvhgP2dvNsgp',#2,$,$,(#40),#95);",
				"#100=IFCOPENINGELEMENT('2cS3BCk291UvhgP2dvNsgp',#2,'O1',$,$,$,$,$,.OPENING.);",
				"#101=IFCRELVOIDSELEMENT('3cS3BCk291UvhgP2dvNsgp',#2,$,$,#40,#100);",
				"#102=IFCDOOR('0dS3BCk291UvhgP2dvNsgp',#2,'D1',$,$,$,$,$,$,$,$,$,$);",
				"#103=IFCRELFILLSELEMENT('1dS3BCk291UvhgP2dvNsgp',#2,$,$,#100,#102);",
				"#110=IFCCLASSIFICATION('NBS',$,$,'Uniclass 2015',$,$,$);",
				"#111=IFCCLASSIFICATIONREFERENCE($,'Ss_25_10_30',$,#110,$,$);",
				"#112=IFCRELASSOCIATESCLASSIFICATION('2dS3BCk291UvhgP2dvNsgp',#2,$,$,(#40),#111);");
	}

	static final String METRE = "IFCSIUNIT(*,.LENGTHUNIT.,$,.METRE.)";
	private static final String MILLIMETRE = "IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.)";

	@Test
	void millimetreAndMetreFilesGiveTheSameSiValues() throws Exception {
		IfcModel metres = TestFiles.read("IFC4", house(METRE, 1.0));
		IfcModel millimetres = TestFiles.read("IFC4", house(MILLIMETRE, 1000.0));
		for (IfcModel m : List.of(metres, millimetres)) {
			IfcEntity wall = m.byGlobalId("0aS3BCk291UvhgP2dvNsgp");
			assertEquals(4.0, m.property(wall, "BaseQuantities", "Length").siValue(), 1e-12, m.units().toString());
			assertEquals(12.0, m.property(wall, "BaseQuantities", "GrossSideArea").siValue(), 1e-12);
			assertEquals(2.4, m.property(wall, "BaseQuantities", "GrossVolume").siValue(), 1e-12);
			// the quantity's own unit (mm) beats the project unit
			PropertyValue width = m.property(wall, "BaseQuantities", "Width");
			assertEquals(0.2, width.siValue(), 1e-12);
			assertEquals("MILLIMETRE", width.unitName());
			assertEquals(5.0, m.property(wall, "BaseQuantities", "GrossWeight").siValue(), 1e-9);
			assertEquals(Math.PI / 2, m.property(wall, "Pset_WallCommon", "Slope").siValue(), 1e-9);
			double[] t = m.worldTransform(wall);
			// RefDirection (0,1,0): local X is world Y; origin (2,1,0) above a storey at z=3
			assertArrayEquals(new double[]{0, -1, 0, 2, 1, 0, 0, 1, 0, 0, 1, 3, 0, 0, 0, 1}, t, 1e-12);
			List<MaterialAssignment> materials = m.materials(wall);
			assertEquals("LAYER_SET", materials.get(0).kind());
			assertEquals("Brick 300", materials.get(0).setName());
			assertEquals(0.1, materials.get(0).parts().get(0).thickness(), 1e-12);
			assertEquals("Brick", materials.get(0).parts().get(1).material());
			assertEquals("Masonry", materials.get(0).parts().get(1).category());
			assertEquals(3.0, m.storeys().get(0).getDouble("Elevation") * m.units().factor(MeasureKind.LENGTH), 1e-12);
		}
	}

	@Test
	void relationsTypesOpeningsAndClassifications() throws Exception {
		IfcModel m = TestFiles.read("IFC4", house(METRE, 1.0));
		IfcEntity wall = m.entity(40);
		// occurrence Pset_WallCommon.IsExternal=.T. overrides the type's .F.; FireRating comes from the type
		PropertyValue external = m.property(wall, "Pset_WallCommon", "IsExternal");
		assertEquals(Boolean.TRUE, external.value());
		assertEquals(false, external.fromType());
		assertEquals("REI90", m.property(wall, "Pset_WallCommon", "FireRating").value());
		assertEquals(true, m.property(wall, "Pset_WallCommon", "FireRating").fromType());
		assertEquals("WT", m.typeOf(wall).name());
		assertEquals(List.of(m.entity(100)), m.openings(wall));
		IfcEntity door = m.entity(102);
		assertEquals(List.of(door), m.fillings(m.entity(100)));
		// the door is in no containment relation: found through opening -> wall -> storey
		assertEquals("Level 1", m.storeyOf(door).name());
		assertEquals("Uniclass 2015", m.classifications(wall).get(0).system());
		assertEquals("Ss_25_10_30", m.classifications(wall).get(0).code());
		assertEquals("Hand Made CAD", m.owningApplication().fullName());
		assertEquals("BidBench", m.owningApplication().developer());
		// inverse attributes come from forward references
		assertEquals(List.of(m.entity(50)), m.inverse(wall, "ContainedInStructure"));
		assertEquals(2, m.inverse(wall, "IsDefinedBy").size());
		assertEquals(List.of(m.entity(84)), m.inverse(wall, "IsTypedBy"));
	}

	@Test
	void footAndInchConvertToMetres() throws Exception {
		String foot = "IFCCONVERSIONBASEDUNIT(#200,.LENGTHUNIT.,'FOOT',#201);\n"
				+ "#200=IFCDIMENSIONALEXPONENTS(1,0,0,0,0,0,0);\n"
				+ "#201=IFCMEASUREWITHUNIT(IFCLENGTHMEASURE(0.3048),#202);\n"
				+ "#202=IFCSIUNIT(*,.LENGTHUNIT.,$,.METRE.)";
		IfcModel m = TestFiles.read("IFC4", house(foot, 1.0));
		assertEquals("FOOT", m.units().name(MeasureKind.LENGTH));
		assertEquals(0.3048, m.units().factor(MeasureKind.LENGTH), 1e-15);
		assertEquals(4 * 0.3048, m.property(m.entity(40), "BaseQuantities", "Length").siValue(), 1e-12);
		String inch = "IFCCONVERSIONBASEDUNIT(#200,.LENGTHUNIT.,'INCH',#201);\n"
				+ "#200=IFCDIMENSIONALEXPONENTS(1,0,0,0,0,0,0);\n"
				+ "#201=IFCMEASUREWITHUNIT(IFCLENGTHMEASURE(2.54),#202);\n"
				+ "#202=IFCSIUNIT(*,.LENGTHUNIT.,.CENTI.,.METRE.)";
		IfcModel inches = TestFiles.read("IFC4", house(inch, 1.0));
		assertEquals(0.0254, inches.units().factor(MeasureKind.LENGTH), 1e-15);
		assertEquals(Math.PI / 180, inches.units().factor(MeasureKind.PLANE_ANGLE), 1e-12);
	}

	@Test
	void ifc2x3MaterialListAndSquareMillimetres() throws Exception {
		IfcModel m = TestFiles.read("IFC2X3", String.join("\n",
				"#1=IFCPROJECT('1xS3BCk291UvhgP2dvNsgp',$,'P',$,$,$,$,$,#10);",
				"#10=IFCUNITASSIGNMENT((#11,#12));",
				"#11=IFCSIUNIT(*,.AREAUNIT.,.MILLI.,.SQUARE_METRE.);",
				"#12=IFCSIUNIT(*,.VOLUMEUNIT.,.CENTI.,.CUBIC_METRE.);",
				"#20=IFCBEAM('0aS3BCk291UvhgP2dvNsgp',$,'B',$,$,$,$,$);",
				"#21=IFCMATERIALLIST((#22,#23));",
				"#22=IFCMATERIAL('Steel');",
				"#23=IFCMATERIAL('Paint');",
				"#24=IFCRELASSOCIATESMATERIAL('1aS3BCk291UvhgP2dvNsgp',$,$,$,(#20),#21);"));
		assertEquals(1e-6, m.units().factor(MeasureKind.AREA), 1e-20);
		assertEquals(1e-6, m.units().factor(MeasureKind.VOLUME), 1e-20);
		MaterialAssignment list = m.materials(m.entity(20)).get(0);
		assertEquals("LIST", list.kind());
		assertEquals(List.of("Steel", "Paint"), list.parts().stream().map(MaterialAssignment.Part::material).toList());
		assertEquals(m.entity(20), m.instancesOf("IfcBuildingElement").get(0));
	}
}
