package org.bidbench.reports.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.bidbench.reports.ReportFontException;

/**
 * Bar charts drawn with Java 2D into PNG, placed in designs as images. Drawn here rather than by
 * BIRT's chart engine because the picture is then the same in every format (the XLSX and DOCX
 * emitters handle images, not chart models) and the labels use the same embedded CJK font.
 */
public final class ChartImages {

	/** One bar: its label and value. */
	public record Bar(String label, double value, String valueText) {
	}

	private static final Color[] PALETTE = { new Color(0x2F5D8A), new Color(0x4E8FC7), new Color(0x7FB3D5), new Color(0xE0A030),
			new Color(0xC0504D), new Color(0x6AA84F) };
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

	/** Vertical bars with their values on top. */
	public static byte[] columns(String title, List<Bar> bars, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = start(image, title);
		int left = 20, right = width - 20, top = 50, bottom = height - 50;
		double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
		max = max <= 0 ? 1 : max;
		int slot = bars.isEmpty() ? 0 : (right - left) / bars.size();
		g.setColor(Color.GRAY);
		g.drawLine(left, bottom, right, bottom);
		g.setFont(font(12f));
		FontMetrics metrics = g.getFontMetrics();
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int h = (int) Math.round((bottom - top) * Math.max(0, bar.value()) / max);
			int x = left + i * slot + slot / 6;
			int w = slot * 2 / 3;
			g.setColor(PALETTE[i % PALETTE.length]);
			g.fillRect(x, bottom - h, w, h);
			g.setColor(Color.DARK_GRAY);
			centred(g, metrics, bar.valueText(), x + w / 2, bottom - h - 4);
			centred(g, metrics, fit(metrics, bar.label(), slot - 4), x + w / 2, bottom + 18);
		}
		return png(g, image);
	}

	/** Horizontal bars on a 0..100 scale, for percentages. */
	public static byte[] percentBars(String title, List<Bar> bars, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = start(image, title);
		g.setFont(font(12f));
		FontMetrics metrics = g.getFontMetrics();
		int labelWidth = 0;
		for (Bar bar : bars) {
			labelWidth = Math.max(labelWidth, metrics.stringWidth(bar.label()));
		}
		labelWidth = Math.min(labelWidth + 10, width / 2);
		int left = 20 + labelWidth, right = width - 70, top = 50;
		int row = bars.isEmpty() ? 0 : Math.min(34, (height - top - 20) / bars.size());
		g.setColor(Color.LIGHT_GRAY);
		for (int p = 0; p <= 100; p += 25) {
			int x = left + (right - left) * p / 100;
			g.drawLine(x, top - 5, x, top + row * bars.size());
		}
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = top + i * row;
			int w = (int) Math.round((right - left) * Math.max(0, Math.min(100, bar.value())) / 100.0);
			g.setColor(PALETTE[i % PALETTE.length]);
			g.fillRect(left, y + 4, w, row - 10);
			g.setColor(Color.DARK_GRAY);
			g.drawString(fit(metrics, bar.label(), labelWidth - 10), 20, y + row / 2 + 4);
			g.drawString(bar.valueText(), left + w + 6, y + row / 2 + 4);
		}
		return png(g, image);
	}

	private static Graphics2D start(BufferedImage image, String title) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(new Color(0x203040));
		g.setFont(font(16f));
		g.drawString(title, 20, 30);
		g.setStroke(new BasicStroke(1f));
		return g;
	}

	private static void centred(Graphics2D g, FontMetrics metrics, String text, int x, int y) {
		g.drawString(text, x - metrics.stringWidth(text) / 2, y);
	}

	private static String fit(FontMetrics metrics, String text, int width) {
		if (metrics.stringWidth(text) <= width) {
			return text;
		}
		String cut = text;
		while (cut.length() > 1 && metrics.stringWidth(cut + "…") > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "…";
	}

	private static byte[] png(Graphics2D g, BufferedImage image) {
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
