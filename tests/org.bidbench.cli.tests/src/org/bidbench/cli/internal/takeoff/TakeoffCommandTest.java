package org.bidbench.cli.internal.takeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.bidbench.cli.internal.CommandRun;
import org.junit.jupiter.api.Test;

/** The take-off and diff commands as the launcher runs them, on the committed sample house. */
class TakeoffCommandTest {

	@Test
	void takeoffWritesJsonPinnedToTheModelsHash() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-takeoff");
		Path model = CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		CommandRun run = CommandRun.of(folder, "takeoff", "AC20-FZK-Haus.ifc", "--authored-only", "--out", "house.json");
		assertEquals(0, run.exitCode, run.toString());
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(model)));
		String json = Files.readString(folder.resolve("house.json"));
		assertTrue(json.contains(sha256), "the result records the model's SHA-256");
		assertTrue(json.contains("GEN-020-010"), "the wall volume line of the general pack");
		assertTrue(run.out.contains("GEN-020-010") && run.out.contains("Walls - net volume"), "summary table:\n" + run.out);
	}

	@Test
	void aBrokenPackIsReportedWithFileAndLine() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-takeoff");
		CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		Files.writeString(folder.resolve("mine.qto.yaml"), """
				pack: mine
				name: Mine
				version: 1.0.0
				rules:
				  - id: walls
				    item: {code: X-1, description: Walls, unit: m3}
				    select:
				      class: IfcWal
				    measure: net-volume
				""");
		CommandRun run = CommandRun.of(folder, "takeoff", "AC20-FZK-Haus.ifc", "--rules", "mine.qto.yaml", "--authored-only");
		assertEquals(1, run.exitCode, run.toString());
		assertTrue(run.err.contains("mine.qto.yaml"), run.err);
		assertTrue(run.err.matches("(?s).*mine\\.qto\\.yaml:\\d+.*"), "the message names the line: " + run.err);
	}

	@Test
	void diffOfAModelWithItselfChangesNothing() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-diff");
		Path model = CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		Files.copy(model, folder.resolve("copy.ifc"));
		CommandRun run = CommandRun.of(folder, "diff", "AC20-FZK-Haus.ifc", "copy.ifc", "--authored-only", "--out", "diff.json");
		assertEquals(0, run.exitCode, run.toString());
		String json = Files.readString(folder.resolve("diff.json"));
		assertTrue(json.contains("\"added\": []") || json.contains("\"added\":[]"), json.substring(0, Math.min(600, json.length())));
	}
}
