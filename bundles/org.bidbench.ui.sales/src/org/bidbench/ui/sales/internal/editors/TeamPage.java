package org.bidbench.ui.sales.internal.editors;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.operations.TeamRole;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The iron triangle (sales, technical, commercial lead) and the project manager, picked from the employees. */
public class TeamPage extends SalesFormPage {

	public static final String ID = "team"; //$NON-NLS-1$

	private final OpportunityEditor editor;
	private final Map<TeamRole, Combo> seats = new EnumMap<>(TeamRole.class);
	private final Map<TeamRole, Label> warnings = new EnumMap<>(TeamRole.class);
	private final List<Employee> employees = new ArrayList<>();

	public TeamPage(OpportunityEditor editor) {
		super(editor, ID, Messages.TeamPage_title);
		this.editor = editor;
	}

	/** The seat's name in the user's language. */
	public static String seat(TeamRole role) {
		return switch (role) {
			case SALES -> Messages.TeamPage_sales;
			case TECHNICAL -> Messages.TeamPage_technical;
			case COMMERCIAL -> Messages.TeamPage_commercial;
			case PROJECT_MANAGER -> Messages.TeamPage_projectManager;
		};
	}

	/** The seat's name inside a sentence: its label without the trailing colon. */
	static String seatName(TeamRole role) {
		return seat(role).replaceFirst("[:\uff1a]\\s*$", ""); //$NON-NLS-1$
	}

	/** The employee role that usually fills the seat: listed first in its choice. */
	static EmployeeRole usualRole(TeamRole role) {
		return switch (role) {
			case SALES -> EmployeeRole.SALES_LEAD;
			case TECHNICAL -> EmployeeRole.TECHNICAL_LEAD;
			case COMMERCIAL -> EmployeeRole.COMMERCIAL_LEAD;
			case PROJECT_MANAGER -> EmployeeRole.PROJECT_MANAGER;
		};
	}

	@Override
	protected void fill(Composite body) {
		Composite team = section(body, Messages.TeamPage_section, Messages.TeamPage_description, 3);
		for (TeamRole role : TeamRole.values()) {
			label(team, seat(role));
			Combo combo = new Combo(team, SWT.READ_ONLY | SWT.DROP_DOWN);
			toolkit.adapt(combo, true, true);
			GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
			data.widthHint = 320;
			combo.setLayoutData(data);
			combo.addListener(SWT.Selection, e -> choose(role, combo.getSelectionIndex()));
			seats.put(role, combo);
			Label warning = toolkit.createLabel(team, ""); //$NON-NLS-1$
			warning.setForeground(team.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			warning.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			warnings.put(role, warning);
		}
	}

	private void choose(TeamRole role, int index) {
		Employee employee = index <= 0 ? null : sorted(role).get(index - 1);
		Opportunity o = editor.opportunity();
		if (role.holder(o.getTeam()) == employee) {
			return;
		}
		String who = employee == null ? Messages.TeamPage_nobody : employee.getName();
		SalesActions.run(shell(), NLS.bind(Messages.TeamPage_setCommand, seatName(role), who),
				() -> SalesActions.ops().setTeamMember(o, role, employee));
		refresh();
	}

	/** Employees with the seat's usual role first, then the others. */
	private List<Employee> sorted(TeamRole role) {
		List<Employee> list = new ArrayList<>(employees);
		list.sort((a, b) -> Boolean.compare(a.getRole() != usualRole(role), b.getRole() != usualRole(role)));
		return list;
	}

	@Override
	protected void refresh() {
		Opportunity o = editor.opportunity();
		if (o == null) {
			return;
		}
		employees.clear();
		employees.addAll(SalesSession.get().workspace().getEmployees());
		for (TeamRole role : TeamRole.values()) {
			Combo combo = seats.get(role);
			List<Employee> choices = sorted(role);
			combo.removeAll();
			combo.add(Messages.TeamPage_nobody);
			choices.forEach(e -> combo.add(SalesLabels.employee(e)));
			combo.select(choices.indexOf(role.holder(o.getTeam())) + 1);
			warnings.get(role).setText(role.holder(o.getTeam()) == null ? NLS.bind(Messages.TeamPage_emptySeat, seatName(role)) : ""); //$NON-NLS-1$
		}
		List<TeamRole> empty = SalesOperations.emptyTeamRoles(o);
		if (empty.isEmpty()) {
			form.setMessage(null, IMessageProvider.NONE);
		} else {
			form.setMessage(NLS.bind(Messages.TeamPage_incomplete, String.join(", ", empty.stream().map(TeamPage::seatName).toList())), //$NON-NLS-1$
					IMessageProvider.WARNING);
		}
		warnings.values().iterator().next().getParent().layout();
	}

	/** The warning in the page's heading, for tests (null when the team is complete). */
	public String warning() {
		return form.getMessage();
	}
}
