package org.bidbench.cli.internal.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bidbench.cli.internal.CommandRun;
import org.bidbench.reports.ReportTable;
import org.bidbench.reports.data.PipelineKpiReport;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.model.SalesWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cockpit's commands on the demo workspace, and the one weighted pipeline in the CLI, the report and the core. */
class CockpitCommandsTest {

	private static final String DATE = "2026-11-26";

	@Test
	void theWeightedPipelineIsTheSameInTheCliTheReportAndTheCore(@TempDir Path dir) throws Exception {
		Path sales = dir.resolve("sales");
		DemoWorkspaceFactory.write(sales, DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse(DATE));
		SalesWorkspace workspace = SalesWorkspaceFolder.load(sales).workspace();
		BigDecimal core = WeightedPipeline.of(workspace, LocalDate.parse(DATE)).weightedTotal();

		CommandRun pipeline = CommandRun.of(dir, "pipeline", "--workspace", "sales", "--date", DATE, "--json");
		assertEquals(0, pipeline.exitCode, pipeline::toString);
		CommandRun forecast = CommandRun.of(dir, "forecast", "--workspace", "sales", "--date", DATE, "--json");
		assertEquals(0, forecast.exitCode, forecast::toString);
		assertEquals(0, core.compareTo(lastNumber(pipeline.out, "weighted")), pipeline.out);
		assertEquals(0, core.compareTo(firstNumber(forecast.out, "weighted")), forecast.out);

		ReportTable table = PipelineKpiReport.data(workspace, org.bidbench.sales.core.kpi.Period.parse("2026Q3"),
				LocalDate.parse(DATE).atTime(23, 59).toInstant(ZoneOffset.UTC), Locale.ENGLISH).table("pipeline");
		Object reportTotal = table.value(table.size() - 1, 3);
		assertEquals(0, core.compareTo((BigDecimal) reportTotal), "the KPI report's total row");

		// Same data, same day: the same figure on every run.
		CommandRun again = CommandRun.of(dir, "pipeline", "--workspace", "sales", "--date", DATE, "--json");
		assertEquals(pipeline.out, again.out);
	}

	@Test
	void forecastKpiCollectionsAndRisksAnswerInJson(@TempDir Path dir) throws Exception {
		DemoWorkspaceFactory.write(dir.resolve("sales"), DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse(DATE));
		CommandRun forecast = CommandRun.of(dir, "forecast", "--workspace", "sales", "--date", DATE, "--json");
		for (String field : new String[]{"\"id\"", "\"stage\"", "\"stage_baseline\"", "\"probability\"", "\"factors\"", "\"category\""}) {
			assertTrue(forecast.out.contains(field), field + " in " + forecast.out.substring(0, Math.min(2000, forecast.out.length())));
		}
		CommandRun kpi = CommandRun.of(dir, "kpi", "--workspace", "sales", "--period", "2026Q3", "--by", "team", "--date", DATE, "--json");
		assertEquals(0, kpi.exitCode, kpi::toString);
		assertTrue(kpi.out.contains("\"Infrastructure\"") && kpi.out.contains("\"Utilities\""), kpi.out);
		assertTrue(kpi.out.contains("\"previous\"") && kpi.out.contains("\"trend\"") && kpi.out.contains("\"no_data\""));
		CommandRun person = CommandRun.of(dir, "kpi", "--workspace", "sales", "--period", "2026-07", "--by", "person", "--date", DATE);
		assertEquals(0, person.exitCode, person::toString);
		CommandRun region = CommandRun.of(dir, "kpi", "--workspace", "sales", "--period", "2026-01-01..2026-03-31", "--by", "region",
				"--date", DATE);
		assertEquals(0, region.exitCode, region::toString);
		assertTrue(region.out.contains("region East"), region.out);
		CommandRun bad = CommandRun.of(dir, "kpi", "--workspace", "sales", "--period", "2026Q3", "--by", "galaxy");
		assertEquals(2, bad.exitCode);
		assertTrue(bad.err.contains("use region, team or person"), bad.err);

		CommandRun collections = CommandRun.of(dir, "collections", "--workspace", "sales", "--date", DATE, "--json");
		assertEquals(0, collections.exitCode, collections::toString);
		for (String field : new String[]{"\"ageing_by_region\"", "\"ageing_by_customer\"", "\"overdue\"", "\"expected_cash\"",
				"\"over-90\"", "\"responsible\""}) {
			assertTrue(collections.out.contains(field), field);
		}
		CommandRun risks = CommandRun.of(dir, "risks", "--workspace", "sales", "--date", DATE, "--json");
		assertEquals(0, risks.exitCode, risks::toString);
		assertTrue(risks.out.contains("\"next_step\"") && risks.out.contains("\"owner\"") && risks.out.contains("\"overdue-collection\""));
		assertFalse(risks.out.contains("\"acknowledged\": true"), "nothing acknowledged in a fresh demo");
	}

	private static BigDecimal firstNumber(String json, String field) {
		Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*([0-9.]+)").matcher(json);
		assertTrue(m.find(), field);
		return new BigDecimal(m.group(1));
	}

	private static BigDecimal lastNumber(String json, String field) {
		Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*([0-9.]+)").matcher(json);
		BigDecimal last = null;
		while (m.find()) {
			last = new BigDecimal(m.group(1));
		}
		return last;
	}
}
