package org.bidbench.cli.internal.takeoff;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns line up in a terminal, Chinese characters counted two wide. */
final class Table {

	private final List<String[]> rows = new ArrayList<>();
	private final boolean[] rightAligned;

	Table(boolean[] rightAligned, String... header) {
		this.rightAligned = rightAligned;
		rows.add(header);
	}

	void add(String... cells) {
		rows.add(cells);
	}

	void print(PrintStream out) {
		int columns = rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int c = 0; c < columns; c++) {
				widths[c] = Math.max(widths[c], width(row[c]));
			}
		}
		for (int r = 0; r < rows.size(); r++) {
			StringBuilder line = new StringBuilder();
			for (int c = 0; c < columns; c++) {
				String cell = rows.get(r)[c] == null ? "" : rows.get(r)[c];
				String pad = " ".repeat(widths[c] - width(cell));
				line.append(c == 0 ? "" : "  ").append(rightAligned[c] ? pad + cell : cell + pad);
			}
			out.println(line.toString().stripTrailing());
			if (r == 0) {
				int total = 0;
				for (int w : widths) {
					total += w;
				}
				out.println("-".repeat(total + 2 * (columns - 1)));
			}
		}
	}

	static int width(String s) {
		if (s == null) {
			return 0;
		}
		int w = 0;
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			w += (ch >= 0x1100 && (ch <= 0x115f || (ch >= 0x2e80 && ch <= 0xa4cf) || (ch >= 0xac00 && ch <= 0xd7a3)
					|| (ch >= 0xf900 && ch <= 0xfaff) || (ch >= 0xfe30 && ch <= 0xfe4f) || (ch >= 0xff00 && ch <= 0xff60)
					|| (ch >= 0xffe0 && ch <= 0xffe6))) ? 2 : 1;
		}
		return w;
	}

	static String number(double v) {
		return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
	}
}
