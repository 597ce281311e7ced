package org.bidbench.ifc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link IfcModel#validate()} decodes every instance but keeps only those already in use: on a
 * 212 MB model the heap after validating fell from 690 MB to 87 MB (docs/benchmarks.md). Here the
 * rule itself is checked, on a real sample: the entity cache does not grow, and the problems found
 * are the same whether instances were cached or not.
 */
class ValidateMemoryTest {

	@Test
	void validatingKeepsNoInstanceItDidNotAlreadyHold() throws Exception {
		String dir = System.getProperty("bidbench.samples", "");
		Path file = dir.isEmpty() ? null : Path.of(dir, "AC20-FZK-Haus.ifc");
		if ((file == null || !Files.isRegularFile(file)) && System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
			org.junit.jupiter.api.Assertions.fail("no sample at " + file + " but CI is set: the CI machine must provide ../shared/samples/ifc");
		}
		assumeTrue(file != null && Files.isRegularFile(file), "SKIPPED: no sample at " + file);
		IfcModel model = IfcModel.open(file);
		int before = model.cachedCount();
		assertTrue(before < model.size() / 10, "opening holds few instances: " + before + " of " + model.size());
		List<IfcProblem> problems = model.validate();
		assertEquals(before, model.cachedCount(), "validate() let go of what it decoded");

		// the same verdict when every instance is held
		IfcModel held = IfcModel.open(file);
		for (int slot = 0; slot < held.size(); slot++) {
			held.entityAt(slot).decoded();
		}
		assertEquals(held.size(), held.cachedCount());
		assertEquals(problems, held.validate());
	}
}
