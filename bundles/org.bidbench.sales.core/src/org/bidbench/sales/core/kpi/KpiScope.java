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
}
