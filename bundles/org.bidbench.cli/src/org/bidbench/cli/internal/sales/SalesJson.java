package org.bidbench.cli.internal.sales;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.operations.TeamRole;
import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.model.Activity;
import org.bidbench.sales.model.Approval;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Deliverable;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.FollowUpTask;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;

/** Sales objects as the maps the commands' {@code --json} output writes, field names as in the EMF model. */
final class SalesJson {

	private SalesJson() {
	}

	static Map<String, Object> lead(Lead lead) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", lead.getId());
		m.put("title", lead.getTitle());
		m.put("status", literal(lead.getStatus()));
		m.put("customer", lead.getCustomer() == null ? null : lead.getCustomer().getName());
		m.put("source", lead.getSource());
		m.put("region", lead.getRegion());
		m.put("owner", name(lead.getOwner()));
		m.put("opportunity", lead.getOpportunity() == null ? null : lead.getOpportunity().getId());
		m.put("dropReason", lead.getDropReason());
		return m;
	}

	static Map<String, Object> opportunity(Opportunity o, Instant now) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", o.getId());
		m.put("name", o.getName());
		m.put("customer", o.getCustomer() == null ? null : o.getCustomer().getName());
		m.put("stage", o.getStage() == null ? null : o.getStage().getName());
		m.put("stageId", o.getStage() == null ? null : o.getStage().getId());
		m.put("status", literal(o.getStatus()));
		m.put("amount", money(o.getAmount()));
		m.put("currency", o.getAmount() == null ? null : o.getAmount().currency());
		m.put("probability", o.getProbability());
		m.put("expectedClose", string(o.getExpectedClose()));
		m.put("source", o.getSource());
		m.put("competitors", List.copyOf(o.getCompetitors()));
		m.put("risks", List.copyOf(o.getRisks()));
		m.put("lostReason", o.getLostReason());
		m.put("winningCompetitor", o.getWinningCompetitor());
		Map<String, Object> team = new LinkedHashMap<>();
		for (TeamRole role : TeamRole.values()) {
			team.put(role.key(), name(role.holder(o.getTeam())));
		}
		m.put("team", team);
		m.put("emptyTeamRoles", SalesOperations.emptyTeamRoles(o).stream().map(TeamRole::key).toList());
		List<Object> activities = new ArrayList<>();
		for (Activity a : o.getActivities()) {
			Map<String, Object> am = new LinkedHashMap<>();
			am.put("id", a.getId());
			am.put("kind", literal(a.getKind()));
			am.put("at", string(a.getAt()));
			am.put("subject", a.getSubject());
			am.put("minutes", a.getMinutes());
			List<Object> tasks = new ArrayList<>();
			for (FollowUpTask t : a.getFollowUps()) {
				tasks.add(map("description", t.getDescription(), "owner", name(t.getAssignee()), "due", string(t.getDue()), "done", t.isDone()));
			}
			am.put("followUps", tasks);
			activities.add(am);
		}
		m.put("activities", activities);
		List<Object> deliverables = new ArrayList<>();
		for (Deliverable d : o.getDeliverables()) {
			Map<String, Object> dm = new LinkedHashMap<>();
			dm.put("id", d.getId());
			dm.put("type", d.getType());
			dm.put("gate", d.getGate() == null ? null : d.getGate().getId());
			dm.put("status", literal(d.getStatus()));
			dm.put("location", d.getLocation());
			dm.put("submittedAt", string(d.getSubmittedAt()));
			dm.put("reviewer", name(d.getReviewer()));
			dm.put("reviewedAt", string(d.getReviewedAt()));
			dm.put("reviewComment", d.getReviewComment());
			deliverables.add(dm);
		}
		m.put("deliverables", deliverables);
		List<Object> gates = new ArrayList<>();
		for (GateDeadline g : GateDeadlines.of(o)) {
			gates.add(map("gate", g.gate().getId(), "name", g.gate().getName(), "responsibleRole", literal(g.gate().getResponsibleRole()),
					"responsible", name(g.responsible()), "due", string(g.dueAt()), "met", g.isMet(), "overdue", g.isOverdue(now)));
		}
		m.put("gates", gates);
		m.put("quotes", o.getQuotes().stream().map(SalesJson::quote).toList());
		m.put("contract", o.getContract() == null ? null : contract(o.getContract()));
		return m;
	}

	static Map<String, Object> quote(Quote q) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", q.getId());
		m.put("revision", q.getRevision());
		m.put("status", literal(q.getStatus()));
		m.put("previousRevision", q.getPreviousRevision() == null ? null : q.getPreviousRevision().getId());
		QuoteStatement statement = QuoteStatement.of(q);
		m.put("total", money(statement.linesTotal()));
		m.put("currency", q.getCurrency());
		m.put("releasedAt", string(q.getReleasedAt()));
		List<Object> lines = new ArrayList<>();
		for (QuoteStatement.Line l : statement.lines()) {
			lines.add(map("key", l.key(), "costItemCode", l.code(), "quantity", l.quantity() == null ? null : l.quantity().toPlainString(),
					"unit", l.unit(), "unitPrice", money(l.unitPrice()), "amount", money(l.amount())));
		}
		m.put("lines", lines);
		List<Object> approvals = new ArrayList<>();
		for (Approval a : q.getApprovals()) {
			approvals.add(map("role", literal(a.getRole()), "approver", name(a.getApprover()), "verdict", literal(a.getVerdict()), "at",
					string(a.getAt()), "comment", a.getComment(), "carriedOver", a.isCarriedOver(), "lines",
					a.getLines().stream().map(QuoteLine::getKey).toList()));
		}
		m.put("approvals", approvals);
		return m;
	}

	static Map<String, Object> contract(Contract c) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", c.getId());
		m.put("number", c.getNumber());
		m.put("signedOn", string(c.getSignedOn()));
		m.put("value", money(c.getValue()));
		m.put("currency", c.getValue() == null ? null : c.getValue().currency());
		m.put("quote", c.getQuote() == null ? null : c.getQuote().getId());
		List<Object> milestones = new ArrayList<>();
		int n = 1;
		for (PaymentMilestone p : c.getMilestones()) {
			milestones.add(map("number", n++, "name", p.getName(), "amount", money(p.getAmount()), "plannedDate", string(p.getPlannedDate()),
					"dueDate", string(p.getDueDate()), "deliveredOn", string(p.getDeliveredOn()), "invoicedOn", string(p.getInvoicedOn()),
					"collectedAmount", money(p.getCollectedAmount()), "collectedOn", string(p.getCollectedOn()), "outstanding",
					money(SalesOperations.outstanding(p))));
		}
		m.put("milestones", milestones);
		return m;
	}

	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			m.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return m;
	}

	/** Amounts as plain decimal strings, so no digit is lost to a floating-point reader. */
	static String money(Money money) {
		return money == null ? null : money.amount().toPlainString();
	}

	static String name(Employee e) {
		return e == null ? null : e.getName();
	}

	static String string(Object value) {
		return value == null ? null : value.toString();
	}

	static String literal(Object enumerator) {
		return enumerator instanceof org.eclipse.emf.common.util.Enumerator e ? e.getLiteral() : string(enumerator);
	}
}
