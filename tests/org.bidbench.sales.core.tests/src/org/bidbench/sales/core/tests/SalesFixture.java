package org.bidbench.sales.core.tests;

import java.math.BigDecimal;
import java.time.Instant;

import org.bidbench.sales.core.process.DefaultSalesProcess;
import org.bidbench.sales.model.*;

/** A workspace with the default SOP, a team of five and one customer; opportunities added by tests. */
final class SalesFixture {

	final SalesFactory f = SalesFactory.eINSTANCE;
	final SalesWorkspace ws = f.createSalesWorkspace();
	final Employee sales = employee("E1", "王伟", EmployeeRole.SALES_LEAD);
	final Employee tech = employee("E2", "Emma Clarke", EmployeeRole.TECHNICAL_LEAD);
	final Employee commercial = employee("E3", "李娜", EmployeeRole.COMMERCIAL_LEAD);
	final Employee finance = employee("E4", "James Patel", EmployeeRole.FINANCE);
	final Employee manager = employee("E5", "张敏", EmployeeRole.SALES_MANAGER);
	final Customer customer;

	SalesFixture() {
		ws.setCurrency("CNY");
		DefaultSalesProcess.installInto(ws);
		customer = f.createCustomer();
		customer.setId("C1");
		customer.setName("杭州地铁集团有限公司");
		customer.setRegion("East");
		ws.getCustomers().add(customer);
	}

	private Employee employee(String id, String name, EmployeeRole role) {
		Employee e = f.createEmployee();
		e.setId(id);
		e.setName(name);
		e.setRole(role);
		ws.getEmployees().add(e);
		return e;
	}

	Stage stage(String id) {
		return ws.getProcess().getStages().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
	}

	/** An open opportunity that entered the given stage at the given time. */
	Opportunity opportunity(String id, String stageId, Instant entered) {
		Opportunity o = f.createOpportunity();
		o.setId(id);
		o.setName("Depot " + id);
		o.setCustomer(customer);
		o.setStatus(OpportunityStatus.OPEN);
		o.setCreatedAt(entered);
		o.setAmount(Money.of("1000000", "CNY"));
		Team team = f.createTeam();
		team.setSalesLead(sales);
		team.setTechnicalLead(tech);
		team.setCommercialLead(commercial);
		o.setTeam(team);
		StageChange change = f.createStageChange();
		change.setStage(stage(stageId));
		change.setEnteredAt(entered);
		o.getStageHistory().add(change);
		o.setStage(stage(stageId));
		ws.getOpportunities().add(o);
		return o;
	}

	Activity visit(Opportunity o, Instant at) {
		Activity a = f.createActivity();
		a.setId(o.getId() + "-A" + (o.getActivities().size() + 1));
		a.setKind(ActivityKind.VISIT);
		a.setAt(at);
		o.getActivities().add(a);
		return a;
	}

	Deliverable acceptedReport(Opportunity o, Instant reviewedAt) {
		Deliverable d = f.createDeliverable();
		d.setId(o.getId() + "-D" + (o.getDeliverables().size() + 1));
		d.setType("requirements-analysis");
		d.setStatus(DeliverableStatus.ACCEPTED);
		d.setSubmittedAt(reviewedAt);
		d.setReviewedAt(reviewedAt);
		d.setReviewer(tech);
		o.getDeliverables().add(d);
		return d;
	}

	Quote quote(Opportunity o, String... lines) {
		Quote q = f.createQuote();
		q.setId(o.getId() + "-Q-r1");
		q.setRevision(1);
		q.setCurrency("CNY");
		q.setStatus(QuoteStatus.DRAFT);
		q.setCreatedAt(Instant.parse("2026-03-01T00:00:00Z"));
		int key = 1;
		for (String spec : lines) {
			// "quantity x price [-discount%]"
			String[] parts = spec.split(" ");
			QuoteLine line = f.createQuoteLine();
			line.setKey(String.valueOf(key++));
			line.setCostItemCode("CON-C30");
			line.setUnit("m3");
			line.setQuantity(new BigDecimal(parts[0]));
			line.setUnitPrice(Money.of(parts[2], "CNY"));
			line.setUnitCost(Money.of("500", "CNY"));
			line.setDiscountPercent(parts.length > 3 ? new BigDecimal(parts[3]) : BigDecimal.ZERO);
			q.getLines().add(line);
		}
		o.getQuotes().add(q);
		return q;
	}
}
