package org.bidbench.demo.price;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.demo.sequence.ConstructionSchedule;
import org.bidbench.demo.sequence.ConstructionTask;

/**
 * The cumulative value of what is built, day by day, from the client prices of the quote lines
 * that cover the built elements: an S-curve under the 4D timeline, with the payment milestones
 * marked where they fall due.
 *
 * <p>Each line's amount is split evenly over its elements; an element's value is earned as its task
 * progresses (evenly over the task's days). What no scheduled element carries (lines without
 * elements, elements the schedule does not build, the quote discount and the VAT) is earned in
 * proportion, so that the curve ends exactly at the grand total. A milestone with a planned date is
 * marked on that date; one without (a quote's proposed schedule) falls due on the first day the
 * curve reaches the milestones' running total.
 *
 * @param currency ISO code
 * @param total the grand total, where the curve ends
 * @param points one per day from the day before the schedule starts to its last day
 * @param milestones the payment milestones on the curve
 */
public record CashCurve(String currency, BigDecimal total, List<Point> points, List<Mark> milestones) {

	/** The value built by the end of a day. */
	public record Point(LocalDate day, BigDecimal cumulative) {
	}

	/**
	 * A payment milestone on the curve.
	 *
	 * @param name the milestone
	 * @param amount what it pays
	 * @param cumulative the milestones' running total up to and including this one
	 * @param day when it falls due
	 */
	public record Mark(String name, BigDecimal amount, BigDecimal cumulative, LocalDate day) {
	}

	public CashCurve {
		points = List.copyOf(points);
		milestones = List.copyOf(milestones);
	}

	public static CashCurve of(ConstructionSchedule schedule, ClientQuote quote) {
		int scale = quote.grandTotal().scale() < 0 ? 0 : Math.max(2, quote.grandTotal().scale());
		Map<String, BigDecimal> valueOf = new LinkedHashMap<>();
		for (ClientQuote.Line line : quote.lines()) {
			List<String> built = line.globalIds().stream().filter(g -> schedule.taskOf(g) != null).toList();
			if (built.isEmpty() || line.amount().signum() == 0) {
				continue;
			}
			BigDecimal share = line.amount().divide(BigDecimal.valueOf(line.globalIds().size()), MathContext.DECIMAL64);
			for (String g : built) {
				valueOf.merge(g, share, BigDecimal::add);
			}
		}
		Map<ConstructionTask, BigDecimal> taskValue = new LinkedHashMap<>();
		BigDecimal linked = BigDecimal.ZERO;
		for (Map.Entry<String, BigDecimal> e : valueOf.entrySet()) {
			taskValue.merge(schedule.taskOf(e.getKey()), e.getValue(), BigDecimal::add);
			linked = linked.add(e.getValue());
		}
		List<Point> points = new ArrayList<>();
		LocalDate first = schedule.start().minusDays(1);
		for (LocalDate d = first; !d.isAfter(schedule.finish()); d = d.plusDays(1)) {
			BigDecimal built = BigDecimal.ZERO;
			boolean all = true;
			for (ConstructionTask t : schedule.tasks()) {
				BigDecimal v = taskValue.get(t);
				if (v == null) {
					continue;
				}
				double p = t.progress(d);
				all &= p >= 1;
				built = built.add(p >= 1 ? v : v.multiply(BigDecimal.valueOf(p)));
			}
			BigDecimal cumulative;
			if (linked.signum() == 0) {
				// nothing is linked to the model: earn the total evenly over the schedule
				long days = schedule.finish().toEpochDay() - first.toEpochDay();
				cumulative = quote.grandTotal().multiply(BigDecimal.valueOf(d.toEpochDay() - first.toEpochDay()))
						.divide(BigDecimal.valueOf(days), scale, RoundingMode.HALF_UP);
			} else if (all) {
				cumulative = quote.grandTotal(); // exact at the end, whatever the divisions rounded
			} else {
				cumulative = quote.grandTotal().multiply(built).divide(linked, scale, RoundingMode.HALF_UP);
			}
			points.add(new Point(d, cumulative));
		}
		List<Mark> marks = new ArrayList<>();
		BigDecimal running = BigDecimal.ZERO;
		for (ClientQuote.Milestone m : quote.milestones()) {
			running = running.add(m.amount());
			LocalDate due = m.plannedDate();
			if (due == null) {
				due = schedule.finish();
				for (Point p : points) {
					if (p.cumulative().compareTo(running) >= 0) {
						due = p.day();
						break;
					}
				}
			}
			marks.add(new Mark(m.name(), m.amount(), running, due));
		}
		return new CashCurve(quote.currency(), quote.grandTotal(), points, marks);
	}

	/** The value built by the end of {@code day}: 0 before the schedule, the total after it. */
	public BigDecimal at(LocalDate day) {
		if (day.isBefore(points.get(0).day())) {
			return BigDecimal.ZERO;
		}
		BigDecimal last = BigDecimal.ZERO;
		for (Point p : points) {
			if (p.day().isAfter(day)) {
				break;
			}
			last = p.cumulative();
		}
		return last;
	}
}
