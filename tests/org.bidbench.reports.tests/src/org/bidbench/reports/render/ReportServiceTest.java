package org.bidbench.reports.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import org.bidbench.reports.ReportCancelledException;
import org.bidbench.reports.ReportData;
import org.bidbench.reports.ReportException;
import org.bidbench.reports.ReportFormat;
import org.bidbench.reports.ReportRequest;
import org.bidbench.reports.ReportService;
import org.bidbench.reports.ReportTemplate;
import org.bidbench.reports.ReportTemplates;
import org.bidbench.reports.data.ClientQuoteReport;
import org.bidbench.reports.data.PipelineKpiReport;
import org.bidbench.reports.data.QuoteReviewReport;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.kpi.KpiDashboard;
import org.bidbench.sales.core.kpi.KpiSplit;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.core.kpi.StandardSalesKpis;
import org.bidbench.sales.core.quote.QuoteRevisions;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders every template of ours for real (BIRT inside OSGi) and reads the PDFs back with poppler. */
class ReportServiceTest {

	private final ReportService service = ReportService.get();

	@Test
	void ourTemplatesAreRegistered() {
		List<String> ids = service.templates().stream().map(ReportTemplate::id).toList();
		assertTrue(ids.containsAll(List.of(ReportTemplates.CLIENT_QUOTE, ReportTemplates.QUOTE_REVIEW,
				ReportTemplates.TAKEOFF_APPENDIX, ReportTemplates.PIPELINE_KPI)), ids.toString());
	}

	@Test
	void clientQuoteInChineseHasTheTotalsWordsAndLinksButNoCost(@TempDir Path folder) throws Exception {
		Quote quote = ReportFixtures.quote();
		ReportData data = ClientQuoteReport.data(quote, QuoteTerms.standard(true), Locale.SIMPLIFIED_CHINESE, null, null);
		Path pdf = folder.resolve("quote-zh.pdf");
		service.render(new ReportRequest(ReportTemplates.CLIENT_QUOTE, data, Locale.SIMPLIFIED_CHINESE, ReportFormat.PDF), pdf);
		PdfTools.keep(pdf, "client-quote-zh.pdf");
		String text = PdfTools.text(pdf);

		// Worked out here, not by the services: each line rounded to the fen, then VAT 9% half-up.
		BigDecimal lines = new BigDecimal("12.345").multiply(new BigDecimal("650.00")).setScale(2, RoundingMode.HALF_UP)
				.add(new BigDecimal("98.6").multiply(new BigDecimal("93.75")).setScale(2, RoundingMode.HALF_UP))
				.add(new BigDecimal("3").multiply(new BigDecimal("2250.00")).multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.HALF_UP));
		BigDecimal tax = lines.multiply(new BigDecimal("0.09")).setScale(2, RoundingMode.HALF_UP);
		BigDecimal grand = lines.add(tax);
		assertEquals(new BigDecimal("25076.00"), grand);
		assertTrue(text.contains("23,005.50"), "sum of lines\n" + text);
		assertTrue(text.contains("2,070.50"), "VAT\n" + text);
		assertTrue(text.contains("25,076.00"), "grand total\n" + text);
		assertTrue(text.contains("人民币贰万伍仟零柒拾陆元整"), "grand total in words\n" + text);
		assertTrue(text.contains("报价单") && text.contains("含税总价") && text.contains("付款节点") && text.contains("小计"),
				"Chinese labels\n" + text);
		assertTrue(text.contains("杭州地铁集团有限公司") && text.contains("O-7-Q-r1"), "cover\n" + text);
		assertTrue(text.contains("Erdgeschoss") && text.contains("Dachgeschoss"), "sections\n" + text);
		assertTrue(text.contains("17,268.00"), "subtotal of Erdgeschoss 8,024.25 + 9,243.75\n" + text);
		assertTrue(text.contains("7,522.80") && text.contains("15,045.60") && text.contains("2,507.60"), "milestones\n" + text);

		String urls = PdfTools.urls(pdf);
		for (QuoteLine line : quote.getLines()) {
			assertTrue(urls.contains("bidbench://select/" + line.getGlobalIds().get(0)), "a link per line\n" + urls);
			// The link's text counts the elements (a GlobalId does not fit a narrow column); the appendix lists them.
			assertTrue(text.contains(line.getGlobalIds().size() + " 个构件"), "the link's text counts the elements\n" + text);
			assertFalse(text.contains(line.getGlobalIds().get(0)), "no GlobalId printed\n" + text);
		}
		// Nothing internal: no unit cost figure, no cost or margin label.
		for (String internal : List.of("1,800.00", "520.00", "成本", "毛利", "Cost", "margin")) {
			assertFalse(text.contains(internal), "the client quote shows '" + internal + "'\n" + text);
		}
		String fonts = PdfTools.fonts(pdf);
		assertTrue(fonts.lines().anyMatch(l -> l.contains("NotoSansCJK") && l.contains(" yes ")), "CJK font embedded\n" + fonts);
	}

	@Test
	void clientQuoteRendersInEveryFormatInEnglish(@TempDir Path folder) throws Exception {
		Quote quote = ReportFixtures.quote();
		ReportData data = ClientQuoteReport.data(quote, QuoteTerms.standard(false), Locale.ENGLISH, null, null);
		for (ReportFormat format : ReportFormat.values()) {
			Path file = folder.resolve("quote-en." + format.extension());
			service.render(new ReportRequest(ReportTemplates.CLIENT_QUOTE, data, Locale.ENGLISH, format), file);
			assertTrue(Files.size(file) > 1000, format + " written");
			PdfTools.keep(file, "client-quote-en." + format.extension());
		}
		String text = PdfTools.text(folder.resolve("quote-en.pdf"));
		assertTrue(text.contains("Quotation") && text.contains("Grand total") && text.contains("25,076.00"), text);
		assertTrue(text.contains("twenty-five thousand seventy-six and 00/100"), "total in English words\n" + text);
		String html = Files.readString(folder.resolve("quote-en.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("bidbench://select/0LV8Pk8kr5lBCvxKaPAhzA") && html.contains("25,076.00"), "HTML links and total");
		// In the spreadsheet the totals are numbers a finance user can add up, shown as #,##0.00.
		String xlsx = zipText(folder.resolve("quote-en.xlsx"));
		assertTrue(java.util.regex.Pattern.compile("<c [^>]*t=\"n\"[^>]*><v>25076(\\.0+)?</v></c>").matcher(xlsx).find(),
				"XLSX grand total is a number cell");
		assertTrue(xlsx.contains("#,##0.00\""), "with a number format");
		assertFalse(xlsx.contains("25,076.00"), "not text");
		assertTrue(zipText(folder.resolve("quote-en.docx")).contains("25,076.00"), "DOCX total");
	}

	@Test
	void reviewShowsCostMarginBelowFloorAndChanges(@TempDir Path folder) throws Exception {
		Quote first = ReportFixtures.quote();
		Quote second = QuoteRevisions.newRevision(first, null, Instant.parse("2026-07-03T09:00:00Z"));
		second.getLines().get(0).setQuantity(new BigDecimal("14.000"));
		second.getLines().get(1).setUnitPrice(Money.of("90.00", "CNY"));
		ReportData data = QuoteReviewReport.data(second, ReportFixtures.catalog(), Locale.SIMPLIFIED_CHINESE);
		for (ReportFormat format : ReportFormat.values()) {
			Path file = folder.resolve("review." + format.extension());
			service.render(new ReportRequest(ReportTemplates.QUOTE_REVIEW, data, Locale.SIMPLIFIED_CHINESE, format), file);
			assertTrue(Files.size(file) > 1000, format + " written");
			PdfTools.keep(file, "quote-review-zh." + format.extension());
		}
		String text = PdfTools.text(folder.resolve("review.pdf"));
		assertTrue(text.contains("成本") && text.contains("毛利率") && text.contains("与上一版本的差异"), "Chinese labels\n" + text);
		// Door line: net 1,912.50 a piece against 1,800.00 cost: margin 5.88 % under the 15 % joinery floor.
		assertTrue(text.contains("5.88") && text.contains("5,400.00"), "door line cost and margin\n" + text);
		// Walls: 14 m3 instead of 12.345 at 650.00: 9,100.00 instead of 8,024.25, +1,075.75.
		assertTrue(text.contains("9,100.00") && text.contains("1,075.75"), "quantity delta\n" + text);
		assertTrue(text.contains("O-7-Q-r1"), "previous revision named\n" + text);
	}

	@Test
	void pipelineKpiReportFromTheDemoWorkspace(@TempDir Path folder) throws Exception {
		SalesWorkspace workspace = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse("2026-10-15"));
		Instant now = Instant.parse("2026-10-15T17:00:00Z");
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			ReportData data = PipelineKpiReport.data(workspace, Period.parse("2026Q3"), now, locale);
			for (ReportFormat format : ReportFormat.values()) {
				Path file = folder.resolve("kpi-" + locale.getLanguage() + "." + format.extension());
				service.render(new ReportRequest(ReportTemplates.PIPELINE_KPI, data, locale, format), file);
				assertTrue(Files.size(file) > 1000, format + " written");
				PdfTools.keep(file, "pipeline-kpi-" + locale.getLanguage() + "." + format.extension());
			}
		}
		String zh = PdfTools.text(folder.resolve("kpi-zh.pdf"));
		assertTrue(zh.contains("销售漏斗与经营指标报告") && zh.contains("各阶段在途商机") && zh.contains("逾期关口"), zh);
		String en = PdfTools.text(folder.resolve("kpi-en.pdf"));
		assertTrue(en.contains("Pipeline and KPI report") && en.contains("2026-07-01") && en.contains("Win rate"), en);
		assertTrue(Files.readString(folder.resolve("kpi-en.html")).contains("data:image/png;base64,"), "charts inline in HTML");
	}

	@Test
	void theKpiReportEmbedsTheCockpitsChartsDrawnByTheSameCode() {
		SalesWorkspace workspace = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse("2026-10-15"));
		Instant now = Instant.parse("2026-10-15T17:00:00Z");
		Period q3 = Period.parse("2026Q3");
		ReportData data = PipelineKpiReport.data(workspace, q3, now, Locale.ENGLISH);
		// The Forecast view's chart: weighted pipeline by close month and category.
		WeightedPipeline pipeline = WeightedPipeline.of(workspace, LocalDate.parse("2026-10-15"));
		byte[] forecast = PipelineKpiReport.forecastChart("Weighted pipeline by expected close month", pipeline,
				List.of("Commit", "Best case", "Pipeline"), false, 900, 380);
		assertArrayEquals(forecast, data.image("chartPipeline"));
		// The dashboard's trend chart of bookings, by region.
		KpiDashboard dashboard = KpiDashboard.compute(workspace, q3, KpiSplit.REGION, now);
		byte[] trend = PipelineKpiReport.trendChart("Bookings: last 8 periods", "Whole firm", "Target", dashboard,
				StandardSalesKpis.BOOKINGS, false, 900, 380);
		assertArrayEquals(trend, data.image("chartTrend"));
		assertTrue(data.image("chartKpi").length > 1000);
		// A different pipeline draws a different picture: the comparison above can fail.
		assertFalse(java.util.Arrays.equals(forecast, PipelineKpiReport.forecastChart("Weighted pipeline by expected close month",
				WeightedPipeline.of(workspace, LocalDate.parse("2026-04-15")), List.of("Commit", "Best case", "Pipeline"), false, 900, 380)));
	}

	@Test
	void anUnknownTemplateIsNamedWithTheInstalledOnes(@TempDir Path folder) {
		ReportException e = assertThrows(ReportException.class, () -> service
				.render(new ReportRequest("no-such-report", new ReportData(), Locale.ENGLISH, ReportFormat.PDF), folder.resolve("x.pdf")));
		assertTrue(e.getMessage().contains("no-such-report") && e.getMessage().contains("client-quote"), e.getMessage());
		assertFalse(Files.exists(folder.resolve("x.pdf")));
	}

	@Test
	void aDesignAskingForMissingDataFailsWithTheTableName(@TempDir Path folder) {
		ReportException e = assertThrows(ReportException.class, () -> service.render(
				new ReportRequest(ReportTemplates.CLIENT_QUOTE, new ReportData(), Locale.ENGLISH, ReportFormat.PDF), folder.resolve("x.pdf")));
		assertTrue(e.getMessage().contains("client-quote"), e.getMessage());
		assertFalse(Files.exists(folder.resolve("x.pdf")), "no half-written file");
	}

	@Test
	void aCancelledRenderingLeavesNoFile(@TempDir Path folder) {
		ReportData data = ClientQuoteReport.data(ReportFixtures.quote(), QuoteTerms.standard(false), Locale.ENGLISH, null, null);
		assertThrows(ReportCancelledException.class, () -> service.render(
				new ReportRequest(ReportTemplates.CLIENT_QUOTE, data, Locale.ENGLISH, ReportFormat.PDF, () -> true), folder.resolve("c.pdf")));
		assertFalse(Files.exists(folder.resolve("c.pdf")));
	}

	private static String zipText(Path file) throws Exception {
		StringBuilder text = new StringBuilder();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			var entries = zip.entries();
			while (entries.hasMoreElements()) {
				var entry = entries.nextElement();
				// The DOCX emitter writes text items as MHT parts beside document.xml.
				if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".mht")) {
					text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return text.toString();
	}
}
