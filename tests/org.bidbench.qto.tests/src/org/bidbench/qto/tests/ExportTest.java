package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffExport;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {

	@Test
	void writesCsvXlsxAndJsonWithTheChinesePack(@TempDir Path dir) throws Exception {
		IfcModel model = Samples.open("AC20-FZK-Haus.ifc");
		TakeoffResult r = new TakeoffSession(model, ComputedQuantitySource.NONE).run(RulePacks.builtIn(RulePacks.GB50500));
		int contributions = r.lines().stream().mapToInt(l -> l.contributions().size()).sum();
		assertTrue(r.lines().size() > 3 && contributions > 10, r.lines().toString());

		Path csv = dir.resolve("out.csv");
		TakeoffExport.write(r, csv);
		List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(r.lines().size() + 1, rows.size());
		assertTrue(rows.get(0).startsWith("\uFEFFrule,item_code,description"));
		TakeoffLine first = r.lines().get(0);
		assertTrue(rows.get(1).contains(first.itemCode()) && rows.get(1).contains(first.description())
				&& rows.get(1).contains(r.modelSha256()), rows.get(1));

		Path xlsx = dir.resolve("out.xlsx");
		TakeoffExport.write(r, xlsx);
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
			assertEquals(3, book.getNumberOfSheets());
			Sheet lines = book.getSheet("Lines");
			assertEquals(r.lines().size() + r.noValues().size(), lines.getLastRowNum(), "every line, then each rule with elements without a value");
			assertEquals(first.description(), lines.getRow(1).getCell(2).getStringCellValue());
			assertEquals(first.quantity(), lines.getRow(1).getCell(4).getNumericCellValue());
			assertEquals(contributions, book.getSheet("Contributions").getLastRowNum());
			assertEquals(r.flags().size(), book.getSheet("Flags").getLastRowNum());
		}

		Path json = dir.resolve("out.json");
		TakeoffExport.write(r, json);
		String text = Files.readString(json, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("{\"modelFile\":\"AC20-FZK-Haus.ifc\",\"modelSha256\":\"" + r.modelSha256() + "\""));
		assertTrue(text.contains("\"description\":\"" + first.description() + "\""));
		assertEquals(contributions, text.split("\"globalId\"", -1).length - 1 - r.flags().size());
		assertEquals(count(text, '{'), count(text, '}'));
		assertEquals(count(text, '['), count(text, ']'));
	}

	private static long count(String s, char c) {
		return s.chars().filter(x -> x == c).count();
	}
}
