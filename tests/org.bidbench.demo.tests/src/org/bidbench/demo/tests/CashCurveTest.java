package org.bidbench.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.bidbench.demo.price.CashCurve;
import org.bidbench.demo.price.ClientQuote;
import org.bidbench.demo.price.ClientQuotes;
import org.bidbench.demo.sequence.ConstructionSchedule;
import org.bidbench.demo.sequence.ConstructionTask;
import org.bidbench.demo.sequence.StoreySequence;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.Test;

class CashCurveTest {

	@Test
	void sumsToTheQuoteTotalAndHitsTheMilestones() throws Exception {
		IfcModel model = DemoSamples.house();
		Set<String> meshed = DemoSamples.meshed(DemoSamples.houseGeometry());
		ConstructionSchedule schedule = StoreySequence.of(model, meshed, LocalDate.of(2027, 3, 1));
		ClientQuote quote = ClientQuotes.priceOnTheFly(model, true);
		assertTrue(quote.grandTotal().signum() > 0);
		CashCurve curve = CashCurve.of(schedule, quote);

		List<CashCurve.Point> points = curve.points();
		assertEquals(0, points.get(0).cumulative().signum(), "nothing is built the day before work starts");
		assertEquals(0, quote.grandTotal().compareTo(points.get(points.size() - 1).cumulative()),
				"the curve ends at the grand total " + quote.grandTotal());
		for (int i = 1; i < points.size(); i++) {
			assertTrue(points.get(i).cumulative().compareTo(points.get(i - 1).cumulative()) >= 0, "never falls");
		}
		// milestone amounts: the quote's 30 / 60 / 10 split of the grand total, all of it
		assertEquals(3, curve.milestones().size());
		BigDecimal sum = BigDecimal.ZERO;
		for (CashCurve.Mark m : curve.milestones()) {
			sum = sum.add(m.amount());
			assertEquals(0, sum.compareTo(m.cumulative()));
			// due on the first day the built value reaches the running total
			assertTrue(curve.at(m.day()).compareTo(m.cumulative()) >= 0, m + " is due when reached");
			assertTrue(curve.at(m.day().minusDays(1)).compareTo(m.cumulative()) < 0, m + " is not due earlier");
		}
		assertEquals(0, sum.compareTo(quote.grandTotal()));
		assertEquals(quote.grandTotal().multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_UP),
				curve.milestones().get(0).amount());

		// independently: at the end of the first task the curve stands at that task's share of the linked value
		ConstructionTask first = schedule.tasks().get(0);
		BigDecimal firstValue = BigDecimal.ZERO, linked = BigDecimal.ZERO;
		for (ClientQuote.Line l : quote.lines()) {
			for (String g : l.globalIds()) {
				ConstructionTask t = schedule.taskOf(g);
				if (t == null) {
					continue;
				}
				BigDecimal share = l.amount().divide(BigDecimal.valueOf(l.globalIds().size()), MathContext.DECIMAL64);
				linked = linked.add(share);
				if (t == first) {
					firstValue = firstValue.add(share);
				}
			}
		}
		BigDecimal expected = quote.grandTotal().multiply(firstValue).divide(linked, 2, RoundingMode.HALF_UP);
		assertEquals(0, expected.subtract(curve.at(first.finish())).abs().compareTo(new BigDecimal("0.02")) <= 0 ? 0 : 1,
				"after the first task: " + curve.at(first.finish()) + " expected " + expected);
	}

	@Test
	void theClientQuoteCarriesNoCostOrMargin() {
		for (var c : List.of(ClientQuote.class, ClientQuote.Line.class, ClientQuote.Milestone.class, CashCurve.class,
				CashCurve.Point.class, CashCurve.Mark.class)) {
			for (var component : c.getRecordComponents()) {
				String name = component.getName().toLowerCase();
				assertTrue(!name.contains("cost") && !name.contains("margin") && !name.contains("approv")
						&& !name.contains("note") && !name.contains("opportunit"), c.getSimpleName() + "." + name);
				assertTrue(!component.getType().getName().startsWith("org.bidbench.sales.model"),
						c.getSimpleName() + "." + name + " refers to the sales model");
			}
		}
	}
}
