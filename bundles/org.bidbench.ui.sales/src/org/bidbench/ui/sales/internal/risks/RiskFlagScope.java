package org.bidbench.ui.sales.internal.risks;

import java.time.Instant;
import java.util.List;

import org.bidbench.sales.core.risk.RiskFlag;
import org.bidbench.sales.core.risk.RiskFlags;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Team;

/**
 * Which flags a person's Deadlines view lists: "mine" are the flags the person owns; "my team's"
 * adds the flags of every deal the person works on and, for a sales manager or an executive,
 * of every deal led from their region (as the view's due items are chosen).
 */
public final class RiskFlagScope {

	private RiskFlagScope() {
	}

	public static List<RiskFlag> of(SalesWorkspace workspace, Employee user, boolean team, Instant now) {
		if (workspace == null) {
			return List.of();
		}
		if (user == null) {
			return team ? RiskFlags.of(workspace, now) : List.of();
		}
		return RiskFlags.of(workspace, now).stream().filter(f -> f.owner() == user || team && concerns(user, f)).toList();
	}

	private static boolean concerns(Employee user, RiskFlag flag) {
		Team t = flag.opportunity().getTeam();
		if (user.getRole() == EmployeeRole.SALES_MANAGER || user.getRole() == EmployeeRole.EXECUTIVE) {
			Employee lead = t == null ? null : t.getSalesLead();
			return user.getRegion() == null || lead == null || user.getRegion().equals(lead.getRegion());
		}
		return t != null && (user == t.getSalesLead() || user == t.getTechnicalLead() || user == t.getCommercialLead()
				|| user == t.getProjectManager());
	}
}
