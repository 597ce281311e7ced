package org.bidbench.ifc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importers extension point as BidBench's own bundles see it: the IFC reader is registered and takes what no one else does. */
class ModelImportersTest {

	@Test
	void theIfcReaderIsRegisteredAndOpensEvenAFileWithAnotherName(@TempDir Path dir) throws Exception {
		List<String> problems = new ArrayList<>();
		List<ModelImporters.Registered> all = ModelImporters.registered(problems);
		assertTrue(problems.isEmpty(), problems.toString());
		ModelImporters.Registered last = all.get(all.size() - 1);
		assertEquals(ModelImporters.IFC, last.id());
		assertEquals("org.bidbench.ifc", last.plugin(), "contributed through the extension point by this bundle");
		assertEquals(List.of("ifc", "ifczip"), last.extensions());

		String samples = System.getProperty("bidbench.samples", "");
		Path house = samples.isEmpty() ? null : Path.of(samples, "AC20-FZK-Haus.ifc");
		if ((house == null || !Files.isRegularFile(house)) && System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
			org.junit.jupiter.api.Assertions.fail("no sample at " + house + " but CI is set: the CI machine must provide ../shared/samples/ifc");
		}
		assumeTrue(house != null && Files.isRegularFile(house), "SKIPPED: no sample at " + house);
		Path renamed = Files.copy(house, dir.resolve("house.step"));
		IfcModel model = ModelImporters.open(renamed);
		assertEquals(IfcModel.open(house).size(), model.size());
	}
}
