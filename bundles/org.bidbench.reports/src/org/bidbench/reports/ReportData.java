package org.bidbench.reports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything one rendering of a template shows: named tables, single texts (customer, quote
 * number), single numbers (totals), images (charts), and the labels in the report's language.
 * Designs reach it in their scripts as {@code bb} ({@code bb.table("lines")}, {@code bb.text("customer")},
 * {@code bb.label("total")}).
 *
 * <p>What is not put in here cannot be printed: the client quote's data holds no cost and no margin.
 */
public final class ReportData {

	private final Map<String, ReportTable> tables = new LinkedHashMap<>();
	private final Map<String, String> texts = new LinkedHashMap<>();
	private final Map<String, BigDecimal> numbers = new LinkedHashMap<>();
	private final Map<String, byte[]> images = new LinkedHashMap<>();
	private final Map<String, String> labels = new LinkedHashMap<>();

	public ReportData table(String name, ReportTable table) {
		tables.put(name, table);
		return this;
	}

	public ReportData text(String name, String value) {
		texts.put(name, value == null ? "" : value);
		return this;
	}

	/**
	 * A single number (a total) that designs print with a number format, so that spreadsheet outputs
	 * get a number a user can add up, not text.
	 */
	public ReportData number(String name, BigDecimal value) {
		numbers.put(name, value == null ? BigDecimal.ZERO : value);
		return this;
	}

	public ReportData image(String name, byte[] png) {
		images.put(name, png);
		return this;
	}

	public ReportData labels(Map<String, String> more) {
		labels.putAll(more);
		return this;
	}

	/** The table, or an error naming the tables there are (a design asking for the wrong data). */
	public ReportTable table(String name) {
		ReportTable table = tables.get(name);
		if (table == null) {
			throw new IllegalArgumentException("The report data has no table '" + name + "'; it has " + tables.keySet());
		}
		return table;
	}

	public String text(String name) {
		String value = texts.get(name);
		if (value == null) {
			throw new IllegalArgumentException("The report data has no text '" + name + "'; it has " + texts.keySet());
		}
		return value;
	}

	public BigDecimal number(String name) {
		BigDecimal value = numbers.get(name);
		if (value == null) {
			throw new IllegalArgumentException("The report data has no number '" + name + "'; it has " + numbers.keySet());
		}
		return value;
	}

	public byte[] image(String name) {
		byte[] png = images.get(name);
		if (png == null) {
			throw new IllegalArgumentException("The report data has no image '" + name + "'; it has " + images.keySet());
		}
		return png;
	}

	/** The label in the report's language; a missing one shows as its key in brackets, visibly. */
	public String label(String key) {
		String label = labels.get(key);
		return label == null ? "[" + key + "]" : label;
	}

	public Set<String> tableNames() {
		return tables.keySet();
	}

	public Map<String, String> texts() {
		return Map.copyOf(texts);
	}
}
