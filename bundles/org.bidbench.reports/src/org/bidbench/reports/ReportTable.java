package org.bidbench.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rows of named columns that a design's scripted data set reads. Values are plain Java values:
 * {@code String}, {@code java.math.BigDecimal} (money, exact), {@code Integer}, {@code Boolean}.
 *
 * <p>Called from the designs' scripts, so the methods are few and simple.
 */
public final class ReportTable {

	private final String[] columns;
	private final List<Object[]> rows = new ArrayList<>();
	private Map<Object, ReportTable> partitions;
	private int partitionColumn = -1;

	public ReportTable(String... columns) {
		this.columns = columns.clone();
	}

	public ReportTable(List<String> columns) {
		this(columns.toArray(String[]::new));
	}

	/** Adds a row; one value per column, in column order. */
	public ReportTable add(Object... values) {
		if (values.length != columns.length) {
			throw new IllegalArgumentException("A row of " + Arrays.toString(columns) + " needs " + columns.length
					+ " values, not " + values.length);
		}
		rows.add(values.clone());
		partitions = null;
		return this;
	}

	public String[] columns() {
		return columns.clone();
	}

	public int size() {
		return rows.size();
	}

	public Object value(int row, int column) {
		return rows.get(row)[column];
	}

	public Object value(int row, String column) {
		return rows.get(row)[index(column)];
	}

	/**
	 * The rows whose {@code column} equals {@code key}, for nested tables (elements of one quote
	 * line): indexed once, so a nested table costs the same for every parent row.
	 */
	public synchronized ReportTable where(String column, Object key) {
		int c = index(column);
		if (partitions == null || partitionColumn != c) {
			partitions = new HashMap<>();
			partitionColumn = c;
			for (Object[] row : rows) {
				partitions.computeIfAbsent(normalise(row[c]), k -> new ReportTable(columns)).rows.add(row);
			}
		}
		ReportTable part = partitions.get(normalise(key));
		return part == null ? new ReportTable(columns) : part;
	}

	private static Object normalise(Object key) {
		// Keys reach here from scripts as strings or numbers of another type than stored.
		return key == null ? "" : key.toString();
	}

	private int index(String column) {
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].equals(column)) {
				return i;
			}
		}
		throw new IllegalArgumentException("No column '" + column + "' in " + Arrays.toString(columns));
	}

	@Override
	public String toString() {
		return Arrays.toString(columns) + " x " + rows.size();
	}

	@Override
	public int hashCode() {
		return Objects.hash(Arrays.hashCode(columns), rows.size());
	}

	@Override
	public boolean equals(Object obj) {
		return this == obj;
	}
}
