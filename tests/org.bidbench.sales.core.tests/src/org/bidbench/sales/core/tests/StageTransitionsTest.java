package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.process.RuleCheck;
import org.bidbench.sales.core.process.StageTransitions;
import org.bidbench.sales.core.quote.QuoteApprovals;
import org.bidbench.sales.core.workspace.WorkspaceHistory;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.Quote;
import org.junit.jupiter.api.Test;

class StageTransitionsTest {

	private final SalesFixture fx = new SalesFixture();
	private final Instant t0 = Instant.parse("2026-03-02T09:00:00Z");

	@Test
	void leavingQualificationNeedsTheRequirementsReport() {
		Opportunity o = fx.opportunity("O1", "stage-qualification", t0);
		RuleCheck check = StageTransitions.check(o, fx.stage("stage-solution"));
		assertFalse(check.isAllowed());
		assertEquals("Cannot move Opportunity O1 'Depot O1' from 'Qualification' to 'Solution': gate 'Requirements analysis"
				+ " report' of stage 'Qualification' is not met (no 'requirements-analysis' deliverable accepted by the"
				+ " technical lead; responsible: sales lead).", check.message());

		fx.acceptedReport(o, t0.plusSeconds(3600));
		StageTransitions.move(o, fx.stage("stage-solution"), fx.sales, t0.plusSeconds(7200), "report accepted");
		assertEquals("stage-solution", o.getStage().getId());
		assertEquals(2, o.getStageHistory().size());
	}

	@Test
	void skippingStagesNeedsTheirGatesButNotAnOptionalBid() {
		Opportunity o = fx.opportunity("O1", "stage-quote", t0);
		RuleCheck refused = StageTransitions.check(o, fx.stage("stage-negotiation"));
		assertEquals(1, refused.reasons().size(), refused::message);
		assertTrue(refused.message().contains("gate 'Quote released' of stage 'Quote' is not met (no quote revision has been"
				+ " released; a quote is released only after technical review and finance cost estimate are approved)"));

		Quote q = fx.quote(o, "10 x 600");
		QuoteApprovals.approve(q, fx.tech, t0, "ok");
		QuoteApprovals.approve(q, fx.finance, t0, "ok");
		QuoteApprovals.release(q, t0.plusSeconds(60));
		assertTrue(StageTransitions.check(o, fx.stage("stage-negotiation")).isAllowed(), "the bid stage is optional");
	}

	@Test
	void contractSignedGateWinsTheOpportunityOnlyWithAContract() {
		Opportunity o = fx.opportunity("O1", "stage-contract", t0);
		RefusedException e = assertThrows(RefusedException.class,
				() -> StageTransitions.move(o, fx.stage("stage-execution"), fx.sales, t0, null));
		assertTrue(e.getMessage().contains("gate 'Contract signed' of stage 'Contract approval' is not met (no signed contract)"));
		var contract = fx.f.createContract();
		contract.setId("K1");
		contract.setSignedOn(java.time.LocalDate.of(2026, 3, 5));
		o.setContract(contract);
		StageTransitions.move(o, fx.stage("stage-execution"), fx.sales, t0, null);
		assertEquals(OpportunityStatus.WON, o.getStatus());
		assertEquals(t0, o.getClosedAt());
	}

	@Test
	void movingBackIsAlwaysAllowedAndLosingNeedsAReason() {
		Opportunity o = fx.opportunity("O1", "stage-solution", t0);
		StageTransitions.move(o, fx.stage("stage-qualification"), fx.sales, t0, "client changed scope");
		assertEquals("stage-qualification", o.getStage().getId());
		RefusedException e = assertThrows(RefusedException.class, () -> StageTransitions.markLost(o, " ", null, t0));
		assertEquals("Opportunity O1 cannot be closed lost without a reason.", e.getMessage());
		StageTransitions.markLost(o, "price too high", "AECOM", t0);
		assertEquals(OpportunityStatus.LOST, o.getStatus());
		assertFalse(StageTransitions.check(o, fx.stage("stage-solution")).isAllowed());
	}

	@Test
	void aMoveCanBeUndoneAndRedone() {
		Opportunity o = fx.opportunity("O1", "stage-qualification", t0);
		fx.acceptedReport(o, t0);
		WorkspaceHistory history = new WorkspaceHistory(fx.ws);
		history.perform("move to solution",
				() -> StageTransitions.move(o, fx.stage("stage-solution"), fx.sales, t0.plusSeconds(60), null));
		assertEquals("stage-solution", o.getStage().getId());
		history.undo();
		assertEquals("stage-qualification", o.getStage().getId());
		assertEquals(1, o.getStageHistory().size());
		history.redo();
		assertEquals("stage-solution", o.getStage().getId());
		assertEquals(2, o.getStageHistory().size());
	}
}
