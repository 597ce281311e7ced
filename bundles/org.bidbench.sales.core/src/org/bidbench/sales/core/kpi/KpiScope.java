package org.bidbench.sales.core.kpi;

import java.util.Set;

import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Team;

/** Which opportunities and customers a KPI counts: all, one person's, one team's, one region's. */
public interface KpiScope {

	boolean includes(Opportunity opportunity);

	/** Customers count when their region matches, or (for people) when they have an opportunity in scope. */
	boolean includes(Customer customer);

	String describe();

	static KpiScope all() {
		return new KpiScope() {
			@Override
			public boolean includes(Opportunity opportunity) {
				return true;
			}

			@Override
			public boolean includes(Customer customer) {
				return true;
			}

			@Override
			public String describe() {
				return "all";
			}
		};
	}

	static KpiScope region(String region) {
		return new KpiScope() {
			@Override
			public boolean includes(Opportunity opportunity) {
				return opportunity.getCustomer() != null && region.equals(opportunity.getCustomer().getRegion());
			}

			@Override
			public boolean includes(Customer customer) {
				return region.equals(customer.getRegion());
			}

			@Override
			public String describe() {
				return "region " + region;
			}
		};
	}

	/** Opportunities whose team has at least one of these people (one person: a set of one). */
	static KpiScope people(String name, Set<Employee> people) {
		return new KpiScope() {
			@Override
			public boolean includes(Opportunity opportunity) {
				Team t = opportunity.getTeam();
				return t != null && (people.contains(t.getSalesLead()) || people.contains(t.getTechnicalLead())
						|| people.contains(t.getCommercialLead()) || people.contains(t.getProjectManager()));
			}

			@Override
			public boolean includes(Customer customer) {
				if (!(customer.eContainer() instanceof org.bidbench.sales.model.SalesWorkspace ws)) {
					return false;
				}
				return ws.getOpportunities().stream().anyMatch(o -> o.getCustomer() == customer && includes(o));
			}

			@Override
			public String describe() {
				return name;
			}
		};
	}

	static KpiScope person(Employee employee) {
		return people(employee.getName(), Set.of(employee));
	}

	/**
	 * Opportunities owned by {@code employee} (the sales lead of their team), so that the figures
	 * of all people add up to the whole; customers with such an opportunity.
	 */
	static KpiScope owner(Employee employee) {
		return owners(employee.getName(), Set.of(employee));
	}

	/** Opportunities owned by one of the sales team {@code team} (the sales lead's {@code team}). */
	static KpiScope team(String team, java.util.Collection<Employee> employees) {
		Set<Employee> members = new java.util.HashSet<>();
		for (Employee e : employees) {
			if (team.equals(e.getTeam())) {
				members.add(e);
			}
		}
		return owners("team " + team, members);
	}

	private static KpiScope owners(String name, Set<Employee> owners) {
		return new KpiScope() {
			private Set<Customer> customers;

			@Override
			public boolean includes(Opportunity opportunity) {
				Team t = opportunity.getTeam();
				return t != null && owners.contains(t.getSalesLead());
			}

			@Override
			public boolean includes(Customer customer) {
				if (customers == null) {
					// Computed once per scope: a dashboard asks for every NPS answer and contract.
					customers = new java.util.HashSet<>();
					if (customer.eContainer() instanceof org.bidbench.sales.model.SalesWorkspace ws) {
						for (Opportunity o : ws.getOpportunities()) {
							if (includes(o) && o.getCustomer() != null) {
								customers.add(o.getCustomer());
							}
						}
					}
				}
				return customers.contains(customer);
			}

			@Override
			public String describe() {
				return name;
			}
		};
	}
}
