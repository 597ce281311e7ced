package org.bidbench.ui.demo.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.bidbench.demo.price.CashCurve;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
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
		// the milestone lines carry no label of their own: JFreeChart would draw every label at the top
		// of its line, one over the other when the milestones are close or the chart is small
		for (CashCurve.Mark m : curve.milestones()) {
			plot.addDomainMarker(new ValueMarker(millis(m.day()), new Color(220, 110, 20, 120), new BasicStroke(1f)),
					Layer.BACKGROUND);
		}
	}

	/** The text beside a milestone's line: its name and the amount due. */
	public List<String> milestoneLabels() {
		List<String> out = new ArrayList<>();
		for (CashCurve.Mark m : curve.milestones()) {
			out.add(m.name() + " " + Money.format(curve.currency(), m.amount()));
		}
		return out;
	}

	/**
	 * Where the milestone labels go in a chart drawn at {@code width} x {@code height}: one box per
	 * milestone, in the order of {@link CashCurve#milestones()}, none overlapping another (see
	 * {@link #layOut}).
	 */
	public List<Rectangle2D> milestoneLabelBoxes(int width, int height) {
		BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scratch.createGraphics();
		try {
			ChartRenderingInfo info = new ChartRenderingInfo();
			chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
			return milestoneBoxes(g, info.getPlotInfo().getDataArea());
		} finally {
			g.dispose();
		}
	}

	private List<Rectangle2D> milestoneBoxes(Graphics2D g, Rectangle2D area) {
		FontMetrics m = g.getFontMetrics(LABEL_FONT);
		List<String> labels = milestoneLabels();
		double[] at = new double[labels.size()];
		double[] widths = new double[labels.size()];
		for (int i = 0; i < at.length; i++) {
			at[i] = plot.getDomainAxis().valueToJava2D(millis(curve.milestones().get(i).day()), area, plot.getDomainAxisEdge());
			widths[i] = m.stringWidth(labels.get(i)) + 4;
		}
		return layOut(at, widths, m.getHeight(), area);
	}

	/**
	 * Lays labels out along the top of the plot so that none overlaps another: each label sits in
	 * the highest row where it clears the labels already there, to the left of its line (ending at
	 * it) or, when that does not fit, to the right (starting at it); near the plot's edges it is
	 * pushed inside but still touches its line unless it is wider than the plot.
	 *
	 * @param at the x of each milestone's line
	 * @param widths the width of each label
	 */
	public static List<Rectangle2D> layOut(double[] at, double[] widths, double rowHeight, Rectangle2D area) {
		List<List<Rectangle2D>> rows = new ArrayList<>();
		Rectangle2D[] out = new Rectangle2D[at.length];
		Integer[] order = new Integer[at.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> at[i]));
		for (int i : order) {
			double w = Math.min(widths[i], area.getWidth());
			double left = Math.max(area.getMinX(), Math.min(at[i] - w, area.getMaxX() - w));
			double right = Math.max(area.getMinX(), Math.min(at[i], area.getMaxX() - w));
			Rectangle2D placed = null;
			for (int row = 0; placed == null; row++) {
				if (row == rows.size()) {
					rows.add(new ArrayList<>());
				}
				List<Rectangle2D> taken = rows.get(row);
				double y = area.getMinY() + 2 + row * rowHeight;
				for (double x : new double[]{left, right}) {
					Rectangle2D box = new Rectangle2D.Double(x, y, w, rowHeight);
					if (taken.stream().noneMatch(b -> b.intersects(box))) {
						placed = box;
						taken.add(box);
						break;
					}
				}
			}
			out[i] = placed;
		}
		return List.of(out);
	}

	private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

	private void drawMilestoneLabels(Graphics2D g, Rectangle2D area) {
		List<String> labels = milestoneLabels();
		List<Rectangle2D> boxes = milestoneBoxes(g, area);
		g.setFont(LABEL_FONT);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		FontMetrics m = g.getFontMetrics();
		for (int i = 0; i < boxes.size(); i++) {
			Rectangle2D b = boxes.get(i);
			g.setColor(new Color(255, 255, 255, 200));
			g.fill(b);
			g.setColor(new Color(150, 70, 10));
			g.drawString(labels.get(i), (float) b.getX() + 2, (float) (b.getY() + m.getAscent()));
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

	/** Draws the chart, then the milestone labels laid out over its plot. */
	public void draw(Graphics2D g, int x, int y, int width, int height) {
		ChartRenderingInfo info = new ChartRenderingInfo();
		chart.draw(g, new Rectangle2D.Double(x, y, width, height), info);
		drawMilestoneLabels(g, info.getPlotInfo().getDataArea());
	}

	public BufferedImage image(int width, int height) {
		BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			draw(g, 0, 0, width, height);
		} finally {
			g.dispose();
		}
		return img;
	}

	private static Day day(LocalDate d) {
		return new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
	}

	private static double millis(LocalDate d) {
		// the middle of the day, as the time series plots a day
		return Date.from(d.atTime(12, 0).toInstant(ZoneOffset.UTC)).getTime();
	}
}
