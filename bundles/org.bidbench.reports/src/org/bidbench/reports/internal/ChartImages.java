package org.bidbench.reports.internal;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;

import org.bidbench.reports.ReportFontException;

/**
 * What the report charts share: the embedded CJK font and a labelled value. The charts themselves
 * are drawn by JFreeChart ({@link org.bidbench.reports.charts.CockpitCharts}) into PNG, placed in
 * designs as images, so the picture is the same in every format (the XLSX and DOCX emitters
 * handle images, not chart models) and the same as on screen.
 */
public final class ChartImages {

	/** One bar: its label and value. */
	public record Bar(String label, double value, String valueText) {
	}

	private static Font baseFont;

	private ChartImages() {
	}

	/** The embedded CJK font (Noto Sans CJK SC) at {@code size}, so charts label Chinese as the reports do. */
	public static synchronized Font font(float size) {
		if (baseFont == null) {
			System.setProperty("java.awt.headless", "true");
			try {
				Path file = ReportFonts.locateCjkFont();
				Font[] fonts = Font.createFonts(file.toFile());
				baseFont = fonts[0];
				// The collection holds Sans and Sans Mono for JP, KR, SC, TC, HK: take the proportional Simplified Chinese one.
				for (Font f : fonts) {
					if (f.getFamily(java.util.Locale.ROOT).equals("Noto Sans CJK SC")) {
						baseFont = f;
					}
				}
			} catch (ReportFontException | java.awt.FontFormatException | IOException e) {
				// Without the CJK font the service has already refused to render; this keeps charts drawable in tests of it.
				baseFont = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
			}
		}
		return baseFont.deriveFont(size);
	}
}
