package org.bidbench.ui.bim.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bidbench.viewer.Viewpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unreadable viewpoints file is reported and kept aside, never overwritten by the next save. */
class SavedViewpointsTest {

	@Test
	void anUnreadableFileIsKeptAsideBeforeANewOneIsWritten(@TempDir Path workspace) throws Exception {
		Path file = SavedViewpoints.fileFor(workspace, Path.of("/models/house.ifc"));
		Files.createDirectories(file.getParent());
		byte[] damaged = "PK\u0003\u0004 half a zip, cut off".getBytes(StandardCharsets.ISO_8859_1);
		Files.write(file, damaged);
		IOException e = assertThrows(IOException.class, () -> SavedViewpoints.load(file));
		assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "says why");

		Path aside = SavedViewpoints.keepAside(file);
		assertFalse(Files.exists(file));
		assertTrue(aside.getFileName().toString().startsWith(file.getFileName() + ".unreadable-"), aside.toString());
		assertArrayEquals(damaged, Files.readAllBytes(aside), "the old bytes are all there");

		Viewpoint v = new Viewpoint("Entrance", new double[]{1, 2, 3}, new double[]{0, 1, 0}, 5, 60, false, 0, List.of(),
				List.of(), false, List.of(), Map.of(), List.of(), false);
		SavedViewpoints.save(file, List.of(v));
		assertEquals("Entrance", SavedViewpoints.load(file).get(0).name(), "the new file is readable");
		assertTrue(Files.exists(aside), "and the old one is still beside it");
		assertNull(SavedViewpoints.keepAside(file.resolveSibling("missing.bcf")), "nothing to keep aside");
	}
}
