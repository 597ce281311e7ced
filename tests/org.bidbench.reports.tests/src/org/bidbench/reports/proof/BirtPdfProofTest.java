package org.bidbench.reports.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.bidbench.reports.internal.BirtEngineHost;
import org.bidbench.reports.render.PdfTools;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof that BIRT renders inside our OSGi runtime: a design with a scripted data set renders a PDF
 * whose text, extracted by poppler's pdftotext, holds the Chinese title and the computed total, and
 * whose CJK font is embedded (pdffonts).
 */
class BirtPdfProofTest {

	@AfterAll
	static void shutdown() {
		BirtEngineHost.shutdown();
	}

	@Test
	void pdfCarriesChineseTextAndTheComputedTotal(@TempDir Path folder) throws Exception {
		IReportEngine engine = BirtEngineHost.engine();
		Path pdf = folder.resolve("proof.pdf");
		try (InputStream design = getClass().getResourceAsStream("proof.rptdesign"); OutputStream out = Files.newOutputStream(pdf)) {
			IReportRunnable runnable = engine.openReportDesign(design);
			IRunAndRenderTask task = engine.createRunAndRenderTask(runnable);
			PDFRenderOption options = new PDFRenderOption();
			options.setOutputFormat("pdf");
			options.setOutputStream(out);
			task.setRenderOption(options);
			task.setLocale(Locale.SIMPLIFIED_CHINESE);
			task.run();
			assertEquals(List.of(), task.getErrors(), "BIRT reported errors");
			task.close();
		}
		assertTrue(Files.size(pdf) > 1000, "a PDF was written");
		Files.copy(pdf, Path.of(System.getProperty("java.io.tmpdir"), "bidbench-birt-proof.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		String text = PdfTools.text(pdf);
		assertTrue(text.contains("工程量报价单"), "Chinese title in the PDF text:\n" + text);
		assertTrue(text.contains("钢梁 Q355B"), "Chinese data row in the PDF text:\n" + text);
		assertTrue(text.contains("2500.00"), "computed total 1200.50 + 830.25 + 469.25 in the PDF text:\n" + text);

		String fonts = PdfTools.fonts(pdf);
		assertTrue(fonts.lines().anyMatch(l -> l.contains("NotoSansCJK") && l.contains(" yes ")), "CJK font embedded:\n" + fonts);
	}
}
