package org.bidbench.qto;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The XLSX form of take-offs and diffs; apart from {@link TakeoffExport} so that CSV and JSON never load POI. */
final class TakeoffXlsx {

	private TakeoffXlsx() {
	}

	static void write(TakeoffResult r, OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			book.getProperties().getCoreProperties().setTitle("Take-off of " + r.modelFile());
			book.getProperties().getCoreProperties().setDescription("model SHA-256 " + r.modelSha256() + "; pack "
					+ r.packId() + " " + r.packVersion() + "; engine " + r.engine());
			CellStyle bold = bold(book);
			Sheet lines = book.createSheet("Lines");
			header(lines, bold, "Rule", "Item code", "Description", "Groups", "Quantity", "Unit", "Elements", "Flagged",
					"Model", "Model SHA-256", "Pack", "Pack version", "Characteristics (项目特征)", "Quantity source", "Flags");
			int n = 1;
			for (TakeoffLine l : r.lines()) {
				Row row = lines.createRow(n++);
				long flagged = l.contributions().stream().filter(c -> !c.flags().isEmpty()).count();
				cells(row, l.ruleId(), l.itemCode(), l.description(), TakeoffExport.groups(l.groups()), l.quantity(), l.unit(),
						l.contributions().size(), flagged, r.modelFile(), r.modelSha256(), r.packId(), r.packVersion(),
						l.characteristics() == null ? "" : l.characteristics(), l.source().describe(), r.flagsOf(l).size());
			}
			// Rules whose elements produced no value: listed, not dropped.
			for (TakeoffResult.NoValue none : r.noValues()) {
				Row row = lines.createRow(n++);
				cells(row, none.ruleId(), "", "(no value) " + none.reason(), "", "", "", none.flags().size(), none.flags().size(),
						r.modelFile(), r.modelSha256(), r.packId(), r.packVersion(), "", "", none.flags().size());
			}
			Sheet contributions = book.createSheet("Contributions");
			header(contributions, bold, "Rule", "Item code", "Groups", "GlobalId", "IFC class", "Name", "Value", "Unit",
					"Source", "Other source value", "Flags");
			n = 1;
			for (TakeoffLine l : r.lines()) {
				for (Contribution c : l.contributions()) {
					cells(contributions.createRow(n++), l.ruleId(), l.itemCode(), TakeoffExport.groups(l.groups()), c.globalId(),
							c.ifcClass(), c.name(), c.value(), l.unit(), c.origin().describe(), c.alternative(),
							c.flags().stream().map(Enum::name).collect(Collectors.joining(" ")));
				}
			}
			Sheet flags = book.createSheet("Flags");
			header(flags, bold, "Flag", "GlobalId", "Rule", "Message");
			n = 1;
			for (TakeoffFlag f : r.flags()) {
				cells(flags.createRow(n++), f.kind().name(), f.globalId(), f.ruleId(), f.message());
			}
			for (Sheet s : List.of(lines, contributions, flags)) {
				s.createFreezePane(0, 1);
				for (int c = 0; c < 6; c++) {
					s.setColumnWidth(c, 20 * 256);
				}
			}
			book.write(out);
		}
	}

	static void write(ModelDiffResult d, OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			CellStyle bold = bold(book);
			Sheet lines = book.createSheet("Line deltas");
			header(lines, bold, "Rule", "Item code", "Description", "Groups", "Before", "After", "Delta", "Unit",
					"Added GlobalIds", "Removed GlobalIds");
			int n = 1;
			for (LineDelta l : d.lineDeltas()) {
				cells(lines.createRow(n++), l.ruleId(), l.itemCode(), l.description(), TakeoffExport.groups(l.groups()), l.before(),
						l.after(), l.delta(), l.unit(), String.join(" ", l.addedIds()), String.join(" ", l.removedIds()));
			}
			Sheet elements = book.createSheet("Elements");
			header(elements, bold, "GlobalId", "IFC class", "Name", "Change", "Details");
			n = 1;
			List<ElementChange> all = new ArrayList<>(d.added());
			all.addAll(d.removed());
			all.addAll(d.changed());
			for (ElementChange c : all) {
				cells(elements.createRow(n++), c.globalId(), c.ifcClass(), c.name(),
						c.kinds().stream().map(Enum::name).collect(Collectors.joining(" ")), String.join("; ", c.details()));
			}
			book.write(out);
		}
	}

	private static CellStyle bold(XSSFWorkbook book) {
		CellStyle style = book.createCellStyle();
		Font font = book.createFont();
		font.setBold(true);
		style.setFont(font);
		return style;
	}

	private static void header(Sheet sheet, CellStyle bold, String... titles) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < titles.length; i++) {
			Cell c = row.createCell(i);
			c.setCellValue(titles[i]);
			c.setCellStyle(bold);
		}
	}

	private static void cells(Row row, Object... values) {
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v == null) {
				continue;
			}
			Cell c = row.createCell(i);
			if (v instanceof Number num) {
				c.setCellValue(num.doubleValue());
			} else {
				c.setCellValue(v.toString());
			}
		}
	}
}
