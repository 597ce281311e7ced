package org.bidbench.sales.core.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * How KPIs are split: by the customer's region, by the sales team of the opportunity's owner, or
 * by the owner (the sales lead). Every opportunity falls into exactly one group (or none when
 * its region, team or owner is unknown), so the groups add up to the whole for sums.
 */
public enum KpiSplit {
	REGION, TEAM, PERSON;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static KpiSplit parse(String text) {
		for (KpiSplit s : values()) {
			if (s.id().equals(text)) {
				return s;
			}
		}
		throw new IllegalArgumentException("Cannot split KPIs by '" + text + "'; use region, team or person");
	}

	/** The groups of the workspace, in a stable order (by name), each with its scope. */
	public Map<String, KpiScope> groups(SalesWorkspace workspace) {
		Map<String, KpiScope> groups = new LinkedHashMap<>();
		switch (this) {
			case REGION -> {
				TreeSet<String> regions = new TreeSet<>();
				for (Customer c : workspace.getCustomers()) {
					if (c.getRegion() != null && !c.getRegion().isBlank()) {
						regions.add(c.getRegion());
					}
				}
				regions.forEach(r -> groups.put(r, KpiScope.region(r)));
			}
			case TEAM -> {
				TreeSet<String> teams = new TreeSet<>();
				for (Employee e : workspace.getEmployees()) {
					if (e.getTeam() != null && !e.getTeam().isBlank()) {
						teams.add(e.getTeam());
					}
				}
				teams.forEach(t -> groups.put(t, KpiScope.team(t, workspace.getEmployees())));
			}
			case PERSON -> {
				List<Employee> owners = new ArrayList<>();
				for (Opportunity o : workspace.getOpportunities()) {
					Employee lead = o.getTeam() == null ? null : o.getTeam().getSalesLead();
					if (lead != null && !owners.contains(lead)) {
						owners.add(lead);
					}
				}
				owners.sort(java.util.Comparator.comparing(Employee::getName, java.util.Comparator.nullsLast(String::compareTo)));
				owners.forEach(e -> groups.put(e.getName(), KpiScope.owner(e)));
			}
		}
		return groups;
	}
}
