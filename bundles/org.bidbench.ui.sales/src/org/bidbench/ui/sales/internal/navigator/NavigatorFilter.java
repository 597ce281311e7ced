package org.bidbench.ui.sales.internal.navigator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.LeadStatus;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.model.Team;

/**
 * What the navigator shows: customers with the opportunities and leads that pass the filters
 * (stage, owner, region, mine, overdue, a search text matched against names in any script).
 * A customer whose own name matches shows all its filtered children; otherwise only matching
 * ones. Pure data, so tests check it without a display.
 */
public final class NavigatorFilter {

	/** Leads not tied to a customer yet, shown under one node of their own. */
	public record UnassignedLeads(List<Lead> leads) {
	}

	/** The filtered tree: children per customer, in workspace order, and the unassigned leads. */
	public record Result(Map<Customer, List<Object>> children, List<Lead> unassignedLeads, int opportunities, int leads) {

		public int customers() {
			return children.size();
		}
	}

	public Stage stage;
	public Employee owner;
	public String region;
	public boolean mine;
	public boolean overdue;
	public String search = ""; //$NON-NLS-1$

	/** Applies the filters to the workspace as it is at {@code now}, for {@code me}. */
	public Result apply(SalesWorkspace workspace, Instant now, Employee me) {
		Set<Opportunity> late = overdueOpportunities(workspace, now);
		String text = search == null ? "" : search.trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		Map<Customer, List<Object>> children = new LinkedHashMap<>();
		for (Customer customer : workspace.getCustomers()) {
			children.put(customer, new ArrayList<>());
		}
		List<Lead> unassigned = new ArrayList<>();
		int opportunities = 0;
		int leads = 0;
		for (Opportunity opportunity : workspace.getOpportunities()) {
			Customer customer = opportunity.getCustomer();
			if (customer == null || !children.containsKey(customer) || !passes(opportunity, late, me)
					|| !matches(text, customer.getName(), opportunity.getName())) {
				continue;
			}
			children.get(customer).add(opportunity);
			opportunities++;
		}
		for (Lead lead : workspace.getLeads()) {
			if (!passes(lead, me)) {
				continue;
			}
			Customer customer = lead.getCustomer();
			if (customer == null || !children.containsKey(customer)) {
				if (matches(text, null, lead.getTitle())) {
					unassigned.add(lead);
					leads++;
				}
			} else if (matches(text, customer.getName(), lead.getTitle())) {
				children.get(customer).add(lead);
				leads++;
			}
		}
		boolean filtering = !text.isEmpty() || stage != null || owner != null || region != null || mine || overdue;
		children.entrySet().removeIf(e -> filtering && e.getValue().isEmpty()
				&& !(matches(text, e.getKey().getName(), null) && stage == null && owner == null && !mine && !overdue
						&& (region == null || region.equals(e.getKey().getRegion()))));
		return new Result(children, unassigned, opportunities, leads);
	}

	private boolean passes(Opportunity opportunity, Set<Opportunity> late, Employee me) {
		if (stage != null && opportunity.getStage() != stage) {
			return false;
		}
		Team team = opportunity.getTeam();
		if (owner != null && (team == null || team.getSalesLead() != owner)) {
			return false;
		}
		if (region != null && (opportunity.getCustomer() == null || !region.equals(opportunity.getCustomer().getRegion()))) {
			return false;
		}
		if (mine && !isMember(team, me)) {
			return false;
		}
		return !overdue || late.contains(opportunity);
	}

	private boolean passes(Lead lead, Employee me) {
		// Leads have no stage and no gates: a stage or overdue filter is about opportunities only.
		if (stage != null || overdue) {
			return false;
		}
		if (owner != null && lead.getOwner() != owner) {
			return false;
		}
		if (region != null && !region.equals(lead.getRegion()) && (lead.getCustomer() == null || !region.equals(lead.getCustomer().getRegion()))) {
			return false;
		}
		if (mine && (me == null || lead.getOwner() != me)) {
			return false;
		}
		return lead.getStatus() != LeadStatus.CONVERTED || lead.getOpportunity() == null;
	}

	static boolean isMember(Team team, Employee me) {
		return me != null && team != null && (team.getSalesLead() == me || team.getTechnicalLead() == me
				|| team.getCommercialLead() == me || team.getProjectManager() == me);
	}

	/** The search text is found in the parent's or the element's name (any script, case ignored). */
	static boolean matches(String text, String parentName, String name) {
		if (text.isEmpty()) {
			return true;
		}
		return parentName != null && parentName.toLowerCase(Locale.ROOT).contains(text)
				|| name != null && name.toLowerCase(Locale.ROOT).contains(text);
	}

	/** Opportunities with a gate past its deadline or a payment milestone past due and not collected. */
	public static Set<Opportunity> overdueOpportunities(SalesWorkspace workspace, Instant now) {
		Set<Opportunity> late = new HashSet<>();
		for (GateDeadline deadline : GateDeadlines.overdue(workspace, now)) {
			late.add(deadline.opportunity());
		}
		LocalDate today = now.atZone(ZoneId.systemDefault()).toLocalDate();
		for (Opportunity opportunity : workspace.getOpportunities()) {
			if (opportunity.getContract() == null) {
				continue;
			}
			for (PaymentMilestone milestone : opportunity.getContract().getMilestones()) {
				if (milestone.getDueDate() != null && milestone.getDueDate().isBefore(today) && milestone.getCollectedOn() == null) {
					late.add(opportunity);
				}
			}
		}
		return late;
	}
}
