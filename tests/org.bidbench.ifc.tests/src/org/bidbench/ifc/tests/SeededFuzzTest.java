package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.IfcReadException;
import org.bidbench.ifc.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * A seeded random mutator over a valid model: structural characters inserted, bytes flipped,
 * slices deleted and repeated. Bounded by a fixed number of cases, so it runs the same way in CI
 * every time; a failure names the seed and case to replay.
 */
class SeededFuzzTest {

	private static final byte[] ALPHABET = "'()#=;,.$*\\/\"0123456789EX2".getBytes(StandardCharsets.ISO_8859_1);

	@Test
	void mutatedModelsEndInProblemsOrAReadException() throws Exception {
		byte[] seed = UnitsAndPlacementSource.model().getBytes(StandardCharsets.ISO_8859_1);
		Random random = new Random(20240601L);
		int opened = 0;
		int rejected = 0;
		for (int round = 0; round < 400; round++) {
			byte[] mutated = mutate(seed, random);
			try {
				IfcModel m = IfcModel.read(mutated, "fuzz-" + round + ".ifc", ReadOptions.defaults());
				m.validate();
				m.spatialTree();
				m.units();
				for (IfcEntity p : m.instancesOf("IfcProduct")) {
					m.propertySets(p);
					m.storeyOf(p);
					m.worldTransform(p);
					m.materials(p);
					m.classifications(p);
				}
				m.problems().forEach(p -> assertTrue(p.toString().startsWith("fuzz-"), p.toString()));
				opened++;
			} catch (IfcReadException e) {
				assertTrue(e.getMessage().contains("fuzz-" + round), e.getMessage());
				rejected++;
			} catch (RuntimeException | StackOverflowError e) {
				throw new AssertionError("case " + round + " escaped the API: " + e, e);
			}
		}
		assertEquals(400, opened + rejected);
		assertTrue(opened > 100, "most mutants keep a readable header: " + opened);
	}

	private static byte[] mutate(byte[] input, Random random) {
		byte[] b = input.clone();
		int edits = 1 + random.nextInt(8);
		for (int e = 0; e < edits; e++) {
			int at = 400 + random.nextInt(b.length - 400);
			switch (random.nextInt(4)) {
				case 0 -> b[at] = ALPHABET[random.nextInt(ALPHABET.length)];
				case 1 -> b[at] = (byte) random.nextInt(256);
				case 2 -> {
					int len = Math.min(random.nextInt(200), b.length - at);
					byte[] shorter = new byte[b.length - len];
					System.arraycopy(b, 0, shorter, 0, at);
					System.arraycopy(b, at + len, shorter, at, b.length - at - len);
					b = shorter;
				}
				default -> {
					int len = Math.min(random.nextInt(200), b.length - at);
					byte[] longer = new byte[b.length + len];
					System.arraycopy(b, 0, longer, 0, at + len);
					System.arraycopy(b, at, longer, at + len, b.length - at);
					b = longer;
				}
			}
		}
		return b;
	}
}
