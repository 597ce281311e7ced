package org.bidbench.cli.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON our commands write back into maps, lists, strings, numbers, booleans and null: for tests. */
public final class JsonText {

	private final String text;
	private int at;

	private JsonText(String text) {
		this.text = text;
	}

	public static Object parse(String text) {
		JsonText p = new JsonText(text);
		Object v = p.value();
		p.space();
		if (p.at != text.length()) {
			throw new IllegalArgumentException("trailing text at " + p.at);
		}
		return v;
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> object(String text) {
		return (Map<String, Object>) parse(text);
	}

	private void space() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private Object value() {
		space();
		char c = text.charAt(at);
		switch (c) {
		case '{' -> {
			at++;
			Map<String, Object> map = new LinkedHashMap<>();
			space();
			if (text.charAt(at) == '}') {
				at++;
				return map;
			}
			while (true) {
				space();
				String key = string();
				space();
				expect(':');
				map.put(key, value());
				space();
				if (text.charAt(at) == ',') {
					at++;
				} else {
					expect('}');
					return map;
				}
			}
		}
		case '[' -> {
			at++;
			List<Object> list = new ArrayList<>();
			space();
			if (text.charAt(at) == ']') {
				at++;
				return list;
			}
			while (true) {
				list.add(value());
				space();
				if (text.charAt(at) == ',') {
					at++;
				} else {
					expect(']');
					return list;
				}
			}
		}
		case '"' -> {
			return string();
		}
		default -> {
			if (text.startsWith("true", at)) {
				at += 4;
				return true;
			}
			if (text.startsWith("false", at)) {
				at += 5;
				return false;
			}
			if (text.startsWith("null", at)) {
				at += 4;
				return null;
			}
			int start = at;
			while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
				at++;
			}
			return new BigDecimal(text.substring(start, at));
		}
		}
	}

	private void expect(char c) {
		if (text.charAt(at) != c) {
			throw new IllegalArgumentException("expected '" + c + "' at " + at + ": " + text.substring(at, Math.min(text.length(), at + 40)));
		}
		at++;
	}

	private String string() {
		expect('"');
		StringBuilder b = new StringBuilder();
		while (text.charAt(at) != '"') {
			char c = text.charAt(at++);
			if (c == '\\') {
				char e = text.charAt(at++);
				switch (e) {
				case 'n' -> b.append('\n');
				case 'r' -> b.append('\r');
				case 't' -> b.append('\t');
				case 'u' -> {
					b.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					at += 4;
				}
				default -> b.append(e);
				}
			} else {
				b.append(c);
			}
		}
		at++;
		return b.toString();
	}
}
