package org.bidbench.sales.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The rows of a CSV (RFC 4180: quoted fields may hold delimiters, quotes and line breaks; UTF-8,
 * with or without a byte order mark) or of an XLSX sheet, each as a map from the header's column
 * names to text, with the row number a spreadsheet program shows (the header is row 1).
 */
public final class TableRows {

	/** One data row. */
	public record TableRow(int number, Map<String, String> cells) {
		public String get(String column) {
			return cells.get(column);
		}
	}

	private TableRows() {
	}

	/** Reads the header, checks the mapped columns are there, then hands each row over (streaming, for large CSV files). */
	public static List<String> read(Path file, ColumnMapping mapping, Consumer<TableRow> rows) throws ExchangeException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".xlsx")) {
				return xlsx(file, mapping, rows);
			}
			if (name.endsWith(".csv")) {
				return csv(file, mapping, rows);
			}
		} catch (NoSuchFileException e) {
			throw new ExchangeException(file + ": no such file");
		} catch (IOException e) {
			throw new ExchangeException(file + ": cannot be read: " + e.getMessage(), e);
		}
		throw new ExchangeException(file + ": give a .csv or .xlsx file");
	}

	private static List<String> csv(Path file, ColumnMapping mapping, Consumer<TableRow> rows) throws IOException, ExchangeException {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
			CsvRecords records = new CsvRecords(in, mapping.delimiter(), file);
			List<String> header = records.next();
			if (header == null) {
				throw new ExchangeException(file + ": empty; the first row must name the columns");
			}
			if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
				header.set(0, header.get(0).substring(1));
			}
			header.replaceAll(String::trim);
			checkColumns(file, header, mapping);
			List<String> fields;
			while ((fields = records.next()) != null) {
				if (fields.size() == 1 && fields.get(0).isEmpty()) {
					continue; // a blank line
				}
				Map<String, String> cells = new HashMap<>();
				for (int i = 0; i < header.size() && i < fields.size(); i++) {
					cells.put(header.get(i), fields.get(i));
				}
				rows.accept(new TableRow(records.recordNumber(), cells));
			}
			return header;
		}
	}

	private static List<String> xlsx(Path file, ColumnMapping mapping, Consumer<TableRow> rows) throws IOException, ExchangeException {
		guardAgainstZipBombs();
		// XSSFWorkbook directly: WorkbookFactory finds its OOXML provider through ServiceLoader, which OSGi hides.
		// Opened from the file (a zip file read entry by entry, each entry checked as it inflates), not
		// from a stream, which would first copy every entry into memory.
		try (org.apache.poi.openxml4j.opc.OPCPackage pack = openPackage(file)) {
			// Read only: closing the package reverts it, so the user's file is never written.
			Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(pack);
			Sheet sheet = mapping.sheet() == null ? workbook.getSheetAt(0) : workbook.getSheet(mapping.sheet());
			if (sheet == null) {
				throw new ExchangeException(file + ": no sheet '" + mapping.sheet() + "'");
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<String> header = new ArrayList<>();
			Row first = sheet.getRow(sheet.getFirstRowNum());
			if (first == null) {
				throw new ExchangeException(file + ": sheet '" + sheet.getSheetName() + "' is empty; its first row must name the columns");
			}
			for (int c = 0; c < first.getLastCellNum(); c++) {
				header.add(first.getCell(c) == null ? "" : formatter.formatCellValue(first.getCell(c)).trim());
			}
			checkColumns(file, header, mapping);
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> cells = new HashMap<>();
				boolean any = false;
				for (int c = 0; c < header.size(); c++) {
					Cell cell = row.getCell(c);
					String text = cell == null ? "" : text(cell, formatter, mapping);
					any |= !text.isEmpty();
					cells.put(header.get(c), text);
				}
				if (any) {
					rows.accept(new TableRow(r + 1, cells));
				}
			}
			return header;
		} catch (org.apache.poi.EmptyFileException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.ooxml.POIXMLException e) {
			if (isZipBomb(e)) {
				throw bomb(file, e);
			}
			throw new ExchangeException(file + ": not an XLSX workbook (" + e.getMessage() + ")", e);
		} catch (IOException | RuntimeException e) {
			if (isZipBomb(e)) {
				throw bomb(file, e);
			}
			throw e;
		}
	}

	/**
	 * The most a workbook part may unpack to, and the least packed-to-unpacked ratio allowed (the
	 * same 1 to 100 as IFC archives: see UnpackLimit). A spreadsheet of 100,000 rows unpacks to tens
	 * of megabytes; a zip bomb of a few megabytes would otherwise unpack to gigabytes in memory.
	 */
	static final long MAX_PART_BYTES = 512L * 1024 * 1024;
	static final double MIN_INFLATE_RATIO = 0.01;

	private static void guardAgainstZipBombs() {
		// POI keeps these limits process-wide; the values only ever tighten POI's own defaults.
		org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
		org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
	}

	private static org.apache.poi.openxml4j.opc.OPCPackage openPackage(Path file) throws IOException, ExchangeException {
		try {
			return org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ);
		} catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
			if (isZipBomb(e)) {
				throw bomb(file, e);
			}
			throw new ExchangeException(file + ": not an XLSX workbook (" + e.getMessage() + ")", e);
		}
	}

	private static boolean isZipBomb(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = t.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("max entry size")
					|| message.contains("exceed the max"))) {
				return true;
			}
		}
		return false;
	}

	private static ExchangeException bomb(Path file, Throwable e) {
		return new ExchangeException(file + ": a part of this workbook unpacks to more than " + (MAX_PART_BYTES >> 20)
				+ " MiB or more than 100 times its packed size, which no sales spreadsheet needs; it was not read."
				+ " Save it again from the spreadsheet program, or export the sheet as CSV", e);
	}

	/** Dates as the mapping writes them, numbers without grouping, everything else as shown. */
	private static String text(Cell cell, DataFormatter formatter, ColumnMapping mapping) {
		if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate().format(mapping.dates());
			}
			return new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
		}
		return formatter.formatCellValue(cell);
	}

	private static void checkColumns(Path file, List<String> header, ColumnMapping mapping) throws ExchangeException {
		for (Map.Entry<String, String> e : mapping.columns().entrySet()) {
			if (!header.contains(e.getValue()) && (!mapping.ownColumns() || mapping.kind().required().contains(e.getKey()))) {
				throw new ExchangeException(file + ": no column '" + e.getValue() + "' (mapped to " + e.getKey() + "); the columns are " + header
						+ ": fix the mapping or the file");
			}
		}
	}

	/** RFC 4180 records, counting the physical line each record starts on. */
	private static final class CsvRecords {
		private final BufferedReader in;
		private final char delimiter;
		private final Path file;
		private int line;
		private int recordLine;

		CsvRecords(BufferedReader in, char delimiter, Path file) {
			this.in = in;
			this.delimiter = delimiter;
			this.file = file;
		}

		int recordNumber() {
			return recordLine;
		}

		List<String> next() throws IOException, ExchangeException {
			String text = in.readLine();
			if (text == null) {
				return null;
			}
			line++;
			recordLine = line;
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			int i = 0;
			while (true) {
				if (i == text.length()) {
					if (!quoted) {
						fields.add(field.toString());
						return fields;
					}
					String more = in.readLine();
					if (more == null) {
						throw new ExchangeException(file + ": row " + recordLine + ": a quoted field is not closed before the end of the file");
					}
					line++;
					field.append('\n');
					text = more;
					i = 0;
					continue;
				}
				char c = text.charAt(i++);
				if (quoted) {
					if (c == '"') {
						if (i < text.length() && text.charAt(i) == '"') {
							field.append('"');
							i++;
						} else {
							quoted = false;
						}
					} else {
						field.append(c);
					}
				} else if (c == '"' && field.isEmpty()) {
					quoted = true;
				} else if (c == delimiter) {
					fields.add(field.toString());
					field.setLength(0);
				} else {
					field.append(c);
				}
			}
		}
	}
}
