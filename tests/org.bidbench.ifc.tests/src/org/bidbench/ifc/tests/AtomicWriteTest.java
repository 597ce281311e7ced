package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.bidbench.ifc.io.AtomicWrite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way BidBench replaces a file: all or nothing, the user's umask, nothing left behind. */
class AtomicWriteTest {

	@Test
	void aFailedWriteLeavesTheOldContentAndNoPartFile(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("quote.pdf");
		AtomicWrite.write(file, "old".getBytes(StandardCharsets.UTF_8));
		IOException e = assertThrows(IOException.class, () -> AtomicWrite.write(file, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", e.getMessage());
		assertArrayEquals("old".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
		assertEquals(List.of(file), list(dir));
	}

	@Test
	void newFilesGetTheUmaskAndReplacedFilesKeepTheirPermissions(@TempDir Path dir) throws IOException {
		Path probe = Files.createFile(dir.resolve("probe"));
		Path created = dir.resolve("new.xlsx");
		AtomicWrite.write(created, new byte[]{1});
		assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(created), "as any new file, not 0600");
		Files.setPosixFilePermissions(created, PosixFilePermissions.fromString("rw-r-----"));
		AtomicWrite.write(created, new byte[]{2});
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));
	}

	@Test
	void partFilesOfAKilledWriteAreRemovedAtTheNextWrite(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("workspace.xmi");
		Path stale = Files.writeString(dir.resolve(".workspace.xmi.k1lled.part"), "half");
		Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
		Path fresh = Files.writeString(dir.resolve(".workspace.xmi.inflight.part"), "being written");
		Path other = Files.writeString(dir.resolve(".other.xmi.k1lled.part"), "not ours");
		Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(3600)));
		AtomicWrite.write(file, new byte[]{1});
		assertFalse(Files.exists(stale), "the stale part of this file is gone");
		assertTrue(Files.exists(fresh), "a part written in the last minute may be another write in flight: kept");
		assertTrue(Files.exists(other), "parts of other files are theirs to clean");
	}

	private static List<Path> list(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}
}
