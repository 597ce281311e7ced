package org.bidbench.ifc.internal.step;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Interns keywords (entity type names, enumeration literals) straight from the file bytes, so
 * the index pass and the decoder make one String per distinct name instead of one per use.
 *
 * <p>Names are hashed and compared eight bytes at a time: the index pass looks a type name up
 * once per instance, and a byte at a time that was a third of its work.
 */
public final class NameTable {

	private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

	private int[] slots = new int[1024];
	private int size;
	private byte[][] bytes = new byte[64][];
	/** Each name's bytes as words, the first byte lowest, the last word padded with zeros. */
	private long[][] words = new long[64][];
	private String[] names = new String[64];
	/** Whether every byte of the name may be part of a keyword (letters, digits, '_', '-'). */
	private boolean[] keywords = new boolean[64];

	public NameTable() {
		Arrays.fill(slots, -1);
	}

	/** The index of the name {@code buf[start, start+len)}, adding it if new. */
	public int intern(ByteBuffer buf, int start, int len) {
		int h = hash(buf, start, len);
		int slot = probe(buf, start, len, h);
		int idx = slots[slot];
		return idx >= 0 ? idx : add(buf, start, len, slot);
	}

	/** The index of the name {@code buf[start, start+len)}, or -1 when it is not in the table. */
	public int find(ByteBuffer buf, int start, int len) {
		return slots[probe(buf, start, len, hash(buf, start, len))];
	}

	/** Interns a name given as a String (used for header keywords in tests and tools). */
	public int intern(String name) {
		byte[] b = name.getBytes(StandardCharsets.ISO_8859_1);
		return intern(ByteBuffer.wrap(b), 0, b.length);
	}

	/** Whether every byte of name {@code index} is a letter, a digit, '_' or '-'. */
	public boolean isKeyword(int index) {
		return keywords[index];
	}

	public String name(int index) {
		if (index < 0 || index >= size) {
			throw new IndexOutOfBoundsException("name " + index + " of " + size);
		}
		return names[index];
	}

	public int size() {
		return size;
	}

	/** The slot holding the name, or the empty slot where it would go. */
	private int probe(ByteBuffer buf, int start, int len, int h) {
		int mask = slots.length - 1;
		int slot = h & mask;
		while (true) {
			int idx = slots[slot];
			if (idx < 0 || (bytes[idx].length == len && sameBytes(buf, start, len, words[idx]))) {
				return slot;
			}
			slot = (slot + 1) & mask;
		}
	}

	private int add(ByteBuffer buf, int start, int len, int slot) {
		byte[] copy = new byte[len];
		buf.get(start, copy, 0, len);
		if (size == names.length) {
			int cap = size * 2;
			bytes = Arrays.copyOf(bytes, cap);
			words = Arrays.copyOf(words, cap);
			names = Arrays.copyOf(names, cap);
			keywords = Arrays.copyOf(keywords, cap);
		}
		int idx = size++;
		bytes[idx] = copy;
		words[idx] = packed(copy);
		names[idx] = new String(copy, StandardCharsets.ISO_8859_1);
		boolean keyword = len > 0;
		for (byte c : copy) {
			keyword &= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
		}
		keywords[idx] = keyword;
		slots[slot] = idx;
		if (size * 2 > slots.length) {
			rehash();
		}
		return idx;
	}

	private static long[] packed(byte[] name) {
		long[] packed = new long[(name.length + 7) >>> 3];
		for (int i = 0; i < name.length; i++) {
			packed[i >>> 3] |= (name[i] & 0xffL) << ((i & 7) << 3);
		}
		return packed;
	}

	/** Bytes {@code [p, p+count)} of the buffer (count 1 to 8) as a word, the first byte lowest, zero-padded. */
	private static long word(ByteBuffer buf, int p, int count) {
		if (count == 8) {
			long w = buf.getLong(p);
			return buf.order() == ByteOrder.LITTLE_ENDIAN ? w : Long.reverseBytes(w);
		}
		if (p + 8 <= buf.limit()) {
			long w = buf.getLong(p);
			w = buf.order() == ByteOrder.LITTLE_ENDIAN ? w : Long.reverseBytes(w);
			return w & (-1L >>> ((8 - count) << 3));
		}
		long w = 0;
		for (int i = 0; i < count; i++) {
			w |= (buf.get(p + i) & 0xffL) << (i << 3);
		}
		return w;
	}

	private static int hash(ByteBuffer buf, int start, int len) {
		long h = len;
		for (int i = 0; i < len; i += 8) {
			h = (h ^ word(buf, start + i, Math.min(8, len - i))) * MULTIPLIER;
		}
		return (int) (h ^ (h >>> 32) ^ (h >>> 17));
	}

	private static int hash(long[] packed, int len) {
		long h = len;
		for (long w : packed) {
			h = (h ^ w) * MULTIPLIER;
		}
		return (int) (h ^ (h >>> 32) ^ (h >>> 17));
	}

	private static boolean sameBytes(ByteBuffer buf, int start, int len, long[] packed) {
		for (int i = 0, k = 0; i < len; i += 8, k++) {
			if (word(buf, start + i, Math.min(8, len - i)) != packed[k]) {
				return false;
			}
		}
		return true;
	}

	private void rehash() {
		int[] fresh = new int[slots.length * 2];
		Arrays.fill(fresh, -1);
		int mask = fresh.length - 1;
		for (int idx = 0; idx < size; idx++) {
			int slot = hash(words[idx], bytes[idx].length) & mask;
			while (fresh[slot] >= 0) {
				slot = (slot + 1) & mask;
			}
			fresh[slot] = idx;
		}
		slots = fresh;
	}
}
