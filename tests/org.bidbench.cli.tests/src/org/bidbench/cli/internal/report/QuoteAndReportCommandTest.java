package org.bidbench.cli.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.bidbench.cli.internal.CommandRun;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.junit.jupiter.api.Test;

class QuoteAndReportCommandTest {

	@Test
	void quotesTheSampleHouseWithTheGeneralPackAndItsSampleCatalog() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-quote");
		CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		CommandRun run = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--customer", "杭州地铁集团有限公司", "--lang", "zh", "--out",
				"quote.pdf", "--appendix", "appendix.pdf");
		assertEquals(0, run.exitCode, run.toString());
		assertTrue(run.out.contains("grand total"), run.out);
		assertTrue(run.out.contains("priced by 'catalog'"), "the default pricing strategy is named: " + run.out);
		String text = pdftotext(folder.resolve("quote.pdf"));
		assertTrue(text.contains("报价单") && text.contains("杭州地铁集团有限公司") && text.contains("含税总价"), text);
		assertTrue(pdfUrls(folder.resolve("quote.pdf")).contains("bidbench://select/"), "GlobalId links");
		assertTrue(Files.size(folder.resolve("appendix.pdf")) > 1000);

		CommandRun unknown = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--pricing", "haggling", "--out", "q.pdf");
		assertEquals(2, unknown.exitCode, unknown.toString());
		assertTrue(unknown.err.contains("No pricing strategy 'haggling'") && unknown.err.contains("[catalog"), unknown.err);

		CommandRun internal = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--internal", "--out", "review.html");
		assertEquals(0, internal.exitCode, internal.toString());
		assertTrue(Files.readString(folder.resolve("review.html")).contains("GEN-"), "review lists the item codes");
	}

	@Test
	void aMissingPriceStopsWithTheItemCode() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-quote");
		CommandRun.demoModel("AC20-FZK-Haus.ifc", folder);
		Files.writeString(folder.resolve("prices.csv"), """
				catalog,Walls only,CNY
				GEN-020-010,Walls,m3,concrete,780.00,18,
				""", StandardCharsets.UTF_8);
		CommandRun run = CommandRun.of(folder, "quote", "AC20-FZK-Haus.ifc", "--prices", "prices.csv", "--out", "quote.pdf");
		assertEquals(1, run.exitCode, run.toString());
		assertTrue(run.err.contains("no price") && run.err.contains("GEN-030-010"), run.err);
		assertFalse(Files.exists(folder.resolve("quote.pdf")));
	}

	@Test
	void kpiReportAndSalesCommandsOverADemoWorkspace() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-kpi");
		DemoWorkspaceFactory.write(folder.resolve("ws"), DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.parse("2026-10-15"));
		CommandRun report = CommandRun.of(folder, "report", "kpi", "--workspace", "ws", "--period", "2026Q3", "--date", "2026-10-15",
				"--out", "kpi.pdf");
		assertEquals(0, report.exitCode, report.toString());
		assertTrue(pdftotext(folder.resolve("kpi.pdf")).contains("Pipeline and KPI report"));

		CommandRun pipeline = CommandRun.of(folder, "pipeline", "--workspace", "ws", "--json");
		assertEquals(0, pipeline.exitCode, pipeline.toString());
		assertTrue(pipeline.out.contains("\"stages\"") && pipeline.out.contains("\"weighted\""), pipeline.out);
		CommandRun kpi = CommandRun.of(folder, "kpi", "--workspace", "ws", "--period", "2026Q3", "--date", "2026-10-15", "--json");
		assertEquals(0, kpi.exitCode, kpi.toString());
		assertTrue(kpi.out.contains("\"win-rate\""), kpi.out);
		CommandRun gates = CommandRun.of(folder, "gates", "--workspace", "ws", "--overdue", "--date", "2026-10-15");
		assertEquals(0, gates.exitCode, gates.toString());
		assertTrue(gates.out.contains("overdue gate(s)"), gates.out);

		CommandRun badPeriod = CommandRun.of(folder, "kpi", "--workspace", "ws", "--period", "Q3");
		assertEquals(2, badPeriod.exitCode, badPeriod.toString());
		CommandRun noWorkspace = CommandRun.of(folder, "pipeline", "--workspace", "nowhere");
		assertEquals(1, noWorkspace.exitCode, noWorkspace.toString());
		assertTrue(noWorkspace.err.contains("no sales workspace"), noWorkspace.err);
	}

	static String pdftotext(Path pdf) throws IOException, InterruptedException {
		return run("pdftotext", "-layout", pdf.toString(), "-");
	}

	private static String pdfUrls(Path pdf) throws IOException, InterruptedException {
		return run("pdfinfo", "-url", pdf.toString());
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), out);
		return out;
	}
}
