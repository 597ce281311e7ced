package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.ModelDiff;
import org.bidbench.qto.ModelDiffResult;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffExport;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The take-off and diff JSON, now written with Gson, keep the structure the hand-written writer
 * gave: the files under {@code golden/} were written by that writer (commit bb56aba) on the same
 * real sample. With the environment variable {@code BIDBENCH_GOLDEN_OUT} set the tests write
 * today's output into that folder instead of comparing.
 */
class TakeoffJsonGoldenTest {

	@Test
	void takeoffJsonOfTheOpenHouseHasTheStructureOfTheHandWrittenWriter() throws Exception {
		TakeoffResult r = new TakeoffSession(Samples.open("IfcOpenHouse_IFC4.ifc"), ComputedQuantitySource.NONE)
				.run(RulePacks.builtIn(RulePacks.GENERAL));
		checkAgainstGolden("takeoff-IfcOpenHouse_IFC4.json", TakeoffExport.json(r));
	}

	@Test
	void diffJsonOfARenamedAndReidentifiedWallHasTheStructureOfTheHandWrittenWriter(@TempDir Path dir)
			throws Exception {
		Path original = Samples.sample("IfcOpenHouse_IFC4.ifc");
		String text = Files.readString(original, StandardCharsets.ISO_8859_1)
				.replace("'South wall'", "'South wall, renamed'")
				.replace("'3hw7qrktPAl8j6w3qKhwKm'", "'0hw7qrktPAl8j6w3qKhwKm'");
		Path changed = dir.resolve("IfcOpenHouse_changed.ifc");
		Files.writeString(changed, text, StandardCharsets.ISO_8859_1);
		ModelDiffResult diff = ModelDiff.compare(
				new TakeoffSession(IfcModel.open(original), ComputedQuantitySource.NONE),
				new TakeoffSession(IfcModel.open(changed), ComputedQuantitySource.NONE),
				RulePacks.builtIn(RulePacks.GENERAL));
		checkAgainstGolden("diff-IfcOpenHouse_IFC4.json", TakeoffExport.json(diff));
	}

	static void checkAgainstGolden(String name, String json) throws IOException {
		String out = System.getenv("BIDBENCH_GOLDEN_OUT");
		if (out != null) {
			Files.writeString(Path.of(out, name), json, StandardCharsets.UTF_8);
			return;
		}
		try (InputStream in = TakeoffJsonGoldenTest.class.getResourceAsStream("/golden/" + name)) {
			assertNotNull(in, "golden/" + name + " in the test bundle");
			JsonElement golden = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			assertEquals(golden, JsonParser.parseString(json), name);
		}
	}
}
