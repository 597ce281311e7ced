package org.bidbench.ui.demo.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.bidbench.demo.motion.Easing;
import org.bidbench.demo.price.CashCurve;
import org.bidbench.demo.sequence.ConstructionSchedule;
import org.bidbench.demo.sequence.ConstructionTask;
import org.bidbench.demo.sequence.ElementState;
import org.bidbench.geometry.Colour;
import org.bidbench.viewer.Camera;
import org.bidbench.viewer.OffscreenRenderer;
import org.bidbench.viewer.Scene;
import org.bidbench.viewer.SceneElement;

/**
 * The building going up: each day of the schedule is a slice of model time; elements not yet
 * started are hidden, those under way are coloured, built ones are drawn normally. The camera turns
 * slowly around the building; the cash curve runs under the picture with today marked.
 */
public final class SequenceFrames implements FrameSource {

	/** Elements under way. */
	public static final Colour IN_PROGRESS = new Colour(1f, 0.6f, 0.1f, 1f);
	/** Model seconds per calendar day of the schedule. */
	public static final double SECONDS_PER_DAY = 0.25;

	private final OffscreenRenderer renderer;
	private final ConstructionSchedule schedule;
	private final CashCurve curve;
	private final CashCurveChart chart;
	private final Camera start;
	private final long days;
	private LocalDate shownDay;
	private List<String> dayCallouts;
	private BufferedImage dayChart;
	/* Two images drawn into in turn: a frame handed out stays as it is until the second call after it. */
	private final BufferedImage[] images = new BufferedImage[2];
	private int nextImage;

	/**
	 * @param curve the cash curve; {@code null} draws the picture without it
	 */
	public SequenceFrames(OffscreenRenderer renderer, ConstructionSchedule schedule, CashCurve curve) {
		this.renderer = renderer;
		this.schedule = schedule;
		this.curve = curve;
		this.chart = curve == null ? null : new CashCurveChart(curve, "Built value");
		this.days = schedule.finish().toEpochDay() - schedule.start().toEpochDay() + 2;
		Scene scene = renderer.scene();
		start = new Camera();
		start.setAngles(-60, 25);
		start.fit(scene.bounds(), renderer.width() / (double) Math.max(1, sceneHeight(renderer)));
	}

	private static int sceneHeight(OffscreenRenderer r) {
		return r.height();
	}

	@Override
	public double duration() {
		return days * SECONDS_PER_DAY;
	}

	/** The day shown at a moment of model time. */
	public LocalDate dayAt(double seconds) {
		long d = (long) Math.floor(Math.max(0, Math.min(duration() - 1e-9, seconds)) / SECONDS_PER_DAY);
		return schedule.start().minusDays(1).plusDays(d);
	}

	@Override
	public BufferedImage frame(double seconds) {
		LocalDate day = dayAt(seconds);
		if (!day.equals(shownDay)) {
			// a day lasts several frames: the scene's state (and so its upload to the GPU), the
			// callouts and the chart change only when the day does
			show(renderer.scene(), schedule, day);
			shownDay = day;
			dayCallouts = callouts(day);
			dayChart = chartImage(day);
		}
		Camera c = new Camera(start);
		double k = Easing.inOut(seconds / Math.max(1e-9, duration()));
		c.setAngles(start.yawDegrees() + 90 * k, start.pitchDegrees()); // a quarter turn over the whole sequence
		if (images[0] == null) {
			images[0] = Overlay.frameImage(renderer);
			images[1] = Overlay.frameImage(renderer);
		}
		BufferedImage img = Overlay.render(renderer, c, images[nextImage]);
		nextImage ^= 1;
		Overlay.caption(img, null, dayCallouts);
		if (dayChart != null) {
			Graphics2D g = img.createGraphics();
			g.drawImage(dayChart, 0, img.getHeight() - dayChart.getHeight(), null);
			g.dispose();
		}
		return img;
	}

	private List<String> callouts(LocalDate day) {
		List<String> callouts = new ArrayList<>();
		callouts.add(day.toString());
		for (ConstructionTask t : schedule.tasks()) {
			if (!day.isBefore(t.start()) && !day.isAfter(t.finish())) {
				callouts.add(t.name());
			}
		}
		if (curve != null) {
			callouts.add(Money.format(curve.currency(), curve.at(day)) + " / " + Money.format(curve.currency(), curve.total()));
		}
		return callouts;
	}

	/** The cash curve band with the day marked, drawn once per day (JFreeChart is the slowest part of a frame). */
	private BufferedImage chartImage(LocalDate day) {
		if (chart == null) {
			return null;
		}
		chart.setToday(day);
		int w = renderer.width(), h = renderer.height() / 4;
		BufferedImage band = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = band.createGraphics();
		chart.draw(g, 0, 0, w, h);
		g.dispose();
		return band;
	}

	/** Hides what is not started, colours what is under way, on the scene, for a day. */
	public static void show(Scene scene, ConstructionSchedule schedule, LocalDate day) {
		Map<String, ElementState> states = schedule.statesAt(day);
		BitSet hidden = new BitSet();
		scene.showAll();
		scene.clearColours();
		for (SceneElement e : scene.elements()) {
			ElementState s = states.get(e.globalId());
			if (s == ElementState.FUTURE) {
				hidden.set(e.index());
			} else if (s == ElementState.IN_PROGRESS) {
				scene.setColour(e.index(), IN_PROGRESS);
			} else if (s == null && "IfcSpace".equals(e.ifcClass())) {
				hidden.set(e.index());
			}
		}
		scene.setHidden(hidden, true);
	}

	@Override
	public List<HandoutPage> pages() {
		List<HandoutPage> pages = new ArrayList<>();
		for (ConstructionTask t : schedule.tasks()) {
			double at = (t.finish().toEpochDay() - schedule.start().toEpochDay() + 1) * SECONDS_PER_DAY + SECONDS_PER_DAY / 2;
			BufferedImage img = Overlay.copy(frame(at)); // kept: the frame's image is drawn over later
			List<HandoutPage.Price> prices = new ArrayList<>();
			List<String> points = new ArrayList<>();
			points.add(t.start() + " – " + t.finish() + ", " + t.globalIds().size() + " elements");
			if (curve != null) {
				prices.add(new HandoutPage.Price("Built by " + t.finish(), curve.at(t.finish())));
				for (CashCurve.Mark m : curve.milestones()) {
					if (!m.day().isBefore(t.start()) && !m.day().isAfter(t.finish())) {
						prices.add(new HandoutPage.Price("Payment due: " + m.name(), m.amount()));
					}
				}
			}
			pages.add(new HandoutPage(img, t.name(), points, prices));
		}
		return pages;
	}

	/** The built value at the end of the schedule (the quote's grand total when a curve is given). */
	public BigDecimal total() {
		return curve == null ? BigDecimal.ZERO : curve.total();
	}
}
