package org.bidbench.ifc.internal.step;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Turns byte offsets into line and column. Built only when a problem must be reported, so
 * clean files never pay for counting lines.
 */
public final class LineMap {

	private final int[] lineStarts;
	private final int count;

	public LineMap(ByteBuffer buf) {
		int n = buf.limit();
		int[] starts = new int[1024];
		int c = 1;
		starts[0] = 0;
		for (int i = 0; i < n; i++) {
			if (buf.get(i) == '\n') {
				if (c == starts.length) {
					starts = Arrays.copyOf(starts, c * 2);
				}
				starts[c++] = i + 1;
			}
		}
		this.lineStarts = starts;
		this.count = c;
	}

	/** 1-based line of the offset. */
	public int line(int offset) {
		int i = Arrays.binarySearch(lineStarts, 0, count, offset);
		return i >= 0 ? i + 1 : -i - 1;
	}

	/** 1-based column of the offset (in bytes). */
	public int column(int offset) {
		return offset - lineStarts[line(offset) - 1] + 1;
	}
}
