package org.bidbench.qto.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bidbench.ifc.IfcModel;
import org.bidbench.testing.SampleModels;

/**
 * The shared sample models, and a deliberately naive reader of their Part-21 text: tests check
 * the take-off against sums made by this independent path, not by the IFC engine it runs on.
 */
final class Samples {

	private Samples() {
	}

	/** The shared sample folder ({@link SampleModels#folder()}: absent, the test fails under CI, else is skipped). */
	static Path folder() {
		return SampleModels.folder();
	}

	/** A sample model; absent, the test fails under CI and is skipped (saying so) elsewhere. */
	static Path sample(String name) {
		return SampleModels.file(name);
	}

	static IfcModel open(String name) throws IOException {
		return IfcModel.open(sample(name));
	}

	private static final Pattern INSTANCE = Pattern.compile("^#(\\d+)\\s*=\\s*(\\w+)\\s*\\((.*)\\)\\s*;\\s*$");

	/** One instance line: id, upper-case type, top-level arguments as text. */
	record Raw(int id, String type, List<String> args) {
	}

	/** All single-line instances of a file. */
	static Map<Integer, Raw> raw(Path file) throws IOException {
		Map<Integer, Raw> out = new LinkedHashMap<>();
		// Some exporters (ArchiCAD 18) break one instance over several lines: join until the ';'.
		StringBuilder statement = new StringBuilder();
		for (String part : Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
			statement.append(part.strip());
			if (!part.strip().endsWith(";")) {
				continue;
			}
			String line = statement.toString();
			statement.setLength(0);
			Matcher m = INSTANCE.matcher(line);
			if (m.matches()) {
				out.put(Integer.parseInt(m.group(1)), new Raw(Integer.parseInt(m.group(1)), m.group(2).toUpperCase(),
						splitTop(m.group(3))));
			}
		}
		return out;
	}

	/** Splits STEP arguments at top-level commas (outside parentheses and strings). */
	static List<String> splitTop(String s) {
		List<String> parts = new java.util.ArrayList<>();
		int depth = 0;
		boolean inString = false;
		StringBuilder cur = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (inString) {
				cur.append(c);
				if (c == '\'') {
					if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
						cur.append(s.charAt(++i));
					} else {
						inString = false;
					}
				}
				continue;
			}
			if (c == '\'') {
				inString = true;
			} else if (c == '(') {
				depth++;
			} else if (c == ')') {
				depth--;
			} else if (c == ',' && depth == 0) {
				parts.add(cur.toString().trim());
				cur.setLength(0);
				continue;
			}
			cur.append(c);
		}
		parts.add(cur.toString().trim());
		return parts;
	}

	static List<Integer> refs(String list) {
		List<Integer> out = new java.util.ArrayList<>();
		Matcher m = Pattern.compile("#(\\d+)").matcher(list);
		while (m.find()) {
			out.add(Integer.parseInt(m.group(1)));
		}
		return out;
	}

	static String unquote(String s) {
		return s.startsWith("'") ? s.substring(1, s.length() - 1) : s;
	}

	/**
	 * Per instance of the given types: the value of {@code quantityName} in its quantity set
	 * {@code setName}, in the file's own unit, read straight from the text.
	 */
	static Map<Integer, Double> quantities(Path file, List<String> types, String setName, String quantityName)
			throws IOException {
		Map<Integer, Raw> raw = raw(file);
		Map<Integer, Double> out = new HashMap<>();
		for (Raw r : raw.values()) {
			if (!r.type().equals("IFCRELDEFINESBYPROPERTIES")) {
				continue;
			}
			Raw set = raw.get(refs(r.args().get(5)).get(0));
			if (set == null || !set.type().equals("IFCELEMENTQUANTITY") || !unquote(set.args().get(2)).equals(setName)) {
				continue;
			}
			Double value = null;
			for (int q : refs(set.args().get(5))) {
				Raw quantity = raw.get(q);
				if (quantity != null && unquote(quantity.args().get(0)).equals(quantityName)) {
					value = Double.parseDouble(quantity.args().get(3));
				}
			}
			if (value == null) {
				continue;
			}
			for (int element : refs(r.args().get(4))) {
				Raw e = raw.get(element);
				if (e != null && types.contains(e.type())) {
					out.put(element, value);
				}
			}
		}
		return out;
	}
}
