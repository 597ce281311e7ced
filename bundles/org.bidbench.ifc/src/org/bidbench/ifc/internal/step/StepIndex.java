package org.bidbench.ifc.internal.step;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.ReentrantLock;

import org.bidbench.ifc.ReadMonitor;

/**
 * The result of the single indexing pass over a Part-21 file: for every entity instance its
 * {@code #id}, its type (an index into {@link #typeNames}) and the byte offset of its opening
 * parenthesis, in primitive arrays. Nothing is decoded here.
 */
public final class StepIndex {

	/** Type index used for complex (multi-leaf) instances {@code #1=(A()B());}. */
	public static final String COMPLEX = "<complex>";

	private static final int PROGRESS_STEP = 8 << 20;

	/** Below this many bytes of DATA a file is indexed on one thread: starting threads would cost more. */
	public static final int DEFAULT_MIN_PARALLEL_BYTES = 16 << 20;

	/** How far past a chunk's nominal start the next line beginning with '#' is looked for. */
	private static final int BOUNDARY_SEARCH = 1 << 20;

	/**
	 * Bytes per instance assumed when the arrays are sized before a pass: about the fewest real files
	 * have (56 to 74 in the samples), so that they are rarely grown; a large unused rest is trimmed.
	 */
	private static final int BYTES_PER_INSTANCE_GUESS = 56;

	/** Eight copies of a byte, for finding it eight bytes at a time. */
	private static final long ONES = 0x0101010101010101L;
	private static final long HIGH_BITS = 0x8080808080808080L;
	private static final long SEMICOLONS = ONES * ';';
	private static final long QUOTES = ONES * '\'';
	private static final long SLASHES = ONES * '/';
	private static final long PARENTHESES = ONES * '(';

	/** Which bytes may be part of a keyword (type names, section names): letters, digits, '_' and '-'. */
	private static final boolean[] KEYWORD = new boolean[256];

	static {
		for (int c = 0; c < 256; c++) {
			KEYWORD[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
		}
	}

	public final ByteBuffer buf;
	/** The same bytes read eight at a time, the first byte lowest (the scanner's word order). */
	private final ByteBuffer words;
	public final NameTable typeNames = new NameTable();
	public int count;
	public int[] ids = new int[4096];
	public int[] types = new int[4096];
	public int[] offsets = new int[4096];
	/** Header entities: keyword and offset of their parameter list. */
	public final List<String> headerKeywords = new ArrayList<>();
	public final List<Integer> headerOffsets = new ArrayList<>();
	public int dataSections;
	/** Instances that could not be read and were left out (each reported as a problem). */
	public int skipped;
	public boolean complete;

	private final ProblemSink problems;
	private final ReadMonitor monitor;
	private final int n;
	private int nextProgress = PROGRESS_STEP;
	private int threads = 1;
	private int minParallelBytes = DEFAULT_MIN_PARALLEL_BYTES;
	/** A chunk's scan only: whether it stopped at the ENDSEC of its DATA section. */
	private boolean endedSection;
	/** A chunk's scan only: progress is reported by the thread that merges the chunks. */
	private boolean reportsProgress = true;

	/**
	 * Bytes of a mapped file whose pages are touched in one go ahead of the scan. The first touch
	 * of a page of a fresh mapping costs about a microsecond on this kind of virtual machine and does
	 * not get cheaper when two threads touch at once (the threads only wait for each other): so the
	 * chunks take turns, one thread touching the next pages while the others scan pages already
	 * touched.
	 */
	private static final int TOUCH_STEP = 1 << 20;
	private static final int PAGE = 4096;

	/** Where the pages touched ahead end (for a buffer in the heap: its end, nothing to touch). */
	private int touchedTo;
	/** Taken while touching pages ahead, shared by the chunks of one scan. */
	private ReentrantLock touching = new ReentrantLock();
	/** Sums the touched bytes so that the reads are not left out by the compiler. */
	private long touchedSum;

	private StepIndex(ByteBuffer buf, ProblemSink problems, ReadMonitor monitor) {
		this.buf = buf;
		this.words = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
		this.problems = problems;
		this.monitor = monitor;
		this.n = buf.limit();
		this.touchedTo = buf.isDirect() ? 0 : n;
	}

	/**
	 * Touches the pages from {@code pos} to {@link #TOUCH_STEP} bytes on, one chunk at a time: the
	 * others go on scanning pages they touched before (or wait, when they need theirs too).
	 */
	private void touchAhead(int pos) {
		int end = (int) Math.min(n, (long) pos + TOUCH_STEP);
		long sum = 0;
		touching.lock();
		try {
			for (int p = pos; p < end; p += PAGE) {
				sum += buf.get(p);
			}
			if (end > pos) {
				sum += buf.get(end - 1);
			}
		} finally {
			touching.unlock();
		}
		touchedSum += sum;
		touchedTo = end;
	}

	/**
	 * Scans a whole file.
	 *
	 * @throws StepSyntaxException if the bytes are not a Part-21 exchange structure at all
	 */
	public static StepIndex scan(ByteBuffer buf, ProblemSink problems, ReadMonitor monitor) {
		return scan(buf, problems, monitor, 1, DEFAULT_MIN_PARALLEL_BYTES);
	}

	/**
	 * Scans a whole file, the DATA sections of {@code minParallelBytes} or more split over
	 * {@code threads} threads. The result is the same as on one thread, to the order of the
	 * instances, the type numbers and the problems reported.
	 *
	 * @throws StepSyntaxException if the bytes are not a Part-21 exchange structure at all
	 */
	public static StepIndex scan(ByteBuffer buf, ProblemSink problems, ReadMonitor monitor, int threads,
			int minParallelBytes) {
		StepIndex index = new StepIndex(buf, problems, monitor);
		index.threads = Math.max(1, threads);
		index.minParallelBytes = Math.max(1, minParallelBytes);
		index.scanFile();
		index.trim();
		return index;
	}

	/** Makes room for {@code capacity} instances in all, so that a pass does not grow the arrays step by step. */
	private void reserve(int capacity) {
		if (capacity > ids.length) {
			ids = Arrays.copyOf(ids, capacity);
			types = Arrays.copyOf(types, capacity);
			offsets = Arrays.copyOf(offsets, capacity);
		}
	}

	/** Lets go of the room a guess left unused (the model keeps these arrays as long as it is open). */
	private void trim() {
		if (ids.length - count > Math.max(4096, count >> 3)) {
			ids = Arrays.copyOf(ids, count);
			types = Arrays.copyOf(types, count);
			offsets = Arrays.copyOf(offsets, count);
		}
	}

	private static int guessInstances(long bytes) {
		return (int) Math.min(Integer.MAX_VALUE - 16, bytes / BYTES_PER_INSTANCE_GUESS + 1024);
	}

	private void scanFile() {
		int pos = skipSpace(0);
		int kwEnd = keywordEnd(pos);
		if (!keywordIs(pos, kwEnd, "ISO-10303-21")) {
			throw new StepSyntaxException(pos, "not an ISO 10303-21 (STEP/IFC) file: it must start with"
					+ " 'ISO-10303-21;'");
		}
		pos = expectSemicolon(kwEnd);
		while (true) {
			pos = skipSpace(pos);
			if (pos >= n) {
				problems.report(n, 0, true, "file ends without 'END-ISO-10303-21;' (truncated?)");
				return;
			}
			kwEnd = keywordEnd(pos);
			if (kwEnd == pos) {
				problems.report(pos, 0, true, "expected HEADER, DATA or END-ISO-10303-21, found '"
						+ printable(pos) + "'");
				pos = skipPastSemicolon(pos);
				continue;
			}
			if (keywordIs(pos, kwEnd, "HEADER")) {
				pos = scanHeader(expectSemicolon(kwEnd));
			} else if (keywordIs(pos, kwEnd, "DATA")) {
				// Edition 3 allows DATA('name',('schema')); the parameters are not needed.
				int p = skipSpace(kwEnd);
				if (p < n && buf.get(p) == '(') {
					p = skipPastSemicolon(p) - 1;
				}
				dataSections++;
				int start = expectSemicolon(p);
				if (threads > 1 && n - start >= minParallelBytes) {
					pos = scanDataInChunks(start);
				} else {
					reserve(count + guessInstances(n - start));
					pos = scanData(start, n);
				}
			} else if (keywordIs(pos, kwEnd, "END-ISO-10303-21")) {
				complete = true;
				return;
			} else {
				problems.report(pos, 0, true, "unexpected keyword '" + text(pos, kwEnd)
						+ "' between sections; expected HEADER, DATA or END-ISO-10303-21");
				pos = skipPastSemicolon(kwEnd);
			}
		}
	}

	private int scanHeader(int pos) {
		while (true) {
			pos = skipSpace(pos);
			if (pos >= n) {
				problems.report(n, 0, true, "file ends inside the HEADER section (truncated?)");
				return n;
			}
			int kwEnd = keywordEnd(pos);
			if (keywordIs(pos, kwEnd, "ENDSEC")) {
				return expectSemicolon(kwEnd);
			}
			if (kwEnd == pos) {
				problems.report(pos, 0, true, "expected a header entity such as FILE_NAME(...), found '"
						+ printable(pos) + "'");
				pos = skipPastSemicolon(pos);
				continue;
			}
			int p = skipSpace(kwEnd);
			if (p >= n || buf.get(p) != '(') {
				problems.report(p, 0, true, "expected '(' after header entity " + text(pos, kwEnd));
				pos = skipPastSemicolon(p);
				continue;
			}
			headerKeywords.add(text(pos, kwEnd));
			headerOffsets.add(p);
			pos = skipInstanceBody(p, 0);
		}
	}

	/**
	 * Indexes instances from {@code pos} up to ENDSEC, or (for a chunk) up to the first instance
	 * that starts at or after {@code stopAt}, and returns where it stopped.
	 */
	private int scanData(int pos, int stopAt) {
		final ByteBuffer b = buf;
		while (true) {
			pos = skipSpace(pos);
			if (pos >= n) {
				problems.report(n, 0, true, "file ends inside a DATA section (truncated?)");
				return n;
			}
			if (pos >= stopAt) {
				return pos;
			}
			if (pos >= touchedTo) {
				touchAhead(pos);
			}
			if (reportsProgress && pos >= nextProgress) {
				nextProgress = pos + PROGRESS_STEP;
				monitor.worked(pos, n);
				if (monitor.isCanceled()) {
					throw new CancellationException("reading cancelled at byte " + pos);
				}
			}
			byte c = b.get(pos);
			if (c != '#') {
				int kwEnd = keywordEnd(pos);
				if (keywordIs(pos, kwEnd, "ENDSEC")) {
					endedSection = true;
					return expectSemicolon(kwEnd);
				}
				problems.report(pos, 0, true, "expected an instance '#id=' or ENDSEC, found '" + printable(pos)
						+ "'; skipped to the next ';'");
				skipped++;
				pos = skipPastSemicolon(pos);
				continue;
			}
			int start = pos;
			pos++;
			long id = 0;
			int digitsStart = pos;
			while (pos < n) {
				byte d = b.get(pos);
				if (d < '0' || d > '9') {
					break;
				}
				id = id * 10 + (d - '0');
				if (id > Integer.MAX_VALUE) {
					break;
				}
				pos++;
			}
			if (pos == digitsStart || id > Integer.MAX_VALUE || id == 0) {
				problems.report(start, 0, true, "bad instance name: expected '#' followed by a positive"
						+ " number below 2^31; instance skipped");
				skipped++;
				pos = skipPastSemicolon(pos);
				continue;
			}
			pos = skipSpace(pos);
			if (pos >= n || b.get(pos) != '=') {
				problems.report(pos, (int) id, true, "expected '=' after #" + id + "; instance skipped");
				skipped++;
				pos = skipPastSemicolon(pos);
				continue;
			}
			pos = skipSpace(pos + 1);
			int type;
			int paramStart;
			if (pos < n && b.get(pos) == '(') {
				type = typeNames.intern(COMPLEX);
				paramStart = pos;
			} else {
				// Usually a name seen before, directly followed by '(': found by whole words. Else (a new
				// name, space before the parenthesis, no name at all) byte by byte, as the file says.
				int parenthesis = nextOpenParenthesis(pos);
				int known = parenthesis > pos ? typeNames.find(words, pos, parenthesis - pos) : -1;
				if (known >= 0 && typeNames.isKeyword(known)) {
					type = known;
					paramStart = parenthesis;
				} else {
					int kwEnd = pos;
					while (kwEnd < n && KEYWORD[b.get(kwEnd) & 0xff]) {
						kwEnd++;
					}
					if (kwEnd == pos) {
						problems.report(pos, (int) id, true, "expected an entity type name after '#" + id
								+ "=', found '" + printable(pos) + "'; instance skipped");
						skipped++;
						pos = skipPastSemicolon(pos);
						continue;
					}
					type = typeNames.intern(words, pos, kwEnd - pos);
					paramStart = skipSpace(kwEnd);
					if (paramStart >= n || b.get(paramStart) != '(') {
						problems.report(paramStart, (int) id, true, "expected '(' after the type name of #" + id
								+ "; instance skipped");
						skipped++;
						pos = skipPastSemicolon(paramStart);
						continue;
					}
				}
			}
			int end = skipInstanceBody(paramStart, (int) id);
			if (end < 0) {
				return n;
			}
			add((int) id, type, paramStart);
			pos = end;
		}
	}

	/** A problem a chunk found, kept until the chunk is known to have started where an instance starts. */
	private record Found(int offset, int entityId, boolean error, String message) {
	}

	/**
	 * Indexes a DATA section split into chunks that start at lines beginning with '#', one thread
	 * per chunk. A chunk is only a guess of where an instance starts (the '#' could be inside a
	 * string); it is kept when the chunk before it, scanned from a true start, stopped exactly
	 * there, which makes it a true start too. From the first chunk that fails this, the rest is
	 * scanned again on this thread, so the result never depends on the guesses.
	 */
	private int scanDataInChunks(int start) {
		int[] starts = chunkStarts(start);
		int chunks = starts.length;
		if (chunks == 1) {
			reserve(count + guessInstances(n - start));
			return scanData(start, n);
		}
		StepIndex[] parts = new StepIndex[chunks];
		@SuppressWarnings("unchecked")
		List<Found>[] found = new List[chunks];
		int[] stops = new int[chunks];
		for (int k = 0; k < chunks; k++) {
			List<Found> problemsOfChunk = new ArrayList<>();
			found[k] = problemsOfChunk;
			StepIndex part = new StepIndex(buf, (o, id, e, m) -> problemsOfChunk.add(new Found(o, id, e, m)), monitor);
			part.reportsProgress = false;
			part.touching = touching;
			parts[k] = part;
		}
		ParallelParts.inParallel(chunks, "bidbench-ifc-index", k -> {
			int to = k + 1 < chunks ? starts[k + 1] : n;
			// The first chunk's arrays become the index's when it is the file's first section: room for all.
			parts[k].reserve(guessInstances((k == 0 && count == 0 ? n : to) - starts[k]));
			stops[k] = parts[k].scanData(starts[k], to);
		});
		// Keep chunks while each one's predecessor stopped exactly at its start.
		int kept = 0;
		int resumeAt = -1;
		for (int k = 0; k < chunks; k++) {
			kept = k + 1;
			boolean last = k + 1 == chunks;
			if (parts[k].endedSection || last || stops[k] >= n) {
				// The section ended here (or the file): later chunks, if any, read past it as data.
				break;
			}
			if (stops[k] != starts[k + 1]) {
				// The next chunk's start was a guess that the file's structure does not confirm.
				resumeAt = stops[k];
				break;
			}
		}
		merge(parts, kept);
		for (int k = 0; k < kept; k++) {
			for (Found f : found[k]) {
				problems.report(f.offset(), f.entityId(), f.error(), f.message());
			}
			monitor.worked(stops[k], n);
			if (monitor.isCanceled()) {
				throw new CancellationException("reading cancelled at byte " + stops[k]);
			}
		}
		if (resumeAt >= 0) {
			reserve(count + guessInstances(n - resumeAt));
			return scanData(resumeAt, n);
		}
		endedSection = parts[kept - 1].endedSection;
		return stops[kept - 1];
	}

	/** Chunk starts: the section's start, then about every (section / threads) bytes the next line starting with '#'. */
	private int[] chunkStarts(int start) {
		int chunks = threads;
		long size = (long) n - start;
		int[] starts = new int[chunks];
		int count = 0;
		starts[count++] = start;
		for (int k = 1; k < chunks; k++) {
			int nominal = (int) (start + size * k / chunks);
			int candidate = nextLineStartingWithHash(Math.max(nominal, starts[count - 1] + 1));
			if (candidate > 0 && candidate < n) {
				starts[count++] = candidate;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	private int nextLineStartingWithHash(int from) {
		int limit = (int) Math.min(n, (long) from + BOUNDARY_SEARCH);
		for (int p = Math.max(from, 1); p < limit; p++) {
			if (buf.get(p) == '#' && buf.get(p - 1) == '\n') {
				return p;
			}
		}
		return -1;
	}

	/**
	 * Appends the first {@code kept} chunks' instances, their type numbers mapped to this index's: the
	 * arrays are made once at their final size and each chunk is copied into its place on a thread
	 * of its own.
	 */
	private void merge(StepIndex[] parts, int kept) {
		int[][] typeMaps = new int[kept][];
		int[] at = new int[kept];
		int total = count;
		for (int k = 0; k < kept; k++) {
			StepIndex part = parts[k];
			int[] typeMap = new int[part.typeNames.size()];
			for (int t = 0; t < typeMap.length; t++) {
				typeMap[t] = typeNames.intern(part.typeNames.name(t));
			}
			typeMaps[k] = typeMap;
			at[k] = total;
			total += part.count;
			skipped += part.skipped;
		}
		// In the usual file (one DATA section) the first chunk's instances are the first ones and its type
		// numbers are this index's (both start empty): its arrays are taken as they are, not copied.
		int first = 0;
		if (count == 0 && isIdentity(typeMaps[0])) {
			ids = parts[0].ids;
			types = parts[0].types;
			offsets = parts[0].offsets;
			count = parts[0].count;
			first = 1;
		}
		if (total > ids.length) {
			ids = Arrays.copyOf(ids, total);
			types = Arrays.copyOf(types, total);
			offsets = Arrays.copyOf(offsets, total);
		}
		int[] allIds = ids;
		int[] allTypes = types;
		int[] allOffsets = offsets;
		int copied = first;
		if (kept > copied) {
			ParallelParts.inParallel(kept - copied, "bidbench-ifc-index", j -> {
				int k = j + copied;
				StepIndex part = parts[k];
				int[] typeMap = typeMaps[k];
				System.arraycopy(part.ids, 0, allIds, at[k], part.count);
				System.arraycopy(part.offsets, 0, allOffsets, at[k], part.count);
				int[] partTypes = part.types;
				for (int i = 0, to = at[k]; i < part.count; i++) {
					allTypes[to + i] = typeMap[partTypes[i]];
				}
			});
		}
		count = total;
	}

	private static boolean isIdentity(int[] map) {
		for (int t = 0; t < map.length; t++) {
			if (map[t] != t) {
				return false;
			}
		}
		return true;
	}

	private void add(int id, int type, int offset) {
		if (count == ids.length) {
			int cap = count + (count >> 1);
			ids = Arrays.copyOf(ids, cap);
			types = Arrays.copyOf(types, cap);
			offsets = Arrays.copyOf(offsets, cap);
		}
		ids[count] = id;
		types[count] = type;
		offsets[count] = offset;
		count++;
	}

	/**
	 * Skips from the opening parenthesis to just past the terminating ';', honouring strings
	 * and comments. Returns -1 if the file ends first (reported as truncation).
	 */
	private int skipInstanceBody(int pos, int id) {
		final ByteBuffer b = buf;
		final ByteBuffer w = words;
		final int limit = n;
		final int lastWord = n - 8;
		int p = pos;
		while (true) {
			// Eight bytes at a time to the next byte that matters here: ';', a quote or '/'.
			while (p <= lastWord) {
				long word = w.getLong(p);
				long found = zeroBytes(word ^ SEMICOLONS) | zeroBytes(word ^ QUOTES) | zeroBytes(word ^ SLASHES);
				if (found != 0) {
					p += Long.numberOfTrailingZeros(found) >>> 3;
					break;
				}
				p += 8;
			}
			if (p >= limit) {
				break;
			}
			byte c = b.get(p++);
			if (c == ';') {
				return p;
			}
			if (c == '\'') {
				// A doubled quote inside a string reads as close-then-open, which is harmless here.
				p = afterClosingQuote(p);
			} else if (c == '/' && p < limit && b.get(p) == '*') {
				p = skipComment(p - 1);
			}
		}
		problems.report(pos, id, true, "file ends inside instance" + (id > 0 ? " #" + id : "")
				+ " (truncated?): no terminating ';'");
		return -1;
	}

	/** The first '(' of the 64 bytes from {@code from}, or -1. */
	private int nextOpenParenthesis(int from) {
		int last = Math.min(n - 8, from + 56);
		for (int p = from; p <= last; p += 8) {
			long found = zeroBytes(words.getLong(p) ^ PARENTHESES);
			if (found != 0) {
				return p + (Long.numberOfTrailingZeros(found) >>> 3);
			}
		}
		return -1;
	}

	/** Just past the next quote from {@code p} (or one past the end when there is none). */
	private int afterClosingQuote(int p) {
		final int lastWord = n - 8;
		while (p <= lastWord) {
			long found = zeroBytes(words.getLong(p) ^ QUOTES);
			if (found != 0) {
				return p + (Long.numberOfTrailingZeros(found) >>> 3) + 1;
			}
			p += 8;
		}
		while (p < n && buf.get(p) != '\'') {
			p++;
		}
		return p + 1;
	}

	/**
	 * The high bit of each zero byte of {@code word} set. Bytes above the lowest zero byte may be
	 * flagged wrongly (a borrow), never the lowest itself, and only the lowest is used.
	 */
	private static long zeroBytes(long word) {
		return (word - ONES) & ~word & HIGH_BITS;
	}

	private int skipComment(int pos) {
		int p = pos + 2;
		while (p + 1 < n) {
			if (buf.get(p) == '*' && buf.get(p + 1) == '/') {
				return p + 2;
			}
			p++;
		}
		problems.report(pos, 0, true, "comment not closed before the end of the file");
		return n;
	}

	private int skipSpace(int pos) {
		final ByteBuffer b = buf;
		while (pos < n) {
			byte c = b.get(pos);
			if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
				pos++;
			} else if (c == '/' && pos + 1 < n && b.get(pos + 1) == '*') {
				pos = skipComment(pos);
			} else {
				return pos;
			}
		}
		return pos;
	}

	private int skipPastSemicolon(int pos) {
		int p = pos;
		while (p < n) {
			byte c = buf.get(p++);
			if (c == ';') {
				return p;
			}
			if (c == '\'') {
				while (p < n && buf.get(p) != '\'') {
					p++;
				}
				p++;
			}
		}
		return n;
	}

	private int expectSemicolon(int pos) {
		int p = skipSpace(pos);
		if (p < n && buf.get(p) == ';') {
			return p + 1;
		}
		problems.report(p, 0, true, "expected ';'");
		return p;
	}

	private int keywordEnd(int pos) {
		int p = pos;
		while (p < n) {
			byte c = buf.get(p);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
				p++;
			} else {
				break;
			}
		}
		return p;
	}

	private boolean keywordIs(int start, int end, String keyword) {
		if (end - start != keyword.length()) {
			return false;
		}
		for (int i = 0; i < keyword.length(); i++) {
			if (buf.get(start + i) != keyword.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private String text(int start, int end) {
		byte[] t = new byte[Math.min(end - start, 80)];
		buf.get(start, t, 0, t.length);
		return new String(t, java.nio.charset.StandardCharsets.ISO_8859_1);
	}

	/** A short, printable excerpt for messages (binary garbage must not end up in a message raw). */
	private String printable(int pos) {
		StringBuilder sb = new StringBuilder();
		for (int p = pos; p < n && p < pos + 20; p++) {
			int c = buf.get(p) & 0xff;
			if (c == '\n' || c == '\r') {
				break;
			}
			if (c >= 32 && c < 127) {
				sb.append((char) c);
			} else {
				sb.append(String.format("\\x%02X", c));
			}
		}
		return sb.toString();
	}
}
