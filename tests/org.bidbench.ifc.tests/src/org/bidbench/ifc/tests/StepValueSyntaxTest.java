package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bidbench.ifc.BinaryValue;
import org.bidbench.ifc.Derived;
import org.bidbench.ifc.EnumValue;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.Ref;
import org.bidbench.ifc.TypedValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every Part-21 value kind and string escape, on hand-made fragments. */
class StepValueSyntaxTest {

	/** The Name (third attribute) of an IfcBuildingElementProxy whose name is {@code literal}. */
	private static Object nameOf(String literal) throws Exception {
		IfcModel m = TestFiles.read("IFC4", "#1=IFCBUILDINGELEMENTPROXY('0abcdefghijklmnopqrstu',$," + literal
				+ ",$,$,$,$,$,$);");
		return m.entity(1).get("Name");
	}

	@ParameterizedTest(name = "{0} decodes to {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"'plain'|plain",
			"'it''s'|it's",
			"''''|'",
			"'back\\\\slash'|back\\slash",
			"'\\X\\E4'|\u00e4",
			"'Gr\\X2\\00FC\\X0\\n'|Gr\u00fcn",
			"'H\\X2\\00F600DF\\X0\\e'|H\u00f6\u00dfe",
			"'\\X2\\4E2D6587540D79F0\\X0\\'|\u4e2d\u6587\u540d\u79f0",
			"'\\X4\\0001F600\\X0\\!'|\ud83d\ude00!",
			"'\\S\\d'|\u00e4",
			"'\\PE\\\\S\\d'|\u0444",
			"'semi;colon /* not a comment */'|semi;colon /* not a comment */",
			"''|''",
	})
	void stringsAndEscapes(String literal, String expected) throws Exception {
		String want = expected.equals("''") ? "" : expected;
		assertEquals(want, nameOf(literal));
	}

	@Test
	void rawUtf8IsReadAsUtf8() throws Exception {
		// Not allowed by Part 21 but written by many exporters.
		IfcModel m = IfcModel.read(TestFiles.file("IFC4",
				"#1=IFCBUILDINGELEMENTPROXY('0abcdefghijklmnopqrstu',$,'\u4e2d\u6587 caf\u00e9',$,$,$,$,$,$);")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8), "utf8.ifc", org.bidbench.ifc.ReadOptions.defaults());
		assertEquals("\u4e2d\u6587 caf\u00e9", m.entity(1).name());
	}

	@ParameterizedTest(name = "{0} is the real {1}")
	@CsvSource({"1.E-5, 1.0E-5", "-0., -0.0", "0., 0.0", "2.5, 2.5", "-12.75E2, -1275.0", "1.5e+3, 1500.0",
			"+3., 3.0", "0.1, 0.1", "123456789.123456789, 123456789.12345679", "1.7976931348623157E308, 1.7976931348623157E308",
			"4.9E-324, 4.9E-324"})
	void reals(String literal, double expected) throws Exception {
		IfcModel m = TestFiles.read("IFC4", "#1=IFCCARTESIANPOINT((" + literal + ",0.,0.));");
		List<?> coords = (List<?>) m.entity(1).get("Coordinates");
		Object v = coords.get(0);
		assertInstanceOf(Double.class, v);
		assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits((Double) v), literal);
	}

	@Test
	void allOtherValueKinds() throws Exception {
		IfcModel m = TestFiles.read("IFC4", String.join("\n",
				"/* a comment before an instance */",
				"#1=IFCPROPERTYSINGLEVALUE('Width',$,IFCLENGTHMEASURE(0.25),#2);",
				"#2=IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.);",
				"#3=IFCPROPERTYSINGLEVALUE('Flag', /* inside */ $,IFCBOOLEAN(.T.),$);",
				"#4=IFCPROPERTYSINGLEVALUE('Logical',$,IFCLOGICAL(.U.),$);",
				"#5=IFCPROPERTYSINGLEVALUE('Count',$,IFCINTEGER(-42),$);",
				"#6=IFCPIXELTEXTURE(.T.,.F.,$,$,$,2,2,3,(\"0FF00FF\",\"3A\"));",
				"#7=IFCCARTESIANPOINTLIST3D(((0.,0.,0.),(1.,2.,3.)));",
				"#8=IFCPROPERTYLISTVALUE('L',$,(IFCLABEL('a'),IFCLABEL('b')),$);"));
		IfcEntity p = m.entity(1);
		assertEquals(new TypedValue("IFCLENGTHMEASURE", 0.25), p.get("NominalValue"));
		assertEquals(new Ref(2), p.get("Unit"));
		IfcEntity unit = m.entity(2);
		assertEquals(Derived.VALUE, unit.get(0));
		assertEquals(new EnumValue("MILLI"), unit.get("Prefix"));
		assertNull(m.entity(3).get("Description"));
		assertEquals(new TypedValue("IFCBOOLEAN", Boolean.TRUE), m.entity(3).get("NominalValue"));
		assertEquals(new TypedValue("IFCLOGICAL", new EnumValue("U")), m.entity(4).get("NominalValue"));
		assertEquals(new TypedValue("IFCINTEGER", -42L), m.entity(5).get("NominalValue"));
		IfcEntity texture = m.entity(6);
		assertEquals(Boolean.TRUE, texture.get(0));
		assertEquals(Boolean.FALSE, texture.get(1));
		assertEquals(2L, texture.get("Width"));
		assertEquals(List.of(new BinaryValue("0FF00FF"), new BinaryValue("3A")), texture.get("Pixel"));
		List<?> coordList = (List<?>) m.entity(7).get("CoordList");
		assertEquals(List.of(1.0, 2.0, 3.0), coordList.get(1));
		assertEquals(List.of(new TypedValue("IFCLABEL", "a"), new TypedValue("IFCLABEL", "b")),
				m.entity(8).get("ListValues"));
		assertTrue(m.problems().isEmpty(), () -> m.problems().toString());
	}

	@Test
	void headerAndSeveralDataSections() throws Exception {
		String text = "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('ViewDefinition [ReferenceView]'),'2;1');\n"
				+ "FILE_NAME('two.ifc','2024-02-03T04:05:06',('A','B'),('Org'),'pre 1','Tool \\X2\\4E2D\\X0\\','auth');\n"
				+ "FILE_SCHEMA(('IFC4'));\nENDSEC;\n"
				+ "DATA;\n#1=IFCCARTESIANPOINT((1.,2.,3.));\nENDSEC;\n"
				+ "DATA('second',('IFC4'));\n#2=IFCDIRECTION((0.,0.,1.));\nENDSEC;\nEND-ISO-10303-21;\n";
		IfcModel m = TestFiles.read(text);
		assertEquals(List.of("ViewDefinition [ReferenceView]"), m.header().description());
		assertEquals("2;1", m.header().implementationLevel());
		assertEquals("two.ifc", m.header().name());
		assertEquals(List.of("A", "B"), m.header().authors());
		assertEquals("Tool \u4e2d", m.header().originatingSystem());
		assertEquals(List.of("IFC4"), m.header().schemaIdentifiers());
		assertEquals(2, m.size());
		assertEquals("IfcDirection", m.entity(2).typeName());
		assertTrue(m.problems().isEmpty(), () -> m.problems().toString());
	}

	@Test
	void sparseIdsUseTheSortedMap() throws Exception {
		IfcModel m = TestFiles.read("IFC4", "#2000000000=IFCCARTESIANPOINT((1.,2.,3.));\n#7=IFCDIRECTION((1.,0.,0.));");
		assertEquals("IfcCartesianPoint", m.entity(2_000_000_000).typeName());
		assertEquals("IfcDirection", m.entity(7).typeName());
		assertNull(m.entity(8));
	}
}
