package org.bidbench.ifc.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a crash or a kill at any moment leaves either the old or the new
 * content, never a mix, and nothing else behind:
 * <ul>
 * <li>the new content goes to {@code .NAME.RANDOM.part} in the same folder, is flushed to disk,
 * then renamed over the target (atomically where the file system can);</li>
 * <li>the part file is created without explicit permissions, so the user's umask applies (a
 * temporary file made by {@code Files.createTempFile} is 0600, and the rename kept that); an
 * existing target's permissions are carried over;</li>
 * <li>part files of writes in flight are deleted by a shutdown hook when the program is stopped,
 * and part files older than a minute next to a target (a kill -9 leaves them) are removed at its
 * next write; the folder is listed for them once per program run.</li>
 * </ul>
 * Every BidBench file that a user keeps (workspaces, reports, exports, viewpoints, rule packs) is
 * written through this class.
 */
public final class AtomicWrite {

	/** What fills the new content. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final String SUFFIX = ".part";
	private static final Duration STALE = Duration.ofMinutes(1);
	private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
	/** Per folder, listed at its first write in this run: the stale parts not removed yet, by target name. */
	private static final Map<Path, Map<String, List<Path>>> STALE_PARTS = new ConcurrentHashMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			for (Path part : IN_FLIGHT) {
				try {
					Files.deleteIfExists(part);
				} catch (IOException ignored) {
					// Stopping anyway; the next write to the target removes it.
				}
			}
		}, "bidbench-part-file-cleanup"));
	}

	private AtomicWrite() {
	}

	/** Replaces {@code target} with {@code bytes}. */
	public static void write(Path target, byte[] bytes) throws IOException {
		write(target, out -> out.write(bytes));
	}

	/** Replaces {@code target} with what {@code content} writes; on failure the target is unchanged. */
	public static void write(Path target, Content content) throws IOException {
		try (Part part = begin(target)) {
			try (FileChannel channel = FileChannel.open(part.path(), StandardOpenOption.WRITE)) {
				// The writer may close what it is given (a zip stream does): closing here only flushes,
				// so that the channel stays open to be forced to disk.
				OutputStream out = new java.io.FilterOutputStream(Channels.newOutputStream(channel)) {
					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						this.out.write(bytes, offset, length);
					}

					@Override
					public void close() throws IOException {
						flush();
					}
				};
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			part.commit();
		}
	}

	/**
	 * Starts replacing {@code target} for a caller that writes the part file itself (and may act
	 * between writing and renaming, e.g. keep a backup): write {@link Part#path()}, flush it, then
	 * {@link Part#commit()}; closing without a commit deletes the part and leaves the target as it was.
	 */
	public static Part begin(Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		removeStaleParts(absolute);
		return new Part(absolute, newPart(absolute));
	}

	/** A replacement of a file in progress. */
	public static final class Part implements AutoCloseable {
		private final Path target;
		private final Path path;

		Part(Path target, Path path) {
			this.target = target;
			this.path = path;
			IN_FLIGHT.add(path);
		}

		/** The file to write the new content to (beside the target, same file system). */
		public Path path() {
			return path;
		}

		/** Gives the new content the target's permissions and renames it over the target. */
		public void commit() throws IOException {
			copyPermissions(target, path);
			try {
				Files.move(path, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(path, target, StandardCopyOption.REPLACE_EXISTING);
			}
			syncFolder(target.getParent());
		}

		@Override
		public void close() throws IOException {
			try {
				Files.deleteIfExists(path);
			} finally {
				IN_FLIGHT.remove(path);
			}
		}
	}

	/** The part file name of a target: {@code .NAME.RANDOM.part}, so that listings group it with the target. */
	private static Path newPart(Path target) throws IOException {
		for (int attempt = 0; attempt < 100; attempt++) {
			Path part = target.resolveSibling("." + target.getFileName() + "."
					+ Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + SUFFIX);
			try {
				// No file attributes given: the umask decides, as for any file the user makes.
				Files.newByteChannel(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				return part;
			} catch (FileAlreadyExistsException e) {
				// Another random name.
			}
		}
		throw new IOException("cannot create a temporary file beside " + target);
	}

	private static void copyPermissions(Path from, Path to) throws IOException {
		if (!Files.exists(from)) {
			return;
		}
		PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
		PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
		if (source != null && target != null) {
			target.setPermissions(source.readAttributes().permissions());
		}
	}

	/**
	 * Removes part files of this target left by a killed write (older than a minute, so never one in
	 * flight). The folder is listed once per program run, not at every write: a listing reads every
	 * entry, and writing 100,000 opportunities into one folder made each write list all the files
	 * before it (the import slowed from 5,300 to under 300 files a minute). A part left by a write
	 * killed after that listing is removed at the next run.
	 */
	private static void removeStaleParts(Path target) {
		Map<String, List<Path>> staleByTarget = STALE_PARTS.computeIfAbsent(target.getParent(), AtomicWrite::staleParts);
		List<Path> stale;
		synchronized (staleByTarget) {
			stale = staleByTarget.remove(target.getFileName().toString());
		}
		if (stale != null) {
			for (Path part : stale) {
				try {
					Files.deleteIfExists(part);
				} catch (IOException ignored) {
					// Only tidying: the write itself does not depend on it.
				}
			}
		}
	}

	/** The folder's part files older than a minute, by the name of the file they were to replace. */
	private static Map<String, List<Path>> staleParts(Path folder) {
		Map<String, List<Path>> staleByTarget = new HashMap<>();
		FileTime before = FileTime.from(Instant.now().minus(STALE));
		try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".*" + SUFFIX)) {
			for (Path part : parts) {
				String name = part.getFileName().toString();
				// .NAME.RANDOM.part: NAME is between the leading dot and the last dot before the suffix.
				int random = name.lastIndexOf('.', name.length() - SUFFIX.length() - 1);
				if (random > 1 && Files.getLastModifiedTime(part).compareTo(before) < 0) {
					staleByTarget.computeIfAbsent(name.substring(1, random), k -> new ArrayList<>()).add(part);
				}
			}
		} catch (IOException ignored) {
			// Only tidying: the write itself does not depend on it.
		}
		return staleByTarget;
	}

	private static void syncFolder(Path folder) {
		// Makes the rename durable on Linux; other systems may refuse to open a folder.
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException ignored) {
			// The rename is done; only its durability across a power cut is weaker.
		}
	}
}
