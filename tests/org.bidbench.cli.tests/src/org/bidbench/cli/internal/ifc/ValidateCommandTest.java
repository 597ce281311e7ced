package org.bidbench.cli.internal.ifc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bidbench.cli.internal.CommandRun;
import org.junit.jupiter.api.Test;

/** {@code bidbench validate}: the command the others point to when a model will not open. */
class ValidateCommandTest {

	@Test
	void theSampleHouseHasNoErrorAndAModelWithAMissingInstanceIsPinpointed() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-validate");
		CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		CommandRun clean = CommandRun.of(folder, "validate", "AC20-FZK-Haus.ifc");
		assertEquals(0, clean.exitCode, clean.toString());
		assertTrue(clean.out.contains("AC20-FZK-Haus.ifc: IFC4, 44,249 instances: 0 errors, 0 warnings"), clean.out);

		// Take out one instance that others refer to: a wall's placement point, say.
		List<String> lines = Files.readAllLines(folder.resolve("AC20-FZK-Haus.ifc"), StandardCharsets.ISO_8859_1);
		int removed = -1;
		String removedId = null;
		for (int i = 0; i < lines.size() && removed < 0; i++) {
			Matcher m = Pattern.compile("^(#\\d+)= ?IFCCARTESIANPOINT\\(").matcher(lines.get(i));
			if (m.find()) {
				removed = i;
				removedId = m.group(1);
			}
		}
		lines.remove(removed);
		Files.write(folder.resolve("broken.ifc"), lines, StandardCharsets.ISO_8859_1);
		CommandRun broken = CommandRun.of(folder, "validate", "broken.ifc");
		assertEquals(1, broken.exitCode, broken.toString());
		assertTrue(broken.out.contains("dangling reference " + removedId), broken.out);
		assertTrue(Pattern.compile("(?m)^broken\\.ifc:\\d+:\\d+: #\\d+: error: dangling reference " + removedId).matcher(broken.out).find(),
				"file, line and column of the instance that refers to it: " + broken.out);

		CommandRun json = CommandRun.of(folder, "validate", "broken.ifc", "--json");
		assertEquals(1, json.exitCode);
		assertTrue(json.out.contains("\"errors\": ") && !json.out.contains("\"errors\": 0,") && json.out.contains("\"line\": "), json.out);
	}

	@Test
	void noFileOrTwoFilesAreUsageErrors() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-validate");
		assertEquals(2, CommandRun.of(folder, "validate").exitCode);
		assertEquals(2, CommandRun.of(folder, "validate", "a.ifc", "b.ifc").exitCode);
		assertEquals(1, CommandRun.of(folder, "validate", "missing.ifc").exitCode);
	}
}
