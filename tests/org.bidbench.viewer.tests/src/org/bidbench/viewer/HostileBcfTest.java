package org.bidbench.viewer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * BCF files made to hurt: a small archive whose markup unpacks to hundreds of megabytes (it
 * raised OutOfMemoryError), and seeded mutations of a real export. Each ends in viewpoints or in
 * an IOException whose one-line message names the file.
 */
class HostileBcfTest {

	@Test
	void aBcfBombStopsAtTheLimit() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("bcf.version"));
			zip.write("<Version VersionId=\"2.1\"/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("0a1b2c3d-0000-0000-0000-000000000000/markup.bcf"));
			byte[] blanks = new byte[1 << 20];
			Arrays.fill(blanks, (byte) ' ');
			for (int i = 0; i < 400; i++) {
				zip.write(blanks);
			}
		}
		assertTrue(bytes.size() < 3_000_000, "a small file: " + bytes.size());
		IOException e = assertThrows(IOException.class,
				() -> BcfViewpoints.read(new ByteArrayInputStream(bytes.toByteArray()), "bomb.bcf"));
		assertTrue(e.getMessage().contains("bomb.bcf") && e.getMessage().contains("zip bombs"), e.getMessage());
		assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
	}

	@Test
	void mutatedBcfFilesEndInViewpointsOrAOneLineError() throws Exception {
		ByteArrayOutputStream seed = new ByteArrayOutputStream();
		BcfViewpoints.write(java.util.List.of(new Viewpoint("Entrance", new double[]{3, -6, 1.6}, new double[]{0, 1, 0}, 6,
				60, false, 0, java.util.List.of("2O2Fr$t4X7Zf8NOew3FLOH"), java.util.List.of(), false, java.util.List.of(),
				java.util.Map.of(), java.util.List.of(SectionPlane.horizontal(1.2)), false)), seed);
		byte[] original = seed.toByteArray();
		Random random = new Random(1204L);
		int read = 0;
		int refused = 0;
		for (int round = 0; round < 300; round++) {
			byte[] mutated = original.clone();
			for (int edit = 0; edit <= random.nextInt(6); edit++) {
				mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
			}
			try {
				BcfViewpoints.read(new ByteArrayInputStream(mutated), "case-" + round + ".bcf");
				read++;
			} catch (IOException e) {
				assertTrue(e.getMessage().contains("case-" + round + ".bcf"), "names the file: " + e.getMessage());
				refused++;
			} catch (RuntimeException | StackOverflowError e) {
				throw new AssertionError("case " + round + " escaped as " + e, e);
			}
		}
		assertTrue(read + refused == 300 && refused > 0, read + " read, " + refused + " refused");
	}
}
