package org.bidbench.ui.bim.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The folder of a workspace through which a launcher hands element links to the workbench: one
 * file per link, written under a temporary name and renamed, so the workbench never reads half a
 * link. Plain Java (no OSGi, no SWT): the launcher uses it through {@link LinkInboxDrop}.
 * <p>
 * Whether a workbench runs on a workspace is told by Equinox's lock of the instance location,
 * {@code <workspace>/.metadata/.lock}: the workbench holds it with {@link FileChannel#tryLock} from
 * start to exit, and the operating system drops it when the process dies, so a crash leaves no
 * stale "running" state behind.
 */
final class LinkInbox {

	/** The inbox inside a workspace: the state location of this bundle, by Eclipse's convention. */
	static final String FOLDER = ".metadata/.plugins/org.bidbench.ui.bim/link-inbox";
	/** Only files with this ending are links; temporary files end otherwise. */
	static final String SUFFIX = ".link";
	/** Equinox's lock of the instance location (the workspace), relative to the workspace. */
	static final String INSTANCE_LOCK = ".metadata/.lock";

	/** A link taken out of the inbox: its file name, its text and when it was written. */
	record Entry(String fileName, String text, FileTime written) {
	}

	private LinkInbox() {
	}

	static Path folder(Path workspace) {
		return workspace.resolve(FOLDER);
	}

	/**
	 * Writes a link into the workspace's inbox: a temporary file in the same folder, then an atomic
	 * rename to a name that sorts by time. Returns the file.
	 */
	static Path drop(Path workspace, String link) throws IOException {
		Path folder = folder(workspace);
		Files.createDirectories(folder);
		String name = String.format("%015d-%s", System.currentTimeMillis(), UUID.randomUUID());
		Path temporary = folder.resolve(name + ".tmp");
		Path target = folder.resolve(name + SUFFIX);
		Files.writeString(temporary, link.trim() + "\n", StandardCharsets.UTF_8);
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target);
		} catch (IOException e) {
			Files.deleteIfExists(temporary);
			throw e;
		}
		return target;
	}

	/**
	 * Takes the links waiting in an inbox folder, oldest first: each file is read, then deleted.
	 * A file another reader took first is skipped.
	 */
	static List<Entry> take(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
		}
		List<Entry> taken = new ArrayList<>();
		for (Path file : files) {
			try {
				FileTime written = Files.getLastModifiedTime(file);
				String text = Files.readString(file, StandardCharsets.UTF_8);
				Files.delete(file);
				taken.add(new Entry(file.getFileName().toString(), text.strip(), written));
			} catch (NoSuchFileException e) {
				// taken by someone else between the listing and the read
			} catch (CharacterCodingException e) {
				Files.deleteIfExists(file);
				taken.add(new Entry(file.getFileName().toString(), "(not UTF-8 text)", FileTime.fromMillis(System.currentTimeMillis())));
			}
		}
		return taken;
	}

	/**
	 * Whether a workbench holds the workspace: tries Equinox's instance lock and lets go at once.
	 * Call it only from another process than the workbench's: within one JVM, closing a second
	 * channel on the lock file would drop the workbench's own lock (POSIX record locks).
	 */
	static boolean workbenchRunning(Path workspace) throws IOException {
		Path lockFile = workspace.resolve(INSTANCE_LOCK);
		if (!Files.isRegularFile(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock(0, 1, false);
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		} catch (OverlappingFileLockException e) {
			return true;
		}
	}
}
