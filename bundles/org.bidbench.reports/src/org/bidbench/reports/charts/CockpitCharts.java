package org.bidbench.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.bidbench.reports.internal.ChartImages;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The management charts, drawn by JFreeChart to PNG: the cockpit's views show them and the KPI
 * report embeds the very same images, so a figure looks the same on screen and on paper. Labels
 * use the reports' embedded CJK font, so Chinese names draw everywhere.
 */
public final class CockpitCharts {

	/** One series of a chart: its name and one value per category (null: no data, drawn as a gap). */
	public record Series(String name, List<Double> values) {
	}

	private static final Color[] PALETTE = {new Color(0x2F5D8A), new Color(0xE0A030), new Color(0x6AA84F), new Color(0xC0504D),
			new Color(0x7FB3D5), new Color(0x8E7CC3)};

	private CockpitCharts() {
	}

	/** Lines over the categories (periods, months), with an optional dashed target line. */
	public static byte[] lines(String title, String valueAxis, List<String> categories, List<Series> series, Double target,
			String targetLabel, int width, int height) {
		DefaultCategoryDataset data = dataset(categories, series);
		JFreeChart chart = ChartFactory.createLineChart(title, null, valueAxis, data, PlotOrientation.VERTICAL, series.size() > 1,
				false, false);
		CategoryPlot plot = style(chart);
		LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
		renderer.setDefaultShapesVisible(true);
		for (int i = 0; i < series.size(); i++) {
			renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
			renderer.setSeriesStroke(i, new BasicStroke(2.2f));
		}
		if (target != null) {
			ValueMarker marker = new ValueMarker(target, new Color(0xC0504D), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
					BasicStroke.JOIN_MITER, 1, new float[]{6, 4}, 0));
			marker.setLabel(targetLabel);
			marker.setLabelFont(ChartImages.font(11f));
			marker.setLabelPaint(new Color(0xC0504D));
			plot.addRangeMarker(marker);
		}
		return png(chart, width, height);
	}

	/** Bars per category, one colour per series; {@code stacked} piles the series up. */
	public static byte[] bars(String title, String valueAxis, List<String> categories, List<Series> series, boolean stacked,
			boolean horizontal, int width, int height) {
		DefaultCategoryDataset data = dataset(categories, series);
		PlotOrientation orientation = horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
		JFreeChart chart = stacked
				? ChartFactory.createStackedBarChart(title, null, valueAxis, data, orientation, series.size() > 1, false, false)
				: ChartFactory.createBarChart(title, null, valueAxis, data, orientation, series.size() > 1, false, false);
		CategoryPlot plot = style(chart);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setItemMargin(0.05);
		for (int i = 0; i < series.size(); i++) {
			renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
		}
		if (!horizontal && categories.size() > 6) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		return png(chart, width, height);
	}

	/**
	 * The cash-flow curve: collected (past) and expected (to come) cash per month as stacked bars,
	 * and the running total of both as a line.
	 */
	public static byte[] cashFlow(String title, String valueAxis, List<String> months, List<Double> collected, List<Double> expected,
			String collectedLabel, String expectedLabel, String cumulativeLabel, int width, int height) {
		DefaultCategoryDataset bars = dataset(months, List.of(new Series(collectedLabel, collected), new Series(expectedLabel, expected)));
		JFreeChart chart = ChartFactory.createStackedBarChart(title, null, valueAxis, bars, PlotOrientation.VERTICAL, true, false,
				false);
		CategoryPlot plot = style(chart);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, PALETTE[2]);
		renderer.setSeriesPaint(1, PALETTE[1]);
		DefaultCategoryDataset running = new DefaultCategoryDataset();
		double sum = 0;
		for (int i = 0; i < months.size(); i++) {
			sum += value(collected, i) + value(expected, i);
			running.addValue(sum, cumulativeLabel, months.get(i));
		}
		plot.setDataset(1, running);
		LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
		line.setSeriesPaint(0, PALETTE[0]);
		line.setSeriesStroke(0, new BasicStroke(2.2f));
		plot.setRenderer(1, line);
		plot.setRangeAxis(1, new org.jfree.chart.axis.NumberAxis(cumulativeLabel));
		plot.getRangeAxis(1).setLabelFont(ChartImages.font(12f));
		plot.getRangeAxis(1).setTickLabelFont(ChartImages.font(11f));
		plot.mapDatasetToRangeAxis(1, 1);
		plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
		if (months.size() > 6) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		return png(chart, width, height);
	}

	private static double value(List<Double> values, int i) {
		return i < values.size() && values.get(i) != null ? values.get(i) : 0;
	}

	private static DefaultCategoryDataset dataset(List<String> categories, List<Series> series) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Series s : series) {
			for (int i = 0; i < categories.size(); i++) {
				data.addValue(i < s.values().size() ? s.values().get(i) : null, s.name(), categories.get(i));
			}
		}
		return data;
	}

	private static CategoryPlot style(JFreeChart chart) {
		Font font = ChartImages.font(12f);
		if (chart.getTitle() != null) {
			chart.setTitle(new TextTitle(chart.getTitle().getText(), ChartImages.font(15f)));
		}
		if (chart.getLegend() != null) {
			chart.getLegend().setItemFont(font);
			chart.getLegend().setBorder(0, 0, 0, 0);
		}
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xDDDDDD));
		plot.setOutlineVisible(false);
		CategoryAxis domain = plot.getDomainAxis();
		domain.setTickLabelFont(ChartImages.font(11f));
		domain.setLabelFont(font);
		domain.setMaximumCategoryLabelWidthRatio(2.0f);
		plot.getRangeAxis().setTickLabelFont(ChartImages.font(11f));
		plot.getRangeAxis().setLabelFont(font);
		if (plot.getRangeAxis() instanceof org.jfree.chart.axis.NumberAxis axis) {
			// Grouped digits, never "1.6E9": the axis is read by managers, not by engineers.
			java.text.DecimalFormat ticks = new java.text.DecimalFormat("#,##0.#",
					java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
			axis.setNumberFormatOverride(ticks);
		}
		return plot;
	}

	private static byte[] png(JFreeChart chart, int width, int height) {
		BufferedImage image = chart.createBufferedImage(width, height);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
