package org.bidbench.geometry.webifc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.export.GlbWriter;
import org.bidbench.geometry.export.QuantityCsv;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.Test;

/** The CSV and glTF the CLI commands write, from the real engine. */
class ExportTest {

	@Test
	void quantityCsvHasOneRowPerProductWithAuthoredAndComputedVolumes() throws Exception {
		IfcModel model = IfcModel.open(Samples.file("AC20-FZK-Haus.ifc"));
		StringWriter text = new StringWriter();
		try (GeometrySession session = GeometryEngines.getDefault().open(model)) {
			QuantityCsv csv = new QuantityCsv(model, text);
			session.streamAll(g -> {
				try {
					csv.add(g);
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}, GeometryMonitor.NONE);
			List<String> lines = text.toString().lines().toList();
			assertEquals(String.join(",", QuantityCsv.COLUMNS), lines.get(0));
			assertTrue(lines.get(0).startsWith("global_id,ifc_class,storey,name,authored_net_volume_m3,"
					+ "authored_gross_volume_m3,computed_volume_m3,computed_area_m2,mesh_closed,status"));
			assertEquals(session.products().size() + 1, lines.size());
			String wall = lines.stream().filter(l -> l.contains(",IfcWallStandardCase,") && l.contains(",meshed,")
					&& l.contains(",true,")).findFirst().orElseThrow();
			String[] cells = wall.split(",", -1);
			double authored = Double.parseDouble(cells[4]);
			double computed = Double.parseDouble(cells[6]);
			assertEquals(authored, computed, 0.01 * authored, wall);
			assertTrue(!cells[2].isEmpty(), "storey named: " + wall);
		}
	}

	@Test
	void glbIsValidBinaryGltfWithGlobalIdsInExtras() throws Exception {
		IfcModel model = IfcModel.open(Samples.file("AC20-FZK-Haus.ifc"));
		GlbWriter glb = new GlbWriter();
		Set<String> meshed = new HashSet<>();
		try (GeometrySession session = GeometryEngines.getDefault().open(model)) {
			session.streamAll(g -> {
				glb.add(g, model.entity(g.productId()).name());
				if (g.isMeshed()) {
					meshed.add(g.globalId());
				}
			}, GeometryMonitor.NONE);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		glb.write(bytes, "BidBench test");
		ByteBuffer b = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
		assertEquals(0x46546C67, b.getInt(0), "glTF magic");
		assertEquals(2, b.getInt(4));
		assertEquals(bytes.size(), b.getInt(8), "declared length");
		int jsonLength = b.getInt(12);
		assertEquals(0x4E4F534A, b.getInt(16));
		assertEquals(0, jsonLength % 4);
		String json = new String(bytes.toByteArray(), 20, jsonLength, StandardCharsets.UTF_8);
		int binLength = b.getInt(20 + jsonLength);
		assertEquals(0x004E4942, b.getInt(24 + jsonLength));
		assertEquals(bytes.size(), 28 + jsonLength + binLength);
		assertTrue(json.contains("\"byteLength\":" + binLength + "}]"));
		assertEquals(meshed.size(), glb.productCount());
		for (String globalId : meshed) {
			assertTrue(json.contains("\"extras\":{\"globalId\":\"" + globalId + "\""), globalId);
		}
		Path out = Path.of(System.getProperty("java.io.tmpdir"), "bidbench-AC20-FZK-Haus.glb");
		Files.write(out, bytes.toByteArray());
		String report = khronosValidator(out);
		// {"numErrors":0,...}: the Khronos validator's own verdict on the file a user would open elsewhere
		assertTrue(report.contains("\"numErrors\":0,"), "glTF validator: " + report);
		// and the validator does find errors: the same file with a buffer shorter than its views
		String broken = json.replace("\"byteLength\":" + binLength + "}]", "\"byteLength\":" + (binLength / 2) + "}]");
		byte[] copy = bytes.toByteArray().clone();
		byte[] brokenJson = broken.getBytes(StandardCharsets.UTF_8);
		java.util.Arrays.fill(copy, 20, 20 + jsonLength, (byte) ' '); // the chunk keeps its length: pad with spaces
		System.arraycopy(brokenJson, 0, copy, 20, brokenJson.length);
		Path bad = out.resolveSibling("bidbench-AC20-FZK-Haus-broken.glb");
		Files.write(bad, copy);
		assertFalse(khronosValidator(bad).contains("\"numErrors\":0,"), "a broken file is caught");
		System.out.println("glTF written to " + out + " (" + glb.productCount() + " nodes, " + glb.triangleCount()
				+ " triangles); Khronos glTF validator: " + report);
	}

	/**
	 * Runs the Khronos glTF validator (npm {@code gltf-validator}, pinned in the web-ifc bundle's
	 * package-lock.json and installed by its build) with Node.js on a file; returns its summary
	 * counts as JSON.
	 */
	static String khronosValidator(Path file) throws Exception {
		String repo = System.getProperty("bidbench.repo");
		Path validator = repo == null
				? null
				: Path.of(repo, "bundles/org.bidbench.geometry.webifc/node_modules/gltf-validator");
		org.junit.jupiter.api.Assumptions.assumeTrue(validator != null && Files.isDirectory(validator),
				"skipped: no gltf-validator at " + validator + " (the web-ifc bundle's npm ci installs it)");
		String script = "const v = require(process.argv[1]); const fs = require('fs');"
				+ "v.validateBytes(new Uint8Array(fs.readFileSync(process.argv[2])))"
				+ ".then(r => { const i = r.issues; console.log(JSON.stringify({numErrors: i.numErrors,"
				+ " numWarnings: i.numWarnings, numInfos: i.numInfos, messages: i.messages.filter(m => m.severity < 2)"
				+ ".slice(0, 5).map(m => m.code + ' ' + m.message)})); })"
				+ ".catch(e => { console.error(String(e)); process.exit(3); });";
		Process node = new ProcessBuilder("node", "-e", script, validator.toString(), file.toString())
				.redirectErrorStream(true).start();
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		assertEquals(0, node.waitFor(), "node ran the validator: " + output);
		return output;
	}
}
