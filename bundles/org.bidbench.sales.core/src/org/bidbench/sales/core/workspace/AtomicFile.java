package org.bidbench.sales.core.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.bidbench.ifc.io.AtomicWrite;
import org.bidbench.sales.core.workspace.SalesWorkspaceFile.SaveObserver;

/**
 * Replaces a file's content so that a crash at any moment leaves either the old or the new
 * content: part file in the same folder ({@link AtomicWrite}), flush to disk, keep the old file as
 * {@code <name>.bak}, atomic rename, flush the folder.
 */
final class AtomicFile {

	private AtomicFile() {
	}

	static void write(Path file, byte[] content, SaveObserver observer) throws IOException {
		try (AtomicWrite.Part part = AtomicWrite.begin(file)) {
			try (FileChannel channel = FileChannel.open(part.path(), StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				observer.reached(SaveStep.TEMPORARY_WRITTEN);
				channel.force(true);
			}
			observer.reached(SaveStep.TEMPORARY_SYNCED);
			if (Files.exists(file)) {
				// Copy rather than move, so the target never disappears between two renames.
				Files.copy(file, backupOf(file), StandardCopyOption.REPLACE_EXISTING);
				observer.reached(SaveStep.BACKUP_KEPT);
			}
			part.commit();
			observer.reached(SaveStep.RENAMED);
		}
	}

	static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + ".bak");
	}

	/** SHA-256 of the file's content, or null when there is no file. */
	static byte[] fingerprintOf(Path file) throws IOException {
		return Files.exists(file) ? digest(Files.readAllBytes(file)) : null;
	}

	static byte[] digest(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

}
