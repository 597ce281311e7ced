package org.bidbench.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Reads the JSON our commands write back (with Gson) into maps in key order, lists, strings,
 * BigDecimal numbers, booleans and null: for tests.
 */
public final class JsonText {

	private JsonText() {
	}

	public static Object parse(String text) {
		return plain(JsonParser.parseString(text));
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> object(String text) {
		return (Map<String, Object>) parse(text);
	}

	private static Object plain(JsonElement e) {
		if (e.isJsonNull()) {
			return null;
		}
		if (e instanceof JsonObject o) {
			Map<String, Object> map = new LinkedHashMap<>();
			o.entrySet().forEach(entry -> map.put(entry.getKey(), plain(entry.getValue())));
			return map;
		}
		if (e instanceof JsonArray a) {
			List<Object> list = new ArrayList<>();
			a.forEach(item -> list.add(plain(item)));
			return list;
		}
		JsonPrimitive p = e.getAsJsonPrimitive();
		if (p.isBoolean()) {
			return p.getAsBoolean();
		}
		return p.isNumber() ? p.getAsBigDecimal() : p.getAsString();
	}
}
