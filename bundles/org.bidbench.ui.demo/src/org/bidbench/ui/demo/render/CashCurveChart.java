package org.bidbench.ui.demo.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

import org.bidbench.demo.price.CashCurve;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The cash curve as a JFreeChart S-curve: cumulative value built against the date, the payment
 * milestones as labelled points on it, and today's date as a vertical line.
 */
public final class CashCurveChart {

	private final CashCurve curve;
	private final JFreeChart chart;
	private final XYPlot plot;
	private ValueMarker today;

	/**
	 * @param valueLabel the value axis label, e.g. "Built value"
	 */
	public CashCurveChart(CashCurve curve, String valueLabel) {
		this.curve = curve;
		TimeSeries built = new TimeSeries(valueLabel);
		for (CashCurve.Point p : curve.points()) {
			built.add(day(p.day()), p.cumulative());
		}
		TimeSeries milestones = new TimeSeries("milestones");
		for (CashCurve.Mark m : curve.milestones()) {
			milestones.addOrUpdate(day(m.day()), m.cumulative());
		}
		TimeSeriesCollection data = new TimeSeriesCollection(TimeZone.getTimeZone("UTC"));
		data.addSeries(built);
		data.addSeries(milestones);
		chart = ChartFactory.createTimeSeriesChart(null, null, curve.currency(), data, false, false, false);
		chart.setBackgroundPaint(Color.WHITE);
		plot = chart.getXYPlot();
		plot.setBackgroundPaint(new Color(250, 250, 250));
		plot.setDomainGridlinePaint(new Color(220, 220, 220));
		plot.setRangeGridlinePaint(new Color(220, 220, 220));
		XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
		r.setSeriesPaint(0, new Color(30, 100, 180));
		r.setSeriesStroke(0, new BasicStroke(2.5f));
		r.setSeriesLinesVisible(1, false);
		r.setSeriesShapesVisible(1, true);
		r.setSeriesPaint(1, new Color(220, 110, 20));
		r.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
		plot.setRenderer(r);
		DateAxis dates = (DateAxis) plot.getDomainAxis();
		SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
		f.setTimeZone(TimeZone.getTimeZone("UTC"));
		dates.setDateFormatOverride(f);
		dates.setTimeZone(TimeZone.getTimeZone("UTC"));
		NumberAxis values = (NumberAxis) plot.getRangeAxis();
		values.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
		values.setUpperBound(curve.total().doubleValue() * 1.08);
		for (CashCurve.Mark m : curve.milestones()) {
			ValueMarker v = new ValueMarker(millis(m.day()), new Color(220, 110, 20, 120), new BasicStroke(1f));
			v.setLabel(m.name() + " " + Money.format(curve.currency(), m.amount()));
			v.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
			v.setLabelAnchor(RectangleAnchor.TOP_LEFT);
			v.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
			plot.addDomainMarker(v, Layer.BACKGROUND);
		}
	}

	public JFreeChart chart() {
		return chart;
	}

	/** Marks a day with a vertical line (the day the 4D view shows). */
	public void setToday(LocalDate day) {
		if (today != null) {
			plot.removeDomainMarker(today, Layer.FOREGROUND);
		}
		today = new ValueMarker(millis(day), new Color(200, 30, 30), new BasicStroke(2f));
		today.setLabel(day + "  " + Money.format(curve.currency(), curve.at(day)));
		today.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
		today.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
		today.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
		plot.addDomainMarker(today, Layer.FOREGROUND);
	}

	public void draw(Graphics2D g, int x, int y, int width, int height) {
		chart.draw(g, new Rectangle2D.Double(x, y, width, height));
	}

	public BufferedImage image(int width, int height) {
		return chart.createBufferedImage(width, height);
	}

	private static Day day(LocalDate d) {
		return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
	}

	private static double millis(LocalDate d) {
		// the middle of the day, as the time series plots a day
		return Date.from(d.atTime(12, 0).toInstant(ZoneOffset.UTC)).getTime();
	}
}
