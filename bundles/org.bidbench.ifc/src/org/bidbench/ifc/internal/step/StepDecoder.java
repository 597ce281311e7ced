package org.bidbench.ifc.internal.step;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.bidbench.ifc.BinaryValue;
import org.bidbench.ifc.Derived;
import org.bidbench.ifc.EnumValue;
import org.bidbench.ifc.Ref;
import org.bidbench.ifc.TypedValue;

/**
 * Decodes the parameter list of one instance into Java values: {@code Long}, {@code Double},
 * {@code String}, {@code Boolean}, {@link EnumValue}, {@link Ref}, {@link TypedValue},
 * {@link BinaryValue}, {@link Derived}, {@code null} for {@code $}, and unmodifiable
 * {@code List<Object>} for aggregates. Not thread-safe: use one per thread.
 */
public final class StepDecoder {

	/** Aggregates nested deeper than this are hostile input, not IFC. */
	public static final int MAX_DEPTH = 64;
	/** Longest string decoded, in bytes; guards the heap against a hostile file. */
	public static final int MAX_STRING_BYTES = 64 << 20;

	private static final Object[] NO_VALUES = new Object[0];
	private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
			1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

	private final ByteBuffer buf;
	private final int n;
	private final NameTable keywords;
	private final NameTable enumNames = new NameTable();
	private EnumValue[] enums = new EnumValue[64];
	private byte[] scratch = new byte[256];
	private Object[][] stacks = new Object[MAX_DEPTH + 1][];
	private int pos;

	/**
	 * @param buf      the file content
	 * @param keywords table to intern type names of typed values (shared with the index)
	 */
	public StepDecoder(ByteBuffer buf, NameTable keywords) {
		this.buf = buf;
		this.n = buf.limit();
		this.keywords = keywords;
	}

	/** Position after the last decode: just past the closing parenthesis. */
	public int position() {
		return pos;
	}

	/**
	 * Decodes the parenthesised parameter list that starts at {@code offset}.
	 *
	 * @throws StepSyntaxException with the offset of the bad token
	 */
	public Object[] decodeParameters(int offset) {
		pos = offset;
		if (pos >= n || buf.get(pos) != '(') {
			throw new StepSyntaxException(pos, "expected '(' to open the parameter list");
		}
		pos++;
		return readAggregate(0);
	}

	/**
	 * Reads the first parameter if it is a string, without decoding the rest; used to index
	 * GlobalIds quickly. Returns {@code null} if the first parameter is not a string.
	 */
	public String firstString(int offset) {
		pos = offset + 1;
		skipSpace();
		if (pos < n && buf.get(pos) == '\'') {
			pos++;
			return readString();
		}
		return null;
	}

	/** Reads values up to the closing ')' (already past the '('). */
	private Object[] readAggregate(int depth) {
		if (depth >= MAX_DEPTH) {
			throw new StepSyntaxException(pos, "aggregates nested deeper than " + MAX_DEPTH + " levels");
		}
		Object[] items = stacks[depth];
		if (items == null) {
			items = new Object[16];
			stacks[depth] = items;
		}
		int count = 0;
		skipSpace();
		if (pos < n && buf.get(pos) == ')') {
			pos++;
			return NO_VALUES;
		}
		while (true) {
			Object v = readValue(depth);
			if (count == items.length) {
				items = Arrays.copyOf(items, count * 2);
				stacks[depth] = items;
			}
			items[count++] = v;
			skipSpace();
			if (pos >= n) {
				throw new StepSyntaxException(pos, "file ends inside a parameter list (truncated?)");
			}
			byte c = buf.get(pos++);
			if (c == ')') {
				break;
			}
			if (c != ',') {
				throw new StepSyntaxException(pos - 1, "expected ',' or ')' in a parameter list, found '"
						+ (char) (c & 0xff) + "'");
			}
		}
		Object[] result = Arrays.copyOf(items, count);
		Arrays.fill(items, 0, count, null);
		return result;
	}

	private Object readValue(int depth) {
		skipSpace();
		if (pos >= n) {
			throw new StepSyntaxException(pos, "file ends where a value was expected (truncated?)");
		}
		byte c = buf.get(pos);
		switch (c) {
			case '#' : {
				pos++;
				return new Ref(readId());
			}
			case '$' :
				pos++;
				return null;
			case '*' :
				pos++;
				return Derived.VALUE;
			case '\'' :
				pos++;
				return readString();
			case '.' :
				if (pos + 1 < n && isLetter(buf.get(pos + 1))) {
					return readEnum();
				}
				return readNumber();
			case '(' : {
				pos++;
				Object[] items = readAggregate(depth + 1);
				return items.length == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(items));
			}
			case '"' :
				pos++;
				return readBinary();
			default :
				if ((c >= '0' && c <= '9') || c == '-' || c == '+') {
					return readNumber();
				}
				if (isLetter(c)) {
					return readTyped(depth);
				}
				throw new StepSyntaxException(pos, "unexpected character '" + printable(c)
						+ "' where a value was expected");
		}
	}

	private int readId() {
		long id = 0;
		int start = pos;
		while (pos < n) {
			byte d = buf.get(pos);
			if (d < '0' || d > '9') {
				break;
			}
			id = id * 10 + (d - '0');
			if (id > Integer.MAX_VALUE) {
				throw new StepSyntaxException(start, "instance reference too large");
			}
			pos++;
		}
		if (pos == start) {
			throw new StepSyntaxException(start, "expected digits after '#'");
		}
		return (int) id;
	}

	private Object readTyped(int depth) {
		int start = pos;
		while (pos < n && isKeywordChar(buf.get(pos))) {
			pos++;
		}
		int type = keywords.intern(buf, start, pos - start);
		skipSpace();
		if (pos >= n || buf.get(pos) != '(') {
			throw new StepSyntaxException(pos, "expected '(' after typed value " + keywords.name(type));
		}
		pos++;
		Object[] inner = readAggregate(depth + 1);
		if (inner.length != 1) {
			throw new StepSyntaxException(start, "typed value " + keywords.name(type)
					+ " must wrap exactly one value");
		}
		return new TypedValue(keywords.name(type), inner[0]);
	}

	private Object readEnum() {
		int start = ++pos;
		while (pos < n && isKeywordChar(buf.get(pos))) {
			pos++;
		}
		if (pos >= n || buf.get(pos) != '.') {
			throw new StepSyntaxException(start - 1, "enumeration value not closed by '.'");
		}
		int len = pos - start;
		pos++;
		if (len == 1) {
			byte c = buf.get(start);
			if (c == 'T') {
				return Boolean.TRUE;
			}
			if (c == 'F') {
				return Boolean.FALSE;
			}
		}
		int idx = enumNames.intern(buf, start, len);
		if (idx >= enums.length) {
			enums = Arrays.copyOf(enums, Math.max(idx + 1, enums.length * 2 + 8));
		}
		EnumValue e = enums[idx];
		if (e == null) {
			e = new EnumValue(enumNames.name(idx));
			enums[idx] = e;
		}
		return e;
	}

	private Object readBinary() {
		int start = pos;
		while (pos < n && buf.get(pos) != '"') {
			byte c = buf.get(pos);
			if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) {
				throw new StepSyntaxException(pos, "binary values may only hold hex digits");
			}
			pos++;
		}
		if (pos >= n) {
			throw new StepSyntaxException(start - 1, "binary value not closed by '\"'");
		}
		String hex = ascii(start, pos);
		pos++;
		return new BinaryValue(hex);
	}

	/** Integers become Long, anything with a '.' or exponent a Double (1.E-5, -0., 2.5E3). */
	private Object readNumber() {
		int start = pos;
		boolean negative = false;
		byte c = buf.get(pos);
		if (c == '-' || c == '+') {
			negative = c == '-';
			pos++;
		}
		long mantissa = 0;
		int digits = 0;
		int dropped = 0;
		int intDigits = 0;
		while (pos < n && (c = buf.get(pos)) >= '0' && c <= '9') {
			if (digits < 18) {
				mantissa = mantissa * 10 + (c - '0');
				if (mantissa != 0) {
					digits++;
				}
			} else {
				dropped++;
			}
			intDigits++;
			pos++;
		}
		boolean real = false;
		int fractionDigits = 0;
		int fractionSeen = 0;
		if (pos < n && buf.get(pos) == '.') {
			real = true;
			pos++;
			while (pos < n && (c = buf.get(pos)) >= '0' && c <= '9') {
				fractionSeen++;
				if (digits < 18) {
					mantissa = mantissa * 10 + (c - '0');
					if (mantissa != 0) {
						digits++;
					}
					fractionDigits++;
				}
				pos++;
			}
		}
		if (intDigits == 0 && fractionSeen == 0) {
			throw new StepSyntaxException(start, "malformed number");
		}
		int exponent = 0;
		if (pos < n && ((c = buf.get(pos)) == 'E' || c == 'e')) {
			real = true;
			pos++;
			boolean expNegative = false;
			if (pos < n && ((c = buf.get(pos)) == '-' || c == '+')) {
				expNegative = c == '-';
				pos++;
			}
			int expStart = pos;
			while (pos < n && (c = buf.get(pos)) >= '0' && c <= '9') {
				if (exponent < 10000) {
					exponent = exponent * 10 + (c - '0');
				}
				pos++;
			}
			if (pos == expStart) {
				throw new StepSyntaxException(start, "malformed exponent in a real number");
			}
			if (expNegative) {
				exponent = -exponent;
			}
		}
		if (!real) {
			if (dropped > 0) {
				throw new StepSyntaxException(start, "integer too large");
			}
			return negative ? -mantissa : mantissa;
		}
		int scale = exponent - fractionDigits + dropped;
		// Exact fast path: the mantissa fits in a double and so does the power of ten.
		if (digits <= 15 && scale >= -22 && scale <= 22) {
			double d = mantissa;
			d = scale < 0 ? d / POWERS_OF_TEN[-scale] : d * POWERS_OF_TEN[scale];
			return negative ? -d : d;
		}
		// Java's grammar accepts the Part-21 forms "1." and "1.E-5" as they are.
		String text = ascii(start, pos);
		try {
			return Double.parseDouble(text);
		} catch (NumberFormatException e) {
			throw new StepSyntaxException(start, "malformed real number '" + text + "'");
		}
	}

	/** Reads a string; {@code pos} is just past the opening quote. */
	private String readString() {
		int start = pos;
		boolean plain = true;
		int p = pos;
		while (true) {
			if (p >= n) {
				throw new StepSyntaxException(start - 1, "string not closed before the end of the file (truncated?)");
			}
			byte c = buf.get(p);
			if (c == '\'') {
				if (p + 1 < n && buf.get(p + 1) == '\'') {
					plain = false;
					p += 2;
					continue;
				}
				break;
			}
			if (c == '\\' || c < 0) {
				plain = false;
			}
			p++;
			if (p - start > MAX_STRING_BYTES) {
				throw new StepSyntaxException(start - 1, "string longer than " + MAX_STRING_BYTES + " bytes");
			}
		}
		pos = p + 1;
		if (plain) {
			return ascii(start, p);
		}
		return decodeEscapes(start, p);
	}

	private String ascii(int start, int end) {
		int len = end - start;
		if (scratch.length < len) {
			scratch = new byte[Math.max(len, scratch.length * 2)];
		}
		buf.get(start, scratch, 0, len);
		return new String(scratch, 0, len, StandardCharsets.ISO_8859_1);
	}

	/**
	 * Decodes the Part-21 string escapes: {@code ''}, {@code \\}, {@code \S\c} in the page
	 * chosen by {@code \P?\}, {@code \X\hh}, {@code \X2\...\X0\} (UTF-16), {@code \X4\...\X0\}
	 * (UTF-32). Raw bytes above 127 are not allowed by the standard but common: they are read
	 * as UTF-8 when they form valid UTF-8, else as ISO 8859-1.
	 */
	private String decodeEscapes(int start, int end) {
		StringBuilder sb = new StringBuilder(end - start);
		Charset page = StandardCharsets.ISO_8859_1;
		int p = start;
		while (p < end) {
			int c = buf.get(p) & 0xff;
			if (c == '\'') {
				sb.append('\'');
				p += 2;
			} else if (c == '\\') {
				p = decodeEscape(p, end, sb, page);
				if (p < 0) {
					page = pageFor(buf.get(-p - 2));
					p = -p;
				}
			} else if (c >= 0x80) {
				p = decodeRawHighByte(p, end, sb);
			} else {
				sb.append((char) c);
				p++;
			}
		}
		return sb.toString();
	}

	/** Returns the position after the escape, or the negated position for a \P?\ page switch. */
	private int decodeEscape(int p, int end, StringBuilder sb, Charset page) {
		if (p + 1 < end && buf.get(p + 1) == '\\') {
			sb.append('\\');
			return p + 2;
		}
		if (p + 2 < end && buf.get(p + 2) == '\\') {
			byte kind = buf.get(p + 1);
			if (kind == 'S' && p + 3 < end) {
				byte[] one = {(byte) ((buf.get(p + 3) & 0xff) + 128)};
				sb.append(new String(one, page));
				return p + 4;
			}
			if (kind == 'X' && p + 4 < end) {
				int v = hex(p + 3, 2);
				sb.append((char) v);
				return p + 5;
			}
			if (kind == 'N' || kind == 'F') {
				sb.append(kind == 'N' ? '\n' : '\f');
				return p + 3;
			}
		}
		if (p + 3 < end && buf.get(p + 1) == 'P' && buf.get(p + 3) == '\\') {
			byte letter = buf.get(p + 2);
			if (letter >= 'A' && letter <= 'I') {
				return -(p + 4);
			}
		}
		if (p + 3 < end && buf.get(p + 1) == 'X' && buf.get(p + 3) == '\\') {
			byte width = buf.get(p + 2);
			if (width == '2' || width == '4') {
				int digits = width == '2' ? 4 : 8;
				int q = p + 4;
				while (q + 3 < end + 1 && !(buf.get(q) == '\\' && q + 3 < end && buf.get(q + 1) == 'X'
						&& buf.get(q + 2) == '0' && buf.get(q + 3) == '\\')) {
					if (q + digits > end) {
						throw new StepSyntaxException(p, "\\X" + (char) width + "\\ escape not closed by \\X0\\");
					}
					int v = hex(q, digits);
					if (digits == 4) {
						sb.append((char) v);
					} else if (Character.isValidCodePoint(v)) {
						sb.appendCodePoint(v);
					} else {
						throw new StepSyntaxException(q, "\\X4\\ escape holds an invalid code point");
					}
					q += digits;
				}
				return q + 4;
			}
		}
		// Not an escape we know: keep the backslash literally rather than lose text.
		sb.append('\\');
		return p + 1;
	}

	private int decodeRawHighByte(int p, int end, StringBuilder sb) {
		int c = buf.get(p) & 0xff;
		int need = c >= 0xF0 && c < 0xF8 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 && c < 0xE0 ? 1 : -1;
		if (need > 0 && p + need < end) {
			int cp = c & (0x3F >> need);
			boolean valid = true;
			for (int k = 1; k <= need; k++) {
				int cc = buf.get(p + k) & 0xff;
				if ((cc & 0xC0) != 0x80) {
					valid = false;
					break;
				}
				cp = (cp << 6) | (cc & 0x3F);
			}
			if (valid && Character.isValidCodePoint(cp)) {
				sb.appendCodePoint(cp);
				return p + need + 1;
			}
		}
		sb.append((char) c);
		return p + 1;
	}

	private int hex(int p, int digits) {
		int v = 0;
		for (int k = 0; k < digits; k++) {
			int c = buf.get(p + k);
			int d;
			if (c >= '0' && c <= '9') {
				d = c - '0';
			} else if (c >= 'A' && c <= 'F') {
				d = c - 'A' + 10;
			} else if (c >= 'a' && c <= 'f') {
				d = c - 'a' + 10;
			} else {
				throw new StepSyntaxException(p + k, "expected a hex digit in a string escape");
			}
			v = (v << 4) | d;
		}
		return v;
	}

	private static Charset pageFor(byte letter) {
		String name = "ISO-8859-" + (letter - 'A' + 1);
		try {
			return Charset.forName(name);
		} catch (RuntimeException e) {
			return StandardCharsets.ISO_8859_1;
		}
	}

	private void skipSpace() {
		while (pos < n) {
			byte c = buf.get(pos);
			if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
				pos++;
			} else if (c == '/' && pos + 1 < n && buf.get(pos + 1) == '*') {
				int p = pos + 2;
				while (p + 1 < n && !(buf.get(p) == '*' && buf.get(p + 1) == '/')) {
					p++;
				}
				pos = Math.min(p + 2, n);
			} else {
				return;
			}
		}
	}

	private static boolean isLetter(byte c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
	}

	private static boolean isKeywordChar(byte c) {
		return isLetter(c) || (c >= '0' && c <= '9') || c == '-';
	}

	private static String printable(byte b) {
		int c = b & 0xff;
		return c >= 32 && c < 127 ? String.valueOf((char) c) : String.format("\\x%02X", c);
	}
}
