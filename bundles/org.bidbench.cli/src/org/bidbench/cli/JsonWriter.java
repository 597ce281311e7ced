package org.bidbench.cli;

import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON for commands' {@code --json} output: maps (in their iteration order), collections,
 * strings, numbers, booleans and null. Non-finite numbers become null, since JSON has no NaN.
 */
public final class JsonWriter {

	private JsonWriter() {
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		append(out, value, 0);
		return out.append('\n').toString();
	}

	private static void append(StringBuilder out, Object value, int depth) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof Map<?, ?> map) {
			appendMap(out, map, depth);
		} else if (value instanceof Collection<?> list) {
			appendList(out, list, depth);
		} else if (value instanceof Boolean) {
			out.append(value);
		} else if (value instanceof Double d) {
			out.append(d.isNaN() || d.isInfinite() ? "null" : formatDouble(d));
		} else if (value instanceof Float f) {
			append(out, f.doubleValue(), depth);
		} else if (value instanceof Number) {
			out.append(value);
		} else {
			appendString(out, value.toString());
		}
	}

	private static String formatDouble(double d) {
		return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
	}

	private static void appendMap(StringBuilder out, Map<?, ?> map, int depth) {
		if (map.isEmpty()) {
			out.append("{}");
			return;
		}
		out.append("{\n");
		int i = 0;
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			indent(out, depth + 1);
			appendString(out, String.valueOf(entry.getKey()));
			out.append(": ");
			append(out, entry.getValue(), depth + 1);
			out.append(++i < map.size() ? ",\n" : "\n");
		}
		indent(out, depth);
		out.append('}');
	}

	private static void appendList(StringBuilder out, Collection<?> list, int depth) {
		if (list.isEmpty()) {
			out.append("[]");
			return;
		}
		out.append("[\n");
		int i = 0;
		for (Object item : list) {
			indent(out, depth + 1);
			append(out, item, depth + 1);
			out.append(++i < list.size() ? ",\n" : "\n");
		}
		indent(out, depth);
		out.append(']');
	}

	private static void indent(StringBuilder out, int depth) {
		out.append("  ".repeat(depth));
	}

	private static void appendString(StringBuilder out, String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
