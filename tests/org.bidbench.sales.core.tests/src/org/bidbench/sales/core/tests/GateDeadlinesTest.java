package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Opportunity;
import org.junit.jupiter.api.Test;

class GateDeadlinesTest {

	private final SalesFixture fx = new SalesFixture();

	@Test
	void requirementsReportIsDue48HoursAfterTheFirstVisit() {
		Opportunity o = fx.opportunity("O1", "stage-qualification", Instant.parse("2026-03-01T08:00:00Z"));
		GateDeadline before = GateDeadlines.of(o).get(0);
		assertNull(before.dueAt(), "no visit yet, so nothing is due");

		fx.visit(o, Instant.parse("2026-03-03T09:00:00Z"));
		fx.visit(o, Instant.parse("2026-03-02T14:30:00Z")); // logged later, happened earlier: the first visit
		GateDeadline deadline = GateDeadlines.of(o).get(0);
		assertEquals(Instant.parse("2026-03-04T14:30:00Z"), deadline.dueAt());
		assertEquals(fx.sales, deadline.responsible());

		assertFalse(deadline.isOverdue(Instant.parse("2026-03-04T14:30:00Z")), "due at that moment is not yet overdue");
		assertTrue(deadline.isOverdue(Instant.parse("2026-03-04T14:30:01Z")));
		assertEquals(List.of(deadline.gate()),
				GateDeadlines.overdue(fx.ws, Instant.parse("2026-03-05T00:00:00Z")).stream().map(GateDeadline::gate).toList());
	}

	@Test
	void reportAcceptedOnTimeOrLate() {
		Opportunity o = fx.opportunity("O1", "stage-qualification", Instant.parse("2026-03-01T08:00:00Z"));
		fx.visit(o, Instant.parse("2026-03-02T14:30:00Z"));
		fx.acceptedReport(o, Instant.parse("2026-03-04T14:30:00Z"));
		assertTrue(GateDeadlines.of(o).get(0).isMetOnTime());
		o.getDeliverables().get(0).setReviewedAt(Instant.parse("2026-03-04T15:00:00Z"));
		GateDeadline late = GateDeadlines.of(o).get(0);
		assertTrue(late.isMet());
		assertFalse(late.isMetOnTime());
		assertTrue(GateDeadlines.open(fx.ws).isEmpty());
	}

	@Test
	void dueInTheNextDaysPerPerson() {
		Instant now = Instant.parse("2026-03-10T00:00:00Z");
		Opportunity a = fx.opportunity("O1", "stage-qualification", now);
		fx.visit(a, Instant.parse("2026-03-09T12:00:00Z")); // report due 03-11 12:00, sales lead
		Opportunity b = fx.opportunity("O2", "stage-solution", Instant.parse("2026-03-05T00:00:00Z")); // due 03-15, technical lead
		Opportunity c = fx.opportunity("O3", "stage-quote", Instant.parse("2026-03-01T00:00:00Z")); // due 03-15, commercial lead
		Opportunity d = fx.opportunity("O4", "stage-solution", Instant.parse("2026-02-20T00:00:00Z")); // due 03-02: overdue

		Map<Employee, List<GateDeadline>> week = GateDeadlines.dueWithin(fx.ws, now, 7);
		assertEquals(List.of(a), week.get(fx.sales).stream().map(GateDeadline::opportunity).toList());
		assertEquals(List.of(b), week.get(fx.tech).stream().map(GateDeadline::opportunity).toList());
		assertEquals(List.of(c), week.get(fx.commercial).stream().map(GateDeadline::opportunity).toList());
		assertEquals(Instant.parse("2026-03-15T00:00:00Z"), week.get(fx.commercial).get(0).dueAt());
		Map<Employee, List<GateDeadline>> twoDays = GateDeadlines.dueWithin(fx.ws, now, 2);
		assertEquals(1, twoDays.size());
		assertEquals(List.of(d), GateDeadlines.overdue(fx.ws, now).stream().map(GateDeadline::opportunity).toList());
	}
}
