package org.bidbench.sales.model.tests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.bidbench.sales.model.*;

/** A small workspace touching every class of the model, built by hand. */
final class ModelFixture {

	private ModelFixture() {
	}

	static SalesWorkspace workspace() {
		SalesFactory f = SalesFactory.eINSTANCE;
		SalesWorkspace ws = f.createSalesWorkspace();
		ws.setName("fixture");
		SalesProcess process = f.createSalesProcess();
		process.setName("SOP");
		Stage qualification = f.createStage();
		qualification.setId("stage-qualification");
		qualification.setName("Qualification");
		qualification.setLocalName("商机评估");
		qualification.setDefaultProbability(10);
		Gate gate = f.createGate();
		gate.setId("gate-requirements");
		gate.setName("Requirements analysis report");
		gate.setKind(GateKind.DELIVERABLE);
		gate.setDeliverableType("requirements-analysis");
		gate.setResponsibleRole(EmployeeRole.SALES_LEAD);
		gate.setReviewerRole(EmployeeRole.TECHNICAL_LEAD);
		gate.setAnchor(GateEvent.FIRST_VISIT);
		gate.setDeadlineHours(48);
		qualification.getGates().add(gate);
		process.getStages().add(qualification);
		ApprovalRule rule = f.createApprovalRule();
		rule.setRole(EmployeeRole.TECHNICAL_LEAD);
		rule.setPurpose("technical review");
		rule.setSequence(10);
		process.getQuoteApprovalRules().add(rule);
		ws.setProcess(process);

		Employee sales = f.createEmployee();
		sales.setId("E1");
		sales.setName("王伟");
		sales.setRole(EmployeeRole.SALES_LEAD);
		sales.setRegion("East");
		ws.getEmployees().add(sales);
		Employee tech = f.createEmployee();
		tech.setId("E2");
		tech.setName("Emma Clarke");
		tech.setRole(EmployeeRole.TECHNICAL_LEAD);
		ws.getEmployees().add(tech);

		Customer customer = f.createCustomer();
		customer.setId("C1");
		customer.setName("杭州地铁集团有限公司");
		customer.setIndustry("rail transit");
		customer.setRegion("East");
		customer.setTier(CustomerTier.KEY);
		Contact contact = f.createContact();
		contact.setId("C1-P1");
		contact.setName("马总");
		contact.setBuyingRole(BuyingRole.DECISION_MAKER);
		contact.setAttitude(Attitude.SUPPORTER);
		customer.getContacts().add(contact);
		ws.getCustomers().add(customer);

		Lead lead = f.createLead();
		lead.setId("L1");
		lead.setTitle("Depot enquiry");
		lead.setCustomer(customer);
		lead.setStatus(LeadStatus.CONVERTED);
		lead.setCreatedAt(Instant.parse("2026-01-05T08:00:00Z"));
		ws.getLeads().add(lead);

		Opportunity o = f.createOpportunity();
		o.setId("O1");
		o.setName("Metro depot");
		o.setCustomer(customer);
		o.setStage(qualification);
		o.setStatus(OpportunityStatus.WON);
		o.setClosedAt(Instant.parse("2026-05-01T10:00:00Z"));
		o.setAmount(Money.of("1250000.50", "CNY"));
		o.setProbability(100);
		o.setExpectedClose(LocalDate.of(2026, 5, 1));
		o.getCompetitors().add("AECOM");
		o.getRisks().add("budget not confirmed");
		lead.setOpportunity(o);
		StageChange change = f.createStageChange();
		change.setStage(qualification);
		change.setEnteredAt(Instant.parse("2026-01-10T08:00:00Z"));
		change.setChangedBy(sales);
		o.getStageHistory().add(change);
		Team team = f.createTeam();
		team.setSalesLead(sales);
		team.setTechnicalLead(tech);
		o.setTeam(team);
		Activity visit = f.createActivity();
		visit.setId("O1-A1");
		visit.setKind(ActivityKind.VISIT);
		visit.setAt(Instant.parse("2026-01-12T09:00:00Z"));
		visit.setMinutes("需求讨论");
		visit.getParticipants().add(sales);
		visit.getContacts().add(contact);
		FollowUpTask task = f.createFollowUpTask();
		task.setDescription("Send minutes");
		task.setAssignee(sales);
		visit.getFollowUps().add(task);
		o.getActivities().add(visit);
		Deliverable report = f.createDeliverable();
		report.setId("O1-D1");
		report.setType("requirements-analysis");
		report.setStatus(DeliverableStatus.ACCEPTED);
		report.setReviewedAt(Instant.parse("2026-01-13T09:00:00Z"));
		o.getDeliverables().add(report);

		Quote quote = f.createQuote();
		quote.setId("O1-Q-r1");
		quote.setRevision(1);
		quote.setStatus(QuoteStatus.DRAFT);
		QuoteLine line = f.createQuoteLine();
		line.setKey("1");
		line.setCostItemCode("CON-C30");
		line.setUnit("m3");
		line.setQuantity(new BigDecimal("120.5"));
		line.setUnitCost(Money.of("520", "CNY"));
		line.setUnitPrice(Money.of("610.00", "CNY"));
		line.setDiscountPercent(new BigDecimal("5"));
		line.getGlobalIds().add("2O2Fr$t4X7Zf8NOew3FLOH");
		line.setModelSha256("ab".repeat(32));
		line.setRulePackName("bidbench.basic");
		line.setRulePackVersion("1.0.0");
		quote.getLines().add(line);
		Approval approval = f.createApproval();
		approval.setRole(EmployeeRole.TECHNICAL_LEAD);
		approval.setApprover(tech);
		approval.setVerdict(Verdict.APPROVED);
		approval.setAt(Instant.parse("2026-02-01T10:00:00Z"));
		approval.getLines().add(line);
		quote.getApprovals().add(approval);
		o.getQuotes().add(quote);

		Contract contract = f.createContract();
		contract.setId("O1-K");
		contract.setNumber("HT-2026-001");
		contract.setSignedOn(LocalDate.of(2026, 5, 1));
		contract.setValue(Money.of("1000", "CNY"));
		contract.setEstimatedCost(Money.of("800", "CNY"));
		contract.setQuote(quote);
		PaymentMilestone m = f.createPaymentMilestone();
		m.setName("Advance");
		m.setAmount(Money.of("1000", "CNY"));
		m.setPlannedDate(LocalDate.of(2026, 5, 10));
		m.setInvoicedOn(LocalDate.of(2026, 5, 10));
		m.setDueDate(LocalDate.of(2026, 6, 9));
		contract.getMilestones().add(m);
		ChangeOrder co = f.createChangeOrder();
		co.setId("O1-CO1");
		co.setStatus(ChangeOrderStatus.PROPOSED);
		co.setAmount(Money.of("50", "CNY"));
		contract.getChangeOrders().add(co);
		o.setContract(contract);
		ws.getOpportunities().add(o);

		PriceCatalog catalog = f.createPriceCatalog();
		catalog.setId("CAT");
		CatalogItem item = f.createCatalogItem();
		item.setCode("CON-C30");
		item.setCategory("concrete");
		item.setUnitCost(Money.of("520", "CNY"));
		item.setPriceRule(PriceRule.COST_PLUS);
		item.setMarginPercent(new BigDecimal("15"));
		catalog.getItems().add(item);
		MarginFloor floor = f.createMarginFloor();
		floor.setCategory("concrete");
		floor.setMinimumMarginPercent(new BigDecimal("8"));
		catalog.getMarginFloors().add(floor);
		ws.getPriceCatalogs().add(catalog);

		NpsAnswer answer = f.createNpsAnswer();
		answer.setCustomer(customer);
		answer.setContact(contact);
		answer.setOpportunity(o);
		answer.setScore(9);
		answer.setAnsweredOn(LocalDate.of(2026, 8, 1));
		ws.getNpsAnswers().add(answer);
		return ws;
	}
}
