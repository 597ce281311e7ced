package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.tests.tools.LargeModelWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale-model generator writes models the reader accepts without a single problem. */
class LargeModelWriterTest {

	@TempDir
	Path temp;

	@Test
	void repeatedCopiesAreAValidLargerModel() throws Exception {
		Path sample = TestFiles.sample("Sample_entities.ifc");
		Path out = temp.resolve("large.ifc");
		long size = LargeModelWriter.write(sample, out, 200_000);
		assertEquals(Files.size(out), size);
		IfcModel original = IfcModel.open(sample);
		IfcModel large = IfcModel.open(out);
		assertTrue(large.validate().isEmpty(), () -> large.problems().toString());
		int copies = (large.size() - 1) / (original.size() - 1);
		assertTrue(copies >= 7, "copies: " + copies);
		assertEquals(1, large.instancesOf("IfcProject").size());
		assertEquals(original.storeys().size() * copies, large.storeys().size());
		Set<String> guids = new HashSet<>();
		for (IfcEntity e : large.instancesOf("IfcRoot")) {
			assertTrue(guids.add(e.globalId()), "duplicate GlobalId " + e.globalId());
		}
		// every copied storey hangs under the one project through its own site and building
		for (IfcEntity storey : large.storeys()) {
			assertNotNull(large.parentOf(storey));
		}
		assertEquals(copies, large.spatialTree().children().size());
	}

	@Test
	void spreadCopiesStandOnAGridOfSites() throws Exception {
		Path sample = TestFiles.sample("AC20-FZK-Haus.ifc");
		Path out = temp.resolve("campus.ifc");
		LargeModelWriter.write(sample, out, 12_000_000, 50);
		IfcModel campus = IfcModel.open(out);
		assertTrue(campus.validate().isEmpty(), () -> campus.problems().toString());
		java.util.List<IfcEntity> sites = campus.instancesOf("IfcSite");
		assertTrue(sites.size() >= 4, "copies: " + sites.size());
		double[] first = campus.worldTransform(sites.get(0));
		for (int k = 1; k < sites.size(); k++) {
			double[] t = campus.worldTransform(sites.get(k));
			// 4 columns, 50 m apart (AC20 is in metres): copy k at (k % 4, k / 4) x 50 m from the first
			assertEquals(first[3] + (k % 4) * 50, t[3], 1e-6, "x of site " + k);
			assertEquals(first[7] + (k / 4) * 50, t[7], 1e-6, "y of site " + k);
		}
	}
}
