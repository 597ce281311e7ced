package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bidbench.sales.core.forecast.ForecastCategories;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.risk.RiskAcknowledgements;
import org.bidbench.sales.core.risk.RiskFlag;
import org.bidbench.sales.core.risk.RiskFlags;
import org.bidbench.sales.model.CompetitorSighting;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.ForecastCategory;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.StageChange;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PaymentMilestone;
import org.junit.jupiter.api.Test;

class RiskFlagsTest {

	@Test
	void flagsOverdueGateStalledStageNoDecisionMakerAndLateCollection() {
		SalesFixture fx = new SalesFixture();
		Instant now = Instant.parse("2026-06-01T00:00:00Z");
		Opportunity o = fx.opportunity("O1", "stage-qualification", Instant.parse("2026-04-01T00:00:00Z"));
		fx.visit(o, Instant.parse("2026-04-02T09:00:00Z"));
		Contract k = fx.f.createContract();
		k.setId("K1");
		PaymentMilestone m = fx.f.createPaymentMilestone();
		m.setName("Advance");
		m.setAmount(Money.of("300000", "CNY"));
		m.setDueDate(LocalDate.of(2026, 5, 1));
		k.getMilestones().add(m);
		o.setContract(k);

		List<RiskFlag> flags = RiskFlags.of(o, now);
		assertEquals(List.of(RiskFlag.Kind.OVERDUE_GATE, RiskFlag.Kind.STALLED_STAGE, RiskFlag.Kind.NO_DECISION_MAKER,
				RiskFlag.Kind.NO_RECENT_ACTIVITY, RiskFlag.Kind.OVERDUE_COLLECTION), flags.stream().map(RiskFlag::kind).toList());
		assertEquals(fx.sales, flags.get(0).owner(), "the gate's responsible role: the sales lead");
		assertEquals("O1 'Depot O1': no activity for 59 days (last on 2026-04-02).", flags.get(3).message());
		assertEquals(fx.commercial, flags.get(4).owner(), "no project manager: the commercial lead chases the payment");
		assertTrue(flags.stream().allMatch(f -> f.nextStep() != null && !f.nextStep().isBlank() && f.isNew()));
		assertEquals("O1 'Depot O1': gate 'Requirements analysis report' was due 2026-04-04T09:00:00Z (王伟).",
				flags.get(0).message());
		assertEquals("O1 'Depot O1' has been in stage 'Qualification' for 61 days.", flags.get(1).message());
		assertEquals("O1 'Depot O1': payment 'Advance' of 300000 CNY was due 2026-05-01 and is not collected.",
				flags.get(4).message());
	}

	@Test
	void aLateCompetitorAndTooManyRevisionsAreFlaggedAndAnAcknowledgedFlagStopsBeingNew() {
		SalesFixture fx = new SalesFixture();
		Instant now = Instant.parse("2026-06-01T00:00:00Z");
		Opportunity o = fx.opportunity("O1", "stage-qualification", Instant.parse("2026-05-01T00:00:00Z"));
		fx.visit(o, Instant.parse("2026-05-30T09:00:00Z"));
		StageChange quote = fx.f.createStageChange();
		quote.setStage(fx.stage("stage-quote"));
		quote.setEnteredAt(Instant.parse("2026-05-20T00:00:00Z"));
		o.getStageHistory().add(quote);
		o.setStage(fx.stage("stage-quote"));
		for (String[] sighting : new String[][]{{"AECOM", "2026-05-02T00:00:00Z"}, {"Jacobs", "2026-05-25T00:00:00Z"}}) {
			CompetitorSighting s = fx.f.createCompetitorSighting();
			s.setCompetitor(sighting[0]);
			s.setAddedAt(Instant.parse(sighting[1]));
			o.getCompetitorSightings().add(s);
			o.getCompetitors().add(sighting[0]);
		}
		for (int r = 1; r <= 4; r++) {
			Quote q = fx.f.createQuote();
			q.setId("Q" + r);
			q.setRevision(r);
			q.setCreatedAt(Instant.parse("2026-05-2" + r + "T00:00:00Z"));
			o.getQuotes().add(q);
		}
		List<RiskFlag> flags = RiskFlags.of(o, now).stream()
				.filter(f -> f.kind() == RiskFlag.Kind.LATE_COMPETITOR || f.kind() == RiskFlag.Kind.MANY_QUOTE_REVISIONS).toList();
		assertEquals(2, flags.size(), flags.toString());
		assertEquals("late-competitor/Jacobs", flags.get(0).key(), "AECOM was known from the start");
		assertEquals("O1 'Depot O1': competitor Jacobs came in late, in stage 'Quote' on 2026-05-25.", flags.get(0).message());
		assertEquals(fx.sales, flags.get(0).owner());
		assertEquals("many-quote-revisions/4", flags.get(1).key());
		assertEquals(fx.commercial, flags.get(1).owner());

		RefusedException empty = assertThrows(RefusedException.class,
				() -> RiskAcknowledgements.acknowledge(flags.get(0), fx.manager, " ", now));
		assertTrue(empty.getMessage().contains("needs a comment"), empty.getMessage());
		assertTrue(o.getRiskAcknowledgements().isEmpty(), "a refused acknowledgement changes nothing");
		RiskAcknowledgements.acknowledge(flags.get(0), fx.manager, "Asked the client; Jacobs was invited for a price check only.", now);
		RiskFlag again = RiskFlags.of(o, now).stream().filter(f -> f.key().equals("late-competitor/Jacobs")).findFirst().orElseThrow();
		assertFalse(again.isNew());
		assertEquals(fx.manager, again.acknowledgement().getAcknowledgedBy());
		assertTrue(RiskFlags.unacknowledged(fx.ws, now).stream().noneMatch(f -> f.key().equals("late-competitor/Jacobs")));
		assertThrows(RefusedException.class, () -> RiskAcknowledgements.acknowledge(again, fx.manager, "twice", now));
	}

	@Test
	void forecastCategoriesFollowTheProbabilityUntilAPersonSetsOne() {
		SalesFixture fx = new SalesFixture();
		Opportunity o = fx.opportunity("O1", "stage-quote", Instant.parse("2026-05-01T00:00:00Z"));
		assertEquals(ForecastCategory.COMMIT, ForecastCategories.of(o, 0.70));
		assertEquals(ForecastCategory.BEST_CASE, ForecastCategories.of(o, 0.69));
		assertEquals(ForecastCategory.BEST_CASE, ForecastCategories.of(o, 0.40));
		assertEquals(ForecastCategory.PIPELINE, ForecastCategories.of(o, 0.39));
		ForecastCategories.set(o, ForecastCategory.PIPELINE);
		assertEquals(ForecastCategory.PIPELINE, ForecastCategories.of(o, 0.95));
		assertTrue(ForecastCategories.isSet(o));
		ForecastCategories.set(o, null);
		assertFalse(ForecastCategories.isSet(o));
		assertEquals(ForecastCategory.COMMIT, ForecastCategories.of(o, 0.95));
		assertEquals(ForecastCategory.BEST_CASE, ForecastCategories.parse("best-case"));
		assertThrows(IllegalArgumentException.class, () -> ForecastCategories.parse("maybe"));
	}
}
