package org.bidbench.sales.core.operations;

import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Team;

/**
 * The four seats of an opportunity's team: the iron triangle (sales, technical and commercial
 * lead) and the project manager who coordinates it.
 */
public enum TeamRole {

	SALES("sales", "sales lead"), TECHNICAL("technical", "technical lead"), COMMERCIAL("commercial", "commercial lead"), PROJECT_MANAGER("pm",
			"project manager");

	private final String key;
	private final String label;

	TeamRole(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/** The short name the command line takes: sales, technical, commercial, pm. */
	public String key() {
		return key;
	}

	/** The seat as people say it: "sales lead". */
	public String label() {
		return label;
	}

	/** Who holds this seat in the team, or null. */
	public Employee holder(Team team) {
		if (team == null) {
			return null;
		}
		return switch (this) {
			case SALES -> team.getSalesLead();
			case TECHNICAL -> team.getTechnicalLead();
			case COMMERCIAL -> team.getCommercialLead();
			case PROJECT_MANAGER -> team.getProjectManager();
		};
	}

	void assign(Team team, Employee employee) {
		switch (this) {
			case SALES -> team.setSalesLead(employee);
			case TECHNICAL -> team.setTechnicalLead(employee);
			case COMMERCIAL -> team.setCommercialLead(employee);
			case PROJECT_MANAGER -> team.setProjectManager(employee);
		}
	}

	/** The role by its short name (sales, technical, commercial, pm), or null. */
	public static TeamRole byKey(String key) {
		for (TeamRole role : values()) {
			if (role.key.equalsIgnoreCase(key)) {
				return role;
			}
		}
		return null;
	}
}
