package org.bidbench.sales.core.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log of a folder workspace: {@code audit/audit-log.txt}, one entry per line
 * ({@link AuditLineFormat}), only ever appended to. An append locks the file, reads the last
 * line, writes the new line in one write and flushes it to disk before it returns. A line cut
 * off by a crash (no line feed at the end) is moved to {@code audit-log.txt.torn} before the
 * next append, so the torn bytes are kept and the chain goes on from the last whole entry.
 */
public final class AuditFile implements AuditStore {

	public static final String FOLDER = "audit";
	public static final String NAME = "audit-log.txt";
	private static final String HEADER = "# BidBench audit log: one signed entry per line, each chained to the one before."
			+ " Never edit it; 'bidbench audit verify' finds any change.\n";

	private final Path file;

	public AuditFile(Path file) {
		this.file = file;
	}

	/** Where a workspace folder keeps its audit log. */
	public static Path in(Path workspaceFolder) {
		return workspaceFolder.resolve(FOLDER).resolve(NAME);
	}

	public Path file() {
		return file;
	}

	@Override
	public String location() {
		return file.toAbsolutePath().normalize().toString();
	}

	@Override
	public List<StoredEntry> read() throws AuditException {
		List<StoredEntry> entries = new ArrayList<>();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return entries;
		} catch (IOException e) {
			throw new AuditException("Cannot read the audit log " + file + ": " + e.getMessage(), e);
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		int lineNumber = 0;
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			lineNumber++;
			String where = file.getFileName() + " line " + lineNumber;
			if (end < 0) {
				entries.add(new StoredEntry(entries.size() + 1, where, null, "the line was cut off before its end"));
				break;
			}
			String line = text.substring(start, end);
			start = end + 1;
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			try {
				entries.add(new StoredEntry(entries.size() + 1, where, AuditLineFormat.read(line), null));
			} catch (IllegalArgumentException e) {
				entries.add(new StoredEntry(entries.size() + 1, where, null, e.getMessage()));
			}
		}
		return entries;
	}

	@Override
	public AuditEntry append(NextEntry next) throws AuditException {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
					FileLock lock = channel.lock()) {
				if (channel.size() == 0) {
					write(channel, HEADER.getBytes(StandardCharsets.UTF_8));
				}
				keepTornTailAside(channel);
				AuditEntry last = lastEntry(channel);
				AuditEntry entry = next.after(last);
				write(channel, (AuditLineFormat.write(entry) + "\n").getBytes(StandardCharsets.UTF_8));
				channel.force(true);
				return entry;
			}
		} catch (IOException e) {
			throw new AuditException("Cannot append to the audit log " + file + ": " + e.getMessage()
					+ ". The change was not recorded; the log holds every entry written before.", e);
		}
	}

	private static void write(FileChannel channel, byte[] bytes) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		long position = channel.size();
		while (buffer.hasRemaining()) {
			position += channel.write(buffer, position);
		}
	}

	/** Bytes after the last line feed are a write a crash cut off: keep them beside the log, then drop them. */
	private void keepTornTailAside(FileChannel channel) throws IOException {
		long size = channel.size();
		long lastFeed = lastFeedBefore(channel, size);
		if (lastFeed == size - 1) {
			return;
		}
		long tornStart = lastFeed + 1;
		ByteBuffer torn = ByteBuffer.allocate((int) (size - tornStart));
		channel.read(torn, tornStart);
		Path aside = file.resolveSibling(file.getFileName() + ".torn");
		Files.write(aside, torn.array(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		channel.truncate(tornStart);
		channel.force(true);
	}

	/** The last whole entry, read backwards from the end so appends stay fast on a long log. */
	private AuditEntry lastEntry(FileChannel channel) throws IOException, AuditException {
		long end = channel.size() - 1; // the final line feed
		while (end > 0) {
			long start = lastFeedBefore(channel, end) + 1;
			ByteBuffer line = ByteBuffer.allocate((int) (end - start));
			channel.read(line, start);
			String text = new String(line.array(), StandardCharsets.UTF_8);
			if (!text.startsWith("#") && !text.isBlank()) {
				try {
					return AuditLineFormat.read(text);
				} catch (IllegalArgumentException e) {
					throw new AuditException("The last entry of the audit log " + file + " cannot be read (" + e.getMessage()
							+ "); nothing can be chained to it. Run 'bidbench audit verify' and restore the log from a backup.");
				}
			}
			end = start - 1;
		}
		return null;
	}

	/** Position of the last line feed before {@code limit}, or -1. */
	private static long lastFeedBefore(FileChannel channel, long limit) throws IOException {
		long position = limit;
		ByteBuffer chunk = ByteBuffer.allocate(8192);
		while (position > 0) {
			long from = Math.max(0, position - chunk.capacity());
			chunk.clear().limit((int) (position - from));
			channel.read(chunk, from);
			for (int i = chunk.position() - 1; i >= 0; i--) {
				if (chunk.get(i) == '\n') {
					return from + i;
				}
			}
			position = from;
		}
		return -1;
	}
}
