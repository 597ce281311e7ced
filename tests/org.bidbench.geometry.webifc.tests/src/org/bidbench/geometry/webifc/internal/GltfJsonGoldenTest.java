package org.bidbench.geometry.webifc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.export.GlbWriter;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The glTF JSON chunk, now written with Gson, keeps the structure the hand-written writer gave:
 * {@code golden/gltf-IfcOpenHouse_IFC4.json} was written by that writer (commit bb56aba) on the same
 * real sample. With the environment variable {@code BIDBENCH_GOLDEN_OUT} set the test writes
 * today's chunk into that folder instead of comparing.
 */
class GltfJsonGoldenTest {

	@Test
	void gltfJsonOfTheOpenHouseHasTheStructureOfTheHandWrittenWriter() throws Exception {
		IfcModel model = IfcModel.open(Samples.file("IfcOpenHouse_IFC4.ifc"));
		GlbWriter glb = new GlbWriter();
		try (GeometrySession session = GeometryEngines.getDefault().open(model)) {
			session.streamAll(g -> glb.add(g, model.entity(g.productId()).name()), GeometryMonitor.NONE);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		glb.write(bytes, "BidBench test");
		ByteBuffer b = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
		String json = new String(bytes.toByteArray(), 20, b.getInt(12), StandardCharsets.UTF_8);

		String name = "gltf-IfcOpenHouse_IFC4.json";
		String out = System.getenv("BIDBENCH_GOLDEN_OUT");
		if (out != null) {
			Files.writeString(Path.of(out, name), json, StandardCharsets.UTF_8);
			return;
		}
		try (InputStream in = getClass().getResourceAsStream("/golden/" + name)) {
			assertNotNull(in, "golden/" + name + " in the test bundle");
			JsonElement golden = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			assertEquals(golden, JsonParser.parseString(json));
		}
	}
}
