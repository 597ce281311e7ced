package org.bidbench.sales.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bidbench.ifc.io.AtomicWrite;
import org.bidbench.sales.model.Contact;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * Writes customers, contacts or opportunities as CSV or XLSX with BidBench's own column names
 * (the fields of {@link RecordKind}), which {@code bidbench import} reads back without a mapping.
 * A CSV text that starts like a formula ({@code = + - @}) gets a leading apostrophe, so a
 * spreadsheet program shows it instead of running it; the import takes it off again. XLSX
 * cells are typed (text, number), never formulas.
 */
public final class SalesExport {

	private SalesExport() {
	}

	/** @return how many records were written */
	public static int write(SalesWorkspace workspace, RecordKind kind, Path out) throws ExchangeException {
		List<Map<String, Object>> rows = rows(workspace, kind);
		String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
		boolean xlsx = name.endsWith(".xlsx");
		if (!xlsx && !name.endsWith(".csv")) {
			throw new ExchangeException(out + ": give a .csv or .xlsx file to write");
		}
		Path folder = out.toAbsolutePath().getParent();
		try {
			Files.createDirectories(folder);
			// Beside the target, with the user's umask (an export is shared), renamed when complete.
			AtomicWrite.write(out, stream -> {
				if (xlsx) {
					xlsx(kind, rows, stream);
				} else {
					csv(kind, rows, stream);
				}
			});
		} catch (IOException e) {
			throw new ExchangeException("cannot write " + out + ": " + e.getMessage(), e);
		}
		return rows.size();
	}

	static List<Map<String, Object>> rows(SalesWorkspace workspace, RecordKind kind) {
		List<Map<String, Object>> rows = new ArrayList<>();
		switch (kind) {
			case CUSTOMERS -> {
				for (Customer c : workspace.getCustomers()) {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("id", c.getId());
					row.put("name", c.getName());
					row.put("industry", c.getIndustry());
					row.put("region", c.getRegion());
					row.put("tier", c.getTier() == null ? null : c.getTier().getLiteral());
					rows.add(row);
				}
			}
			case CONTACTS -> {
				for (Customer c : workspace.getCustomers()) {
					for (Contact p : c.getContacts()) {
						Map<String, Object> row = new LinkedHashMap<>();
						row.put("id", p.getId());
						row.put("customer", c.getId());
						row.put("name", p.getName());
						row.put("title", p.getTitle());
						row.put("email", p.getEmail());
						row.put("phone", p.getPhone());
						row.put("buyingRole", p.getBuyingRole() == null ? null : p.getBuyingRole().getLiteral());
						row.put("attitude", p.getAttitude() == null ? null : p.getAttitude().getLiteral());
						rows.add(row);
					}
				}
			}
			case OPPORTUNITIES -> {
				for (Opportunity o : workspace.getOpportunities()) {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("id", o.getId());
					row.put("name", o.getName());
					row.put("customer", o.getCustomer() == null ? null : o.getCustomer().getId());
					row.put("stage", o.getStage() == null ? null : o.getStage().getName());
					row.put("status", o.getStatus() == null ? null : o.getStatus().getLiteral());
					row.put("amount", o.getAmount() == null ? null : o.getAmount().amount());
					row.put("currency", o.getAmount() == null ? null : o.getAmount().currency());
					row.put("probability", o.getProbability());
					row.put("expectedClose", o.getExpectedClose());
					row.put("createdAt", o.getCreatedAt());
					row.put("closedAt", o.getClosedAt());
					row.put("source", o.getSource());
					row.put("competitors", o.getCompetitors().isEmpty() ? null : String.join(";", o.getCompetitors()));
					row.put("lostReason", o.getLostReason());
					rows.add(row);
				}
			}
		}
		return rows;
	}

	private static void csv(RecordKind kind, List<Map<String, Object>> rows, OutputStream stream) throws IOException {
		BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
		out.write(String.join(",", kind.fields()));
		out.write("\r\n");
		for (Map<String, Object> row : rows) {
			StringBuilder line = new StringBuilder();
			for (String field : kind.fields()) {
				if (!line.isEmpty() || field != kind.fields().get(0)) {
					line.append(',');
				}
				Object value = row.get(field);
				if (value == null) {
					continue;
				}
				String text = value instanceof BigDecimal n ? n.toPlainString() : value.toString();
				if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
					text = "'" + text;
				}
				if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
					text = '"' + text.replace("\"", "\"\"") + '"';
				}
				line.append(text);
			}
			out.write(line.toString());
			out.write("\r\n");
		}
		out.flush();
	}

	private static void xlsx(RecordKind kind, List<Map<String, Object>> rows, OutputStream stream) throws IOException {
		// Streaming: only a window of rows is held in memory, so 100,000 opportunities fit.
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(kind.word());
			Row header = sheet.createRow(0);
			for (int c = 0; c < kind.fields().size(); c++) {
				header.createCell(c).setCellValue(kind.fields().get(c));
			}
			org.apache.poi.ss.usermodel.CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			int r = 1;
			for (Map<String, Object> values : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < kind.fields().size(); c++) {
					Object value = values.get(kind.fields().get(c));
					if (value instanceof BigDecimal n) {
						org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
						cell.setCellValue(n.doubleValue());
						cell.setCellStyle(money);
					} else if (value instanceof Number n) {
						row.createCell(c).setCellValue(n.doubleValue());
					} else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(stream);
		}
	}
}
