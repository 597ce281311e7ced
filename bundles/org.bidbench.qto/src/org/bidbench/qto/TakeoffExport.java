package org.bidbench.qto;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.bidbench.ifc.io.AtomicWrite;

import com.google.gson.stream.JsonWriter;

/**
 * Writes take-off results and model diffs as CSV, XLSX or JSON, chosen by the file's ending.
 * Files are written to a temporary file first and moved into place, so a failed export never
 * leaves half a file where the user expects the previous one.
 */
public final class TakeoffExport {

	/** The export formats. */
	public enum Format {
		CSV, XLSX, JSON;

		/** The format of a file name's ending, or {@code null}. */
		public static Format of(Path file) {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".csv")) {
				return CSV;
			}
			if (name.endsWith(".xlsx")) {
				return XLSX;
			}
			return name.endsWith(".json") ? JSON : null;
		}
	}

	private TakeoffExport() {
	}

	/**
	 * Writes a take-off. CSV: one row per line (with the GlobalIds); XLSX: sheets Lines,
	 * Contributions and Flags; JSON: everything.
	 *
	 * @throws IllegalArgumentException when the file ending is not .csv, .xlsx or .json
	 */
	public static void write(TakeoffResult result, Path file) throws IOException {
		Format format = requireFormat(file);
		atomically(file, out -> {
			switch (format) {
				case CSV -> csv(result, out);
				case XLSX -> TakeoffXlsx.write(result, out);
				case JSON -> out.write(json(result).getBytes(StandardCharsets.UTF_8));
			}
		});
	}

	/** Writes a model diff: CSV of line deltas; XLSX with sheets Line deltas and Elements; JSON of both. */
	public static void write(ModelDiffResult diff, Path file) throws IOException {
		Format format = requireFormat(file);
		atomically(file, out -> {
			switch (format) {
				case CSV -> diffCsv(diff, out);
				case XLSX -> TakeoffXlsx.write(diff, out);
				case JSON -> out.write(json(diff).getBytes(StandardCharsets.UTF_8));
			}
		});
	}

	private static Format requireFormat(Path file) {
		Format format = Format.of(file);
		if (format == null) {
			throw new IllegalArgumentException(file.getFileName() + " does not end in .csv, .xlsx or .json");
		}
		return format;
	}

	private interface Body {
		void write(OutputStream out) throws IOException;
	}

	private static void atomically(Path file, Body body) throws IOException {
		AtomicWrite.write(file, body::write);
	}

	// ------------------------------------------------------------------ CSV

	private static void csv(TakeoffResult r, OutputStream out) throws IOException {
		Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
		// A byte order mark makes spreadsheet programs read the Chinese item names as UTF-8.
		w.write('\uFEFF');
		row(w, "rule", "item_code", "description", "groups", "quantity", "unit", "elements", "flags", "global_ids",
				"model_file", "model_sha256", "pack", "pack_version");
		for (TakeoffLine l : r.lines()) {
			long flagged = l.contributions().stream().filter(c -> !c.flags().isEmpty()).count();
			row(w, l.ruleId(), l.itemCode(), l.description(), groups(l.groups()), number(l.quantity()), l.unit(),
					String.valueOf(l.contributions().size()), String.valueOf(flagged), String.join(" ", l.globalIds()),
					r.modelFile(), r.modelSha256(), r.packId(), r.packVersion());
		}
		w.flush();
	}

	private static void diffCsv(ModelDiffResult d, OutputStream out) throws IOException {
		Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
		w.write('\uFEFF');
		row(w, "rule", "item_code", "description", "groups", "before", "after", "delta", "unit", "added_ids",
				"removed_ids", "old_sha256", "new_sha256", "pack", "pack_version");
		for (LineDelta l : d.lineDeltas()) {
			row(w, l.ruleId(), l.itemCode(), l.description(), groups(l.groups()), number(l.before()), number(l.after()),
					number(l.delta()), l.unit(), String.join(" ", l.addedIds()), String.join(" ", l.removedIds()),
					d.before().modelSha256(), d.after().modelSha256(), d.after().packId(), d.after().packVersion());
		}
		w.flush();
	}

	static String groups(Map<String, String> groups) {
		return groups.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
	}

	private static void row(Writer w, String... cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				w.write(',');
			}
			String c = cells[i] == null ? "" : cells[i];
			if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
				c = '"' + c.replace("\"", "\"\"") + '"';
			}
			w.write(c);
		}
		w.write("\r\n");
	}

	private static String number(double v) {
		return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
	}

	// ------------------------------------------------------------------ JSON

	/** The whole result as JSON (UTF-8 text, stable key order). */
	public static String json(TakeoffResult r) {
		Json j = new Json();
		j.open('{');
		resultFields(j, r);
		j.close('}');
		return j.toString();
	}

	/** The whole diff as JSON. */
	public static String json(ModelDiffResult d) {
		Json j = new Json();
		j.open('{');
		j.key("before").open('{');
		j.field("modelFile", d.before().modelFile()).field("modelSha256", d.before().modelSha256());
		j.close('}');
		j.key("after").open('{');
		j.field("modelFile", d.after().modelFile()).field("modelSha256", d.after().modelSha256());
		j.close('}');
		j.field("pack", d.after().packId()).field("packVersion", d.after().packVersion());
		for (var list : List.of(Map.entry("added", d.added()), Map.entry("removed", d.removed()),
				Map.entry("changed", d.changed()))) {
			j.key(list.getKey()).open('[');
			for (ElementChange c : list.getValue()) {
				j.open('{').field("globalId", c.globalId()).field("ifcClass", c.ifcClass()).field("name", c.name());
				j.key("kinds").strings(c.kinds().stream().map(Enum::name).toList());
				j.key("details").strings(c.details());
				j.close('}');
			}
			j.close(']');
		}
		j.key("lineDeltas").open('[');
		for (LineDelta l : d.lineDeltas()) {
			j.open('{').field("rule", l.ruleId()).field("itemCode", l.itemCode()).field("description", l.description())
					.field("unit", l.unit());
			j.key("groups").map(l.groups());
			j.field("before", l.before()).field("after", l.after()).field("delta", l.delta());
			j.key("addedIds").strings(l.addedIds());
			j.key("removedIds").strings(l.removedIds());
			j.close('}');
		}
		j.close(']');
		j.close('}');
		return j.toString();
	}

	private static void resultFields(Json j, TakeoffResult r) {
		j.field("modelFile", r.modelFile()).field("modelSha256", r.modelSha256()).field("ifcSchema", r.ifcSchema())
				.field("pack", r.packId()).field("packName", r.packName()).field("packVersion", r.packVersion())
				.field("engine", r.engine());
		j.key("flagCounts").open('{');
		r.flagCounts().forEach((k, v) -> j.field(k.name(), v));
		j.close('}');
		j.key("lines").open('[');
		for (TakeoffLine l : r.lines()) {
			j.open('{').field("rule", l.ruleId()).field("itemCode", l.itemCode()).field("description", l.description())
					.field("unit", l.unit());
			j.key("groups").map(l.groups());
			j.field("quantity", l.quantity());
			j.key("contributions").open('[');
			for (Contribution c : l.contributions()) {
				j.open('{').field("globalId", c.globalId()).field("ifcClass", c.ifcClass()).field("name", c.name())
						.field("value", c.value());
				j.key("source").open('{').field("kind", c.origin().kind().name()).field("set", c.origin().setName())
						.field("quantity", c.origin().quantityName()).field("engine", c.origin().engine())
						.field("formula", c.origin().formula());
				j.close('}');
				j.field("otherSourceValue", c.alternative());
				j.key("flags").strings(c.flags().stream().map(Enum::name).toList());
				j.close('}');
			}
			j.close(']');
			j.close('}');
		}
		j.close(']');
		j.key("flags").open('[');
		for (TakeoffFlag f : r.flags()) {
			j.open('{').field("kind", f.kind().name()).field("globalId", f.globalId()).field("rule", f.ruleId())
					.field("message", f.message());
			j.close('}');
		}
		j.close(']');
	}

	/**
	 * The fluent shape the JSON above is written in, over Gson's streaming writer (which keeps
	 * track of commas and escapes strings); numbers are written plainly, non-finite ones as null.
	 */
	private static final class Json {
		private final java.io.StringWriter text = new java.io.StringWriter();
		private final JsonWriter out = new JsonWriter(text);

		Json open(char c) {
			return write(() -> {
				if (c == '{') {
					out.beginObject();
				} else {
					out.beginArray();
				}
			});
		}

		Json close(char c) {
			return write(() -> {
				if (c == '}') {
					out.endObject();
				} else {
					out.endArray();
				}
			});
		}

		Json key(String k) {
			return write(() -> out.name(k));
		}

		Json field(String k, Object v) {
			key(k);
			return write(() -> value(v));
		}

		Json strings(List<String> values) {
			open('[');
			for (String s : values) {
				write(() -> value(s));
			}
			return close(']');
		}

		Json map(Map<String, String> values) {
			open('{');
			values.forEach(this::field);
			return close('}');
		}

		private void value(Object v) throws IOException {
			if (v == null) {
				out.nullValue();
			} else if (v instanceof Double d) {
				if (Double.isFinite(d)) {
					out.jsonValue(number(d));
				} else {
					out.nullValue();
				}
			} else if (v instanceof Number n) {
				out.jsonValue(n.toString());
			} else {
				out.value(v.toString());
			}
		}

		private interface Step {
			void run() throws IOException;
		}

		private Json write(Step step) {
			try {
				step.run();
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
			}
			return this;
		}

		@Override
		public String toString() {
			return text.toString();
		}
	}
}
