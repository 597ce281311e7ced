package org.bidbench.ifc.internal.step;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Interns keywords (entity type names, enumeration literals) straight from the file bytes, so
 * the index pass and the decoder make one String per distinct name instead of one per use.
 */
public final class NameTable {

	private int[] slots = new int[1024];
	private final List<byte[]> bytes = new ArrayList<>();
	private final List<String> names = new ArrayList<>();

	public NameTable() {
		Arrays.fill(slots, -1);
	}

	/** The index of the name {@code buf[start, start+len)}, adding it if new. */
	public int intern(ByteBuffer buf, int start, int len) {
		int h = 0;
		for (int i = 0; i < len; i++) {
			h = 31 * h + buf.get(start + i);
		}
		int mask = slots.length - 1;
		int slot = mix(h) & mask;
		while (true) {
			int idx = slots[slot];
			if (idx < 0) {
				break;
			}
			byte[] candidate = bytes.get(idx);
			if (candidate.length == len && sameBytes(buf, start, candidate)) {
				return idx;
			}
			slot = (slot + 1) & mask;
		}
		byte[] copy = new byte[len];
		buf.get(start, copy, 0, len);
		int idx = names.size();
		bytes.add(copy);
		names.add(new String(copy, StandardCharsets.ISO_8859_1));
		slots[slot] = idx;
		if (names.size() * 2 > slots.length) {
			rehash();
		}
		return idx;
	}

	/** Interns a name given as a String (used for header keywords in tests and tools). */
	public int intern(String name) {
		byte[] b = name.getBytes(StandardCharsets.ISO_8859_1);
		return intern(ByteBuffer.wrap(b), 0, b.length);
	}

	private static boolean sameBytes(ByteBuffer buf, int start, byte[] candidate) {
		for (int i = 0; i < candidate.length; i++) {
			if (buf.get(start + i) != candidate[i]) {
				return false;
			}
		}
		return true;
	}

	private static int mix(int h) {
		return h ^ (h >>> 16) ^ (h >>> 7);
	}

	private void rehash() {
		int[] fresh = new int[slots.length * 2];
		Arrays.fill(fresh, -1);
		int mask = fresh.length - 1;
		for (int idx = 0; idx < bytes.size(); idx++) {
			byte[] b = bytes.get(idx);
			int h = 0;
			for (byte x : b) {
				h = 31 * h + x;
			}
			int slot = mix(h) & mask;
			while (fresh[slot] >= 0) {
				slot = (slot + 1) & mask;
			}
			fresh[slot] = idx;
		}
		slots = fresh;
	}

	public String name(int index) {
		return names.get(index);
	}

	public int size() {
		return names.size();
	}
}
