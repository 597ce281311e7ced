package org.bidbench.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON for commands' {@code --json} output with Gson's streaming writer: maps (in their
 * iteration order), collections, strings, numbers, booleans and null, indented by two spaces.
 * Non-finite numbers become null, since JSON has no NaN; whole doubles are written without a
 * fraction ({@code 3}, not {@code 3.0}), as scripts reading the output have always seen them.
 */
public final class JsonWriter {

	private JsonWriter() {
	}

	public static String write(Object value) {
		StringWriter text = new StringWriter();
		try (com.google.gson.stream.JsonWriter json = new com.google.gson.stream.JsonWriter(text)) {
			json.setIndent("  ");
			json.setSerializeNulls(true);
			append(json, value);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return text.append('\n').toString();
	}

	private static void append(com.google.gson.stream.JsonWriter json, Object value) throws IOException {
		if (value == null) {
			json.nullValue();
		} else if (value instanceof Map<?, ?> map) {
			json.beginObject();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				json.name(String.valueOf(entry.getKey()));
				append(json, entry.getValue());
			}
			json.endObject();
		} else if (value instanceof Collection<?> list) {
			json.beginArray();
			for (Object item : list) {
				append(json, item);
			}
			json.endArray();
		} else if (value instanceof Boolean b) {
			json.value(b);
		} else if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			if (Double.isFinite(d)) {
				json.jsonValue(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
			} else {
				json.nullValue();
			}
		} else if (value instanceof Number n) {
			json.jsonValue(n.toString());
		} else {
			json.value(value.toString());
		}
	}
}
