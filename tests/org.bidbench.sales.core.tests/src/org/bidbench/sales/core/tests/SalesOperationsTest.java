package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.operations.TeamRole;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.quote.takeoff.TakeoffQuantity;
import org.bidbench.sales.core.quote.takeoff.TakeoffSource;
import org.bidbench.sales.model.Activity;
import org.bidbench.sales.model.ActivityKind;
import org.bidbench.sales.model.Attitude;
import org.bidbench.sales.model.BuyingRole;
import org.bidbench.sales.model.Contact;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.CustomerTier;
import org.bidbench.sales.model.Deliverable;
import org.bidbench.sales.model.DeliverableStatus;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.FollowUpTask;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.LeadStatus;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.PriceRule;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.core.quote.QuoteApprovalRequirements;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SalesOperationsTest {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private final SalesFixture fx = new SalesFixture();
	private final Employee pm = pm();
	private final SalesOperations ops = new SalesOperations(fx.ws, Clock.fixed(NOW, ZoneOffset.UTC));

	private Employee pm() {
		Employee e = fx.f.createEmployee();
		e.setId("E6");
		e.setName("Zhou Tao");
		e.setRole(EmployeeRole.PROJECT_MANAGER);
		fx.ws.getEmployees().add(e);
		return e;
	}

	/** Runs a refused operation: its message contains each fragment and the workspace is as before, to the last attribute. */
	private String refused(Executable operation, String... fragments) {
		SalesWorkspace before = EcoreUtil.copy(fx.ws);
		RefusedException e = assertThrows(RefusedException.class, operation);
		for (String fragment : fragments) {
			assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
		}
		assertTrue(new EcoreUtil.EqualityHelper().equals(before, fx.ws), "a refused operation changed the workspace: " + e.getMessage());
		return e.getMessage();
	}

	private Opportunity newOpportunity() {
		return ops.createOpportunity(fx.customer, "Depot lighting", Money.of("1200000", "CNY"), fx.sales);
	}

	// --- customers, contacts ----------------------------------------------------------------

	@Test
	void importedIdsWithHugeNumbersNeitherCrashNorSlowTheNextId() {
		// An import may bring ids no counter made: 40 digits (beyond an int) and a long digit run
		// followed by a letter (quadratic for a regular expression searching for trailing digits).
		Customer big = fx.f.createCustomer();
		big.setId("C" + "9".repeat(40));
		big.setName("Imported with a long id");
		fx.ws.getCustomers().add(big);
		Customer odd = fx.f.createCustomer();
		odd.setId("C" + "1".repeat(200_000) + "x");
		odd.setName("Imported with a digit run");
		fx.ws.getCustomers().add(odd);
		Customer c = ops.createCustomer("Shenzhen Metro", "transport", "South", CustomerTier.KEY);
		assertEquals("C002", c.getId(), "the counter continues from the ids it made, ignoring the imported ones");
	}

	@Test
	void customersAndContactsAreCreatedAndEdited() {
		Customer c = ops.createCustomer("Shenzhen Metro", "transport", "South", CustomerTier.KEY);
		assertEquals("C002", c.getId());
		ops.editCustomer(c, "深圳地铁集团", "rail transport", "South", CustomerTier.STRATEGIC);
		assertEquals("深圳地铁集团", c.getName());
		assertEquals(CustomerTier.STRATEGIC, c.getTier());
		Contact p = ops.addContact(c, "Liu Yang", "Chief engineer", BuyingRole.TECHNICAL_EVALUATOR, null);
		assertEquals("C002-P1", p.getId());
		assertEquals(Attitude.NEUTRAL, p.getAttitude());
		ops.editContact(p, "Liu Yang", "Chief engineer", "liu@example.cn", "+86 755", BuyingRole.DECISION_MAKER, Attitude.CHAMPION);
		assertEquals(BuyingRole.DECISION_MAKER, p.getBuyingRole());
		assertEquals(Attitude.CHAMPION, p.getAttitude());

		refused(() -> ops.createCustomer(" ", null, null, null), "needs a name");
		refused(() -> ops.createCustomer("杭州地铁集团有限公司", null, null, null), "exists already as C1");
		refused(() -> ops.editCustomer(c, "杭州地铁集团有限公司", null, null, null), "C1 has that name");
		refused(() -> ops.addContact(c, "Wang", null, null, null), "needs a buying role", "decision maker");
	}

	// --- leads ------------------------------------------------------------------------------

	@Test
	void aLeadIsQualifiedAndConvertedKeepingTheLink() {
		Lead lead = ops.createLead("Depot lighting retrofit", fx.customer, "trade fair", null, fx.sales);
		assertEquals("L001", lead.getId());
		assertEquals("East", lead.getRegion());
		ops.qualifyLead(lead);
		assertEquals(LeadStatus.QUALIFYING, lead.getStatus());
		Opportunity o = ops.convertLead(lead, null, Money.of("800000", "CNY"), fx.sales);
		assertSame(o, lead.getOpportunity());
		assertEquals(LeadStatus.CONVERTED, lead.getStatus());
		assertEquals("Depot lighting retrofit", o.getName());
		assertTrue(o.getSource().contains("L001"), o.getSource());
		assertSame(fx.sales, o.getTeam().getSalesLead());
		assertSame(fx.ws.getProcess().getStages().get(0), o.getStage());

		refused(() -> ops.convertLead(lead, null, null, fx.sales), "Lead L001 is converted", "only a new or qualifying lead");
		refused(() -> ops.qualifyLead(lead), "only a new lead can be qualified");
		Lead anonymous = ops.createLead("Someone called", null, null, null, null);
		refused(() -> ops.convertLead(anonymous, null, null, fx.sales), "has no customer", "set the customer");
	}

	@Test
	void aLeadIsDroppedOnlyWithAReason() {
		Lead lead = ops.createLead("Office fit-out", fx.customer, null, null, null);
		refused(() -> ops.dropLead(lead, ""), "cannot be dropped without a reason", "say why");
		ops.dropLead(lead, "no budget this year");
		assertEquals(LeadStatus.DISCARDED, lead.getStatus());
		assertEquals("no budget this year", lead.getDropReason());
		refused(() -> ops.dropLead(lead, "again"), "discarded already");
	}

	// --- opportunities ----------------------------------------------------------------------

	@Test
	void anOpportunityIsCreatedEditedAndGetsCompetitorsAndRisks() {
		Opportunity o = newOpportunity();
		assertEquals("O0001", o.getId());
		assertEquals(OpportunityStatus.OPEN, o.getStatus());
		assertEquals(NOW, o.getCreatedAt());
		assertEquals(1, o.getStageHistory().size());
		ops.editOpportunity(o, "Depot lighting, phase 1", Money.of("900000", "CNY"), LocalDate.parse("2026-09-30"), 30);
		assertEquals(30, o.getProbability());
		assertEquals(LocalDate.parse("2026-09-30"), o.getExpectedClose());
		ops.addCompetitor(o, "Huadong Engineering");
		ops.addRisk(o, "Decision maker unknown");
		assertEquals(List.of("Huadong Engineering"), o.getCompetitors());
		ops.removeRisk(o, "Decision maker unknown");
		assertTrue(o.getRisks().isEmpty());

		refused(() -> ops.createOpportunity(fx.customer, "Depot", Money.of("-1", "CNY"), fx.sales), "cannot be negative");
		refused(() -> ops.createOpportunity(fx.customer, "Depot", Money.of("10", "USD"), fx.sales), "reports in CNY");
		refused(() -> ops.editOpportunity(o, "x", null, null, 140), "from 0 to 100, not 140");
		refused(() -> ops.addCompetitor(o, "Huadong Engineering"), "already");
		refused(() -> ops.removeCompetitor(o, "Nobody Ltd"), "lists no competitor 'Nobody Ltd'");
	}

	@Test
	void aMovePastAnUnmetGateNamesTheGateItsRoleAndWhatToDo() {
		Opportunity o = newOpportunity();
		ops.moveToStage(o, ops.stage("Qualification"), fx.sales, null);
		assertEquals("stage-qualification", o.getStage().getId());
		assertEquals(10, o.getProbability());
		String message = refused(() -> ops.moveToStage(o, ops.stage("solution"), fx.sales, null),
				"gate 'Requirements analysis report'", "responsible: sales lead (王伟)", "to do: submit the 'requirements-analysis' deliverable",
				"technical lead accept it");
		assertFalse(message.contains("\n"));
		refused(() -> ops.stage("Closing"), "Unknown stage 'Closing'", "Qualification (stage-qualification)");
		// moving back is rework and always allowed
		ops.moveToStage(o, ops.stage("Lead"), fx.sales, "customer paused");
		assertEquals("stage-lead", o.getStage().getId());
	}

	@Test
	void closingLostNeedsAReasonAndKeepsTheWinner() {
		Opportunity o = newOpportunity();
		refused(() -> ops.closeLost(o, " ", "Huadong", fx.sales), "without a reason", "win/loss analysis");
		ops.closeLost(o, "price 12 % above the winner", "Huadong Engineering", fx.sales);
		assertEquals(OpportunityStatus.LOST, o.getStatus());
		assertEquals("Huadong Engineering", o.getWinningCompetitor());
		assertTrue(o.getCompetitors().contains("Huadong Engineering"));
		assertEquals(NOW, o.getClosedAt());
		refused(() -> ops.moveToStage(o, ops.stage("Qualification"), fx.sales, null), "closed lost", "open a new opportunity");
		refused(() -> ops.closeLost(o, "again", null, fx.sales), "is lost; only an open opportunity");
	}

	// --- team -------------------------------------------------------------------------------

	@Test
	void theTeamIsFilledSeatBySeatAndEmptySeatsAreListed() {
		Opportunity o = newOpportunity();
		assertEquals(List.of(TeamRole.TECHNICAL, TeamRole.COMMERCIAL, TeamRole.PROJECT_MANAGER), SalesOperations.emptyTeamRoles(o));
		ops.setTeamMember(o, TeamRole.TECHNICAL, fx.tech);
		ops.setTeamMember(o, TeamRole.COMMERCIAL, fx.commercial);
		ops.setTeamMember(o, TeamRole.PROJECT_MANAGER, pm);
		assertTrue(SalesOperations.emptyTeamRoles(o).isEmpty());
		assertSame(pm, o.getTeam().getProjectManager());
		Employee stranger = fx.f.createEmployee();
		stranger.setId("X9");
		refused(() -> ops.setTeamMember(o, TeamRole.SALES, stranger), "employee X9 is not part of this workspace");
		refused(() -> ops.employee("Nobody"), "Unknown employee 'Nobody'", "Emma Clarke (technical lead)");
	}

	// --- activities -------------------------------------------------------------------------

	@Test
	void activitiesHaveMinutesAndFollowUpsThatGetDone() {
		Opportunity o = newOpportunity();
		Activity visit = ops.logActivity(o, ActivityKind.VISIT, Instant.parse("2026-03-02T08:00:00Z"), null, null, fx.sales);
		assertEquals("O0001-A1", visit.getId());
		assertEquals("Visit", visit.getSubject());
		Activity meeting = ops.logActivity(o, ActivityKind.PROJECT_MEETING, NOW, "Weekly project meeting", "agreed scope", pm);
		assertEquals(ActivityKind.PROJECT_MEETING, meeting.getKind());
		ops.setMinutes(visit, "Client wants BIM-based quantities");
		assertEquals("Client wants BIM-based quantities", visit.getMinutes());
		FollowUpTask task = ops.addFollowUp(visit, "Send reference projects", fx.sales, Instant.parse("2026-03-04T10:00:00Z"));
		ops.completeFollowUp(task);
		assertTrue(task.isDone());
		assertEquals(NOW, task.getDoneAt());

		refused(() -> ops.logActivity(o, null, NOW, null, null, fx.sales), "needs a kind", "project meeting");
		refused(() -> ops.logActivity(o, ActivityKind.CALL, null, null, null, fx.sales), "needs the time");
		refused(() -> ops.addFollowUp(visit, "Call back", null, NOW), "needs an owner");
		refused(() -> ops.completeFollowUp(task), "already");
	}

	// --- deliverables -----------------------------------------------------------------------

	@Test
	void theRequirementsReportIsSubmittedReturnedResubmittedAndAcceptedByTheGatesRole() {
		Opportunity o = newOpportunity();
		ops.setTeamMember(o, TeamRole.TECHNICAL, fx.tech);
		ops.moveToStage(o, ops.stage("Qualification"), fx.sales, null);
		var gate = ops.gate("requirements-analysis");
		refused(() -> ops.submitDeliverable(o, gate, "", null, fx.sales), "needs the file");
		refused(() -> ops.submitDeliverable(o, ops.gate("gate-quote-released"), "x.pdf", null, fx.sales),
				"is not met by a document: to meet it, release a quote revision");
		Deliverable first = ops.submitDeliverable(o, gate, "reports/requirements-v1.docx", null, fx.sales);
		assertEquals(DeliverableStatus.SUBMITTED, first.getStatus());
		assertSame(gate, first.getGate());
		assertEquals("Requirements analysis report", first.getTitle());

		refused(() -> ops.submitDeliverable(o, gate, "again.docx", null, fx.sales), "awaits review by the technical lead");
		refused(() -> ops.reviewDeliverable(first, fx.commercial, true, null), "reviewed by the technical lead",
				"not by 李娜 (commercial lead)", "ask Emma Clarke");
		refused(() -> ops.reviewDeliverable(first, fx.tech, false, " "), "needs a comment");
		refused(() -> ops.moveToStage(o, ops.stage("Solution"), fx.sales, null), "O0001-D1 ('requirements-analysis') awaits review");

		ops.reviewDeliverable(first, fx.tech, false, "budget section missing");
		assertEquals(DeliverableStatus.REJECTED, first.getStatus());
		assertEquals("budget section missing", first.getReviewComment());
		refused(() -> ops.moveToStage(o, ops.stage("Solution"), fx.sales, null), "again (O0001-D1 was returned: budget section missing)");

		Deliverable second = ops.submitDeliverable(o, gate, "reports/requirements-v2.docx", null, fx.sales);
		ops.reviewDeliverable(second, fx.tech, true, "complete");
		assertEquals(DeliverableStatus.ACCEPTED, second.getStatus());
		assertSame(fx.tech, second.getReviewer());
		assertEquals(NOW, second.getReviewedAt());
		ops.moveToStage(o, ops.stage("Solution"), fx.sales, null);
		assertEquals("stage-solution", o.getStage().getId());
		refused(() -> ops.reviewDeliverable(second, fx.tech, true, null), "is accepted; only a submitted deliverable");
	}

	// --- quotes -----------------------------------------------------------------------------

	private static PriceCatalog catalog() {
		PriceCatalog catalog = org.bidbench.sales.model.SalesFactory.eINSTANCE.createPriceCatalog();
		catalog.setName("FZK catalog");
		catalog.setCurrency("CNY");
		item(catalog, "CON-C30", "m3", "520", "650");
		item(catalog, "DOOR-T1", "个", "1800", "2250");
		return catalog;
	}

	private static void item(PriceCatalog catalog, String code, String unit, String cost, String price) {
		CatalogItem item = org.bidbench.sales.model.SalesFactory.eINSTANCE.createCatalogItem();
		item.setCode(code);
		item.setUnit(unit);
		item.setDescription(code);
		item.setPriceRule(PriceRule.FIXED_PRICE);
		item.setUnitCost(Money.of(cost, "CNY"));
		item.setUnitPrice(Money.of(price, "CNY"));
		catalog.getItems().add(item);
	}

	/** Quantities of the FZK house (AC20) as a take-off gives them: walls and doors of the ground floor. */
	private static TakeoffSource takeoff(String itemOfDoors) {
		return new TakeoffSource("AC20-FZK-Haus.ifc", "sha", "general", "1.0.0", List.of(
				new TakeoffQuantity("walls | storey=Erdgeschoss", "CON-C30", "Walls", "m³", "Erdgeschoss", new BigDecimal("41.2"),
						List.of("2O2Fr$t4X7Zf8NOew3FLOH")),
				new TakeoffQuantity("doors | storey=Erdgeschoss", itemOfDoors, "Doors", "个", "Erdgeschoss", new BigDecimal("5"),
						List.of("0LV8Pk8kr5lBCvxKaPAhzA"))));
	}

	@Test
	void aQuoteIsApprovedByRoleReleasedRevisedAndOnlyItsChangedLineIsApprovedAgain() {
		Opportunity o = newOpportunity();
		ops.setTeamMember(o, TeamRole.TECHNICAL, fx.tech);
		refused(() -> ops.createQuoteRevision(o, takeoff("DOOR-X9"), catalog(), null, fx.sales), "no price in catalog 'FZK catalog'",
				"DOOR-X9", "add the prices");
		Quote r1 = ops.createQuoteRevision(o, takeoff("DOOR-T1"), catalog(), null, fx.sales);
		assertEquals(1, r1.getRevision());
		assertEquals(QuoteStatus.DRAFT, r1.getStatus());
		assertEquals(2, r1.getLines().size());

		refused(() -> ops.approveQuote(r1, fx.tech, null), "not in review", "submit it for review first");
		refused(() -> ops.releaseQuote(r1, fx.sales), "technical review by the technical lead is missing", "Submit it for review first");
		ops.submitQuoteForReview(r1);
		assertEquals(QuoteStatus.IN_REVIEW, r1.getStatus());
		refused(() -> ops.approveQuote(r1, fx.finance, "ok"), "needs the technical review (technical lead) before the finance cost estimate");
		refused(() -> ops.approveQuote(r1, fx.manager, "ok"), "张敏 (sales manager) has nothing to approve");
		refused(() -> ops.rejectQuote(r1, fx.tech, ""), "needs a comment");
		ops.approveQuote(r1, fx.tech, "quantities checked against the model");
		ops.approveQuote(r1, fx.finance, "margin fine");
		assertEquals(QuoteStatus.APPROVED, r1.getStatus());
		ops.releaseQuote(r1, fx.sales);
		assertEquals(QuoteStatus.RELEASED, r1.getStatus());
		assertEquals(NOW, r1.getReleasedAt());

		Quote r2 = ops.newQuoteRevision(r1, fx.sales);
		assertEquals(2, r2.getRevision());
		QuoteLine doors = r2.getLines().stream().filter(l -> l.getCostItemCode().equals("DOOR-T1")).findFirst().orElseThrow();
		refused(() -> ops.editQuoteLine(doors, new BigDecimal("-1"), doors.getUnitPrice(), null), "quantity of zero or more");
		refused(() -> ops.editQuoteLine(doors, doors.getQuantity(), doors.getUnitPrice(), new BigDecimal("120")), "from 0 to 100 %");
		ops.editQuoteLine(doors, doors.getQuantity(), Money.of("2100", "CNY"), null);
		ops.submitQuoteForReview(r2);
		// only the changed line lacks the technical approval; the walls line carried it over
		assertEquals(List.of(doors), QuoteApprovalRequirements.linesLackingApproval(r2, EmployeeRole.TECHNICAL_LEAD));
		refused(() -> ops.releaseQuote(r2, fx.sales), "missing for line(s) " + doors.getKey());
		ops.approveQuote(r2, fx.tech, null);
		ops.approveQuote(r2, fx.finance, null);
		assertEquals(1, r2.getApprovals().stream().filter(a -> !a.isCarriedOver() && a.getRole() == EmployeeRole.TECHNICAL_LEAD)
				.findFirst().orElseThrow().getLines().size());
		refused(() -> ops.newQuoteRevision(r1, fx.sales), "has a later revision (O0001-Q-r2)");
		ops.releaseQuote(r2, fx.sales);
		assertEquals(QuoteStatus.SUPERSEDED, r1.getStatus());
	}

	@Test
	void aRejectionByTheReviewingRoleSendsTheQuoteBackToDraft() {
		Opportunity o = newOpportunity();
		Quote r1 = ops.createQuoteRevision(o, takeoff("DOOR-T1"), catalog(), null, fx.sales);
		ops.submitQuoteForReview(r1);
		refused(() -> ops.rejectQuote(r1, fx.manager, "no"), "has nothing to review", "Next: the technical review by the technical lead");
		ops.rejectQuote(r1, fx.tech, "wall quantity looks doubled");
		assertEquals(QuoteStatus.DRAFT, r1.getStatus());
		refused(() -> ops.createQuoteRevision(o, takeoff("DOOR-T1"), catalog(), null, fx.sales), "is still draft");
	}

	// --- contract, milestones, collections --------------------------------------------------

	private Contract signedContract() {
		Opportunity o = newOpportunity();
		Quote r1 = ops.createQuoteRevision(o, takeoff("DOOR-T1"), catalog(), null, fx.sales);
		refused(() -> ops.createContract(o, null, null, fx.sales), "its latest quote quote O0001-Q-r1 (revision 1) is draft",
				"release it first");
		ops.submitQuoteForReview(r1);
		ops.approveQuote(r1, fx.tech, null);
		ops.approveQuote(r1, fx.finance, null);
		ops.releaseQuote(r1, fx.sales);
		return ops.createContract(o, null, LocalDate.parse("2026-03-10"), fx.commercial);
	}

	@Test
	void theContractComesFromTheReleasedQuoteAndItsMilestonesAddUpToItsValue() {
		Contract c = signedContract();
		Opportunity o = (Opportunity) c.eContainer();
		// 41.2 m3 x 650 + 5 x 2250
		assertEquals(Money.of("38030.00", "CNY"), c.getValue());
		assertEquals("HT-2026-0001", c.getNumber());
		assertEquals(QuoteStatus.ACCEPTED, c.getQuote().getStatus());
		refused(() -> ops.createContract(o, null, null, fx.sales), "has contract O0001-K already");

		ops.addMilestone(c, "Advance payment", new BigDecimal("30"), LocalDate.parse("2026-03-17"), LocalDate.parse("2026-03-31"));
		ops.addMilestone(c, "Completion", new BigDecimal("60"), LocalDate.parse("2026-06-30"), LocalDate.parse("2026-07-31"));
		refused(() -> ops.addMilestone(c, "Retention", new BigDecimal("15"), null, null), "would bring the milestones to 105 %",
				"at most 10 % is left");
		PaymentMilestone last = ops.addMilestone(c, "Retention", new BigDecimal("10"), LocalDate.parse("2027-06-30"), null);
		Money sum = Money.zero("CNY");
		for (PaymentMilestone m : c.getMilestones()) {
			sum = sum.plus(m.getAmount());
		}
		assertEquals(c.getValue(), sum);
		assertEquals(Money.of("3803.00", "CNY"), last.getAmount());
	}

	@Test
	void collectionsArePartialOrFullAndNeverAboveWhatIsDue() {
		Contract c = signedContract();
		PaymentMilestone advance = ops.addMilestone(c, "Advance payment", new BigDecimal("30"), null, null);
		ops.addMilestone(c, "Rest", new BigDecimal("70"), null, null);
		refused(() -> ops.recordCollection(c, 1, Money.of("100", "CNY"), LocalDate.parse("2026-03-20")), "has not been invoiced",
				"record its invoice");
		ops.markDelivered(c, 1, LocalDate.parse("2026-03-15"));
		ops.markInvoiced(c, 1, LocalDate.parse("2026-03-15"));
		refused(() -> ops.recordCollection(c, 3, Money.of("100", "CNY"), LocalDate.parse("2026-03-20")), "there is no milestone 3",
				"from 1 to 2");
		refused(() -> ops.recordCollection(c, 1, Money.of("100", "CNY"), LocalDate.parse("2026-03-01")), "before its invoice");
		ops.recordCollection(c, 1, Money.of("5000", "CNY"), LocalDate.parse("2026-03-20"));
		assertEquals(Money.of("6409.00", "CNY"), SalesOperations.outstanding(advance));
		refused(() -> ops.recordCollection(c, 1, Money.of("7000", "CNY"), LocalDate.parse("2026-03-25")),
				"Cannot record 7000 CNY against milestone 1 'Advance payment' of contract O0001-K", "only 6409.00 CNY",
				"record at most 6409.00 CNY");
		ops.recordCollection(c, 1, Money.of("6409.00", "CNY"), LocalDate.parse("2026-03-25"));
		assertEquals(advance.getAmount(), advance.getCollectedAmount());
		assertEquals(LocalDate.parse("2026-03-25"), advance.getCollectedOn());
		assertEquals(0, SalesOperations.outstanding(advance).signum());
	}

	// --- undo -------------------------------------------------------------------------------

	@Test
	void anOperationRunInAChangeCommandIsUndoneAndRedone() {
		Opportunity o = newOpportunity();
		ops.setTeamMember(o, TeamRole.TECHNICAL, fx.tech);
		SalesWorkspace before = EcoreUtil.copy(fx.ws);
		BasicCommandStack stack = new BasicCommandStack();
		var gate = ops.gate("requirements-analysis");
		stack.execute(new ChangeCommand(fx.ws) {
			@Override
			protected void doExecute() {
				ops.moveToStage(o, ops.stage("Qualification"), fx.sales, null);
				ops.logActivity(o, ActivityKind.VISIT, NOW, null, null, fx.sales);
				Deliverable d = ops.submitDeliverable(o, gate, "req.docx", null, fx.sales);
				ops.reviewDeliverable(d, fx.tech, true, null);
				ops.moveToStage(o, ops.stage("Solution"), fx.sales, null);
			}
		});
		assertEquals("stage-solution", o.getStage().getId());
		SalesWorkspace after = EcoreUtil.copy(fx.ws);
		assertTrue(stack.canUndo());
		stack.undo();
		assertTrue(new EcoreUtil.EqualityHelper().equals(before, fx.ws), "undo left changes behind");
		assertEquals("stage-lead", o.getStage().getId());
		assertTrue(o.getDeliverables().isEmpty());
		stack.redo();
		assertTrue(new EcoreUtil.EqualityHelper().equals(after, fx.ws), "redo did not restore the changes");
		assertNotNull(o.getDeliverables().get(0).getReviewedAt());
		assertNull(o.getLostReason());
	}
}
