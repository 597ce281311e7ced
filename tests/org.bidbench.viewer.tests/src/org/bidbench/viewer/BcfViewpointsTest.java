package org.bidbench.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.bidbench.geometry.Colour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved viewpoints through BCF 2.1 and back, and a BCF as another tool writes it. */
class BcfViewpointsTest {

	private static final String WALL = "2O2Fr$t4X7Zf8NOew3FLOH";
	private static final String DOOR = "1Oms875aH3Wg$9l65H2ZGw";

	private static Viewpoint perspective() {
		return new Viewpoint("Front door", new double[]{12.5, -8.25, 4.0}, new double[]{-0.6, 0.8, 0.0}, 7.5,
				55, false, 0, List.of(WALL), List.of(DOOR), true, List.of(DOOR),
				Map.of(WALL, new Colour(1f, 0f, 0f, 1f)), List.of(SectionPlane.horizontal(1.2)), true);
	}

	private static Viewpoint orthographicTop() {
		return new Viewpoint("Plan", new double[]{5, 5, 30}, new double[]{0, 0, -1}, 25, 60, true, 18.5,
				List.of(), List.of(), false, List.of(), Map.of(), List.of(), false);
	}

	@Test
	void viewpointsSurviveARoundTripThroughAFile(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("views/house.bcf");
		BcfViewpoints.write(List.of(perspective(), orthographicTop()), file);
		BcfViewpoints.write(List.of(perspective(), orthographicTop()), file); // replacing works too
		try (var listing = Files.list(file.getParent())) {
			assertEquals(List.of(file), listing.toList(), "no temporary file is left beside it");
		}
		List<Viewpoint> read = BcfViewpoints.read(file);
		assertEquals(2, read.size());
		Viewpoint p = read.get(0);
		Viewpoint expected = perspective();
		assertEquals("Front door", p.name());
		assertArrayEquals(expected.eye(), p.eye(), 1e-9);
		assertArrayEquals(expected.direction(), p.direction(), 1e-9);
		assertEquals(7.5, p.distance(), 1e-9);
		assertEquals(55, p.fieldOfView(), 1e-9);
		assertFalse(p.orthographic());
		assertEquals(List.of(WALL), p.hidden());
		assertEquals(List.of(DOOR), p.selected());
		assertTrue(p.xray());
		assertEquals(List.of(DOOR), p.xrayFocus());
		assertEquals(new Colour(1f, 0f, 0f, 1f), p.colours().get(WALL));
		assertEquals(List.of(SectionPlane.horizontal(1.2)), p.sections());
		assertTrue(p.spacesVisible(), "spaces were shown in the first view");
		Viewpoint o = read.get(1);
		assertTrue(o.orthographic());
		assertEquals(18.5, o.viewHeight(), 1e-9);
		assertFalse(o.spacesVisible(), "and hidden in the second");
	}

	@Test
	void theZipHoldsBcf21TopicsWithMarkupAndViewpoint() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BcfViewpoints.write(List.of(perspective()), out);
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				entries.put(e.getName().replaceFirst("^[0-9a-f-]{36}/", "TOPIC/"),
						new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		assertEquals(List.of("bcf.version", "TOPIC/markup.bcf", "TOPIC/viewpoint.bcfv", "TOPIC/bidbench-viewpoint.properties"),
				new ArrayList<>(entries.keySet()));
		assertTrue(entries.get("bcf.version").contains("VersionId=\"2.1\""), entries.get("bcf.version"));
		String markup = entries.get("TOPIC/markup.bcf");
		assertTrue(markup.contains("<Title>Front door</Title>") && markup.contains("<Viewpoint>viewpoint.bcfv</Viewpoint>"),
				markup);
		String bcfv = entries.get("TOPIC/viewpoint.bcfv");
		for (String expected : new String[]{"<VisualizationInfo", "<PerspectiveCamera>", "<CameraViewPoint>",
				"<CameraUpVector>", "<FieldOfView>55.0</FieldOfView>", "<Selection>", "<Component IfcGuid=\"" + DOOR + "\"/>",
				"<Visibility DefaultVisibility=\"true\">", "<Exceptions>", "<Color Color=\"FF0000\">", "<ClippingPlanes>",
				"<Direction>", "SpacesVisible=\"true\""}) {
			assertTrue(bcfv.contains(expected), expected + " in " + bcfv);
		}
		// BCF 2.1 orders Components as ViewSetupHints, Selection, Visibility, Coloring
		assertTrue(bcfv.indexOf("<ViewSetupHints") < bcfv.indexOf("<Selection>")
				&& bcfv.indexOf("<Selection>") < bcfv.indexOf("<Visibility") && bcfv.indexOf("<Visibility") < bcfv.indexOf("<Coloring>"));
	}

	@Test
	void aBcfFromAnotherToolIsRead() throws IOException {
		String bcfv = """
				<?xml version="1.0" encoding="UTF-8"?>
				<VisualizationInfo Guid="7a0b7e8e-3c1a-4bd8-9c50-0d9a4c3b8e11">
				  <Components>
				    <Selection><Component IfcGuid="%s"/></Selection>
				    <Visibility DefaultVisibility="true"/>
				    <Coloring><Color Color="8000FF00"><Component IfcGuid="%s"/></Color></Coloring>
				  </Components>
				  <OrthogonalCamera>
				    <CameraViewPoint><X>1</X><Y>2</Y><Z>40</Z></CameraViewPoint>
				    <CameraDirection><X>0</X><Y>0</Y><Z>-1</Z></CameraDirection>
				    <CameraUpVector><X>0</X><Y>1</Y><Z>0</Z></CameraUpVector>
				    <ViewToWorldScale>22</ViewToWorldScale>
				  </OrthogonalCamera>
				</VisualizationInfo>
				""".formatted(DOOR, WALL);
		String markup = """
				<?xml version="1.0" encoding="UTF-8"?>
				<Markup><Topic Guid="a"><Title>From Solibri</Title></Topic>
				<Viewpoints Guid="v"><Viewpoint>Viewpoint_1.bcfv</Viewpoint></Viewpoints></Markup>
				""";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("bcf.version"));
			zip.write("<Version VersionId=\"2.1\"/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("a/markup.bcf"));
			zip.write(markup.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("a/Viewpoint_1.bcfv"));
			zip.write(bcfv.getBytes(StandardCharsets.UTF_8));
		}
		List<Viewpoint> read = BcfViewpoints.read(new ByteArrayInputStream(out.toByteArray()), "solibri.bcf");
		assertEquals(1, read.size());
		Viewpoint v = read.get(0);
		assertEquals("From Solibri", v.name());
		assertTrue(v.orthographic());
		assertEquals(22, v.viewHeight(), 1e-9);
		assertEquals(List.of(DOOR), v.selected());
		assertEquals(0.5f, v.colours().get(WALL).alpha(), 0.01f);
		assertFalse(v.xray());

		String broken = bcfv.replace("<X>1</X>", "<X>one</X>");
		ByteArrayOutputStream bad = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bad)) {
			zip.putNextEntry(new ZipEntry("a/viewpoint.bcfv"));
			zip.write(broken.getBytes(StandardCharsets.UTF_8));
		}
		IOException e = assertThrows(IOException.class,
				() -> BcfViewpoints.read(new ByteArrayInputStream(bad.toByteArray()), "broken.bcf"));
		assertTrue(e.getMessage().contains("broken.bcf!a/viewpoint.bcfv") && e.getMessage().contains("'one'"), e.getMessage());
	}

	@Test
	void aCutOffOrForeignFileIsAnErrorNotAnEmptyList() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BcfViewpoints.write(List.of(perspective()), out);
		byte[] whole = out.toByteArray();
		assertEquals(0, BcfViewpoints.read(new ByteArrayInputStream(bytesOf(List.of())), "empty.bcf").size(),
				"a BCF with no viewpoints is fine");
		for (byte[] bad : new byte[][]{java.util.Arrays.copyOf(whole, 40), "not a zip at all".getBytes(StandardCharsets.UTF_8),
				new byte[0]}) {
			IOException e = assertThrows(IOException.class, () -> BcfViewpoints.read(new ByteArrayInputStream(bad), "views.bcf"));
			assertTrue(e.getMessage().startsWith("views.bcf is not a"), e.getMessage());
		}
	}

	private static byte[] bytesOf(List<Viewpoint> viewpoints) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BcfViewpoints.write(viewpoints, out);
		return out.toByteArray();
	}

	@Test
	void theUpVectorIsZMadePerpendicular() {
		assertArrayEquals(new double[]{0, 0, 1}, BcfViewpoints.up(new double[]{1, 0, 0}), 1e-9);
		assertArrayEquals(new double[]{0, 1, 0}, BcfViewpoints.up(new double[]{0, 0, -1}), 1e-9);
	}
}
