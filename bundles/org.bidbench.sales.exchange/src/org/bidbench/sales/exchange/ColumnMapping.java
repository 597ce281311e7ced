package org.bidbench.sales.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Which column of a spreadsheet fills which field of a record, how its values translate (a CRM's
 * stage names to ours) and how its dates are written. Read from YAML with SnakeYAML Engine,
 * whose loader builds only maps, lists and scalars, never objects a file names:
 *
 * <pre>
 * kind: opportunities            # optional: refuses a mapping made for another kind
 * columns:                       # field: column header in the file
 *   name: Opportunity Name
 *   customer: Account Name       # a customer's id or name
 *   stage: Stage
 * values:                        # optional, per field: value in the file -> ours
 *   stage: { Prospecting: Lead, Closed Won: Collection }
 * date-format: dd/MM/yyyy        # optional, default yyyy-MM-dd
 * delimiter: ";"                 # optional for CSV, default ","
 * sheet: Report                  # optional for XLSX, default the first sheet
 * </pre>
 */
public record ColumnMapping(RecordKind kind, Map<String, String> columns, Map<String, Map<String, String>> values, DateTimeFormatter dates,
		String datePattern, char delimiter, String sheet, boolean ownColumns) {

	/**
	 * BidBench's own columns: each field under its own name, as {@code bidbench export} writes
	 * them; a file may leave out any column but those of required fields.
	 */
	public static ColumnMapping identity(RecordKind kind) {
		Map<String, String> columns = new LinkedHashMap<>();
		kind.fields().forEach(f -> columns.put(f, f));
		return new ColumnMapping(kind, columns, Map.of(), DateTimeFormatter.ISO_LOCAL_DATE, "yyyy-MM-dd", ',', null, true);
	}

	/**
	 * Reads a mapping file for records of {@code kind}.
	 *
	 * @throws ExchangeException naming the file, and the line for YAML errors or an unknown field
	 */
	public static ColumnMapping read(Path file, RecordKind kind) throws ExchangeException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ExchangeException(file + ": cannot read the mapping: " + e.getMessage(), e);
		}
		Object document;
		try {
			document = new Load(LoadSettings.builder().setLabel(file.toString()).setAllowDuplicateKeys(false).build()).loadFromString(text);
		} catch (MarkedYamlEngineException e) {
			int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
			throw new ExchangeException(file + ":" + line + ": not valid YAML: " + e.getProblem(), e);
		} catch (YamlEngineException e) {
			throw new ExchangeException(file + ": not valid YAML: " + e.getMessage(), e);
		}
		if (!(document instanceof Map<?, ?> root)) {
			throw new ExchangeException(file + ": a mapping is a YAML map with 'columns:' (field: column header)");
		}
		for (Object key : root.keySet()) {
			if (!List.of("kind", "columns", "values", "date-format", "delimiter", "sheet").contains(String.valueOf(key))) {
				throw new ExchangeException(file + ": unknown key '" + key + "'; a mapping has kind, columns, values, date-format, delimiter, sheet");
			}
		}
		if (root.get("kind") != null && !kind.word().equals(String.valueOf(root.get("kind")))) {
			throw new ExchangeException(file + ": this mapping is for " + root.get("kind") + ", not " + kind.word());
		}
		Map<String, String> columns = new LinkedHashMap<>();
		if (!(root.get("columns") instanceof Map<?, ?> given) || given.isEmpty()) {
			throw new ExchangeException(file + ": 'columns:' must map fields of " + kind.word() + " to column headers; fields: " + kind.fields());
		}
		for (Map.Entry<?, ?> e : given.entrySet()) {
			String field = String.valueOf(e.getKey());
			if (!kind.fields().contains(field)) {
				throw new ExchangeException(file + ": '" + field + "' is not a field of " + kind.word() + "; fields: " + kind.fields());
			}
			if (e.getValue() == null || String.valueOf(e.getValue()).isBlank()) {
				throw new ExchangeException(file + ": field '" + field + "' names no column");
			}
			columns.put(field, String.valueOf(e.getValue()).trim());
		}
		for (String field : kind.required()) {
			if (!columns.containsKey(field)) {
				throw new ExchangeException(file + ": " + kind.word() + " need a column for '" + field + "' under 'columns:'");
			}
		}
		Map<String, Map<String, String>> values = new LinkedHashMap<>();
		if (root.get("values") instanceof Map<?, ?> byField) {
			for (Map.Entry<?, ?> e : byField.entrySet()) {
				if (!(e.getValue() instanceof Map<?, ?> translation)) {
					throw new ExchangeException(file + ": values of '" + e.getKey() + "' must be a map (value in the file: ours)");
				}
				Map<String, String> t = new LinkedHashMap<>();
				translation.forEach((from, to) -> t.put(String.valueOf(from).trim().toLowerCase(Locale.ROOT), String.valueOf(to)));
				values.put(String.valueOf(e.getKey()), t);
			}
		} else if (root.get("values") != null) {
			throw new ExchangeException(file + ": 'values:' must be a map of fields");
		}
		String pattern = root.get("date-format") == null ? "yyyy-MM-dd" : String.valueOf(root.get("date-format"));
		DateTimeFormatter dates;
		try {
			dates = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
		} catch (IllegalArgumentException e) {
			throw new ExchangeException(file + ": date-format '" + pattern + "' is not a date pattern (e.g. dd/MM/yyyy): " + e.getMessage());
		}
		String delimiter = root.get("delimiter") == null ? "," : String.valueOf(root.get("delimiter"));
		if (delimiter.length() != 1) {
			throw new ExchangeException(file + ": delimiter must be one character, not '" + delimiter + "'");
		}
		return new ColumnMapping(kind, columns, values, dates, pattern, delimiter.charAt(0),
				root.get("sheet") == null ? null : String.valueOf(root.get("sheet")), false);
	}

	/** A value of the file translated for a field (case-insensitive), or as it is when the mapping has no translation. */
	public String translate(String field, String value) {
		Map<String, String> t = values.get(field);
		if (t == null || value == null) {
			return value;
		}
		return t.getOrDefault(value.trim().toLowerCase(Locale.ROOT), value);
	}
}
