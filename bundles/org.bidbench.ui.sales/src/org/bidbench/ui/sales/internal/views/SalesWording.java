package org.bidbench.ui.sales.internal.views;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.sales.internal.editors.SalesLabels;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

/**
 * How the sales data reads in the workbench's language: stage, gate and role names (the process
 * keeps English names and a local stage name), amounts and the time left to a deadline.
 */
public final class SalesWording {

	private SalesWording() {
	}

	/** Whether the workbench runs in Chinese (-nl zh_CN or a zh locale). */
	public static boolean chinese() {
		String nl = Platform.getNL();
		return (nl != null ? nl : Locale.getDefault().toString()).startsWith("zh");
	}

	/** The locale the sales services word their sentences in (win reasons, what a KPI counted). */
	public static Locale locale() {
		return chinese() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}

	public static String stage(Stage stage) {
		return SalesLabels.stage(stage, chinese());
	}

	/** The gates of the default process have a text of their own; a firm's own gates keep their name. */
	public static String gate(Gate gate) {
		if (gate == null) {
			return ""; //$NON-NLS-1$
		}
		String id = gate.getId() == null ? "" : gate.getId(); //$NON-NLS-1$
		String text = switch (id) {
			case "gate-requirements" -> Messages.Gate_requirements; //$NON-NLS-1$
			case "gate-solution" -> Messages.Gate_solution; //$NON-NLS-1$
			case "gate-quote-released" -> Messages.Gate_quoteReleased; //$NON-NLS-1$
			case "gate-bid" -> Messages.Gate_bid; //$NON-NLS-1$
			case "gate-contract" -> Messages.Gate_contract; //$NON-NLS-1$
			default -> null;
		};
		return text != null ? text : gate.getName();
	}

	/**
	 * The deal's own name without its customer's name in front ("Acme — depot" reads "depot"
	 * where the customer is shown beside it).
	 */
	public static String deal(org.bidbench.sales.model.Opportunity opportunity) {
		String name = opportunity.getName() == null ? "" : opportunity.getName(); //$NON-NLS-1$
		String customer = opportunity.getCustomer() == null ? null : opportunity.getCustomer().getName();
		if (customer != null && name.startsWith(customer)) {
			String rest = name.substring(customer.length()).replaceFirst("^[\\s\u2014\u2013:,-]+", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (!rest.isBlank()) {
				return rest;
			}
		}
		return name;
	}

	/** "Customer · deal", the deal without the customer's name repeated. */
	public static String customerAndDeal(org.bidbench.sales.model.Opportunity opportunity) {
		return opportunity.getCustomer() == null
				? deal(opportunity)
				: opportunity.getCustomer().getName() + " · " + deal(opportunity); //$NON-NLS-1$
	}

	public static String role(EmployeeRole role) {
		if (role == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (role) {
			case SALES_LEAD -> Messages.Role_salesLead;
			case TECHNICAL_LEAD -> Messages.Role_technicalLead;
			case COMMERCIAL_LEAD -> Messages.Role_commercialLead;
			case FINANCE -> Messages.Role_finance;
			case PROJECT_MANAGER -> Messages.Role_projectManager;
			case SALES_MANAGER -> Messages.Role_salesManager;
			case EXECUTIVE -> Messages.Role_executive;
		};
	}

	/** "the technical lead (Zhang Wei)", or the role and that nobody holds it in the team. */
	public static String responsible(EmployeeRole role, Employee holder) {
		return holder == null
				? NLS.bind(Messages.Responsible_nobody, role(role))
				: NLS.bind(Messages.Responsible_holder, role(role), holder.getName());
	}

	public static String money(Money money) {
		if (money == null) {
			return ""; //$NON-NLS-1$
		}
		NumberFormat format = NumberFormat.getNumberInstance(chinese() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
		format.setMaximumFractionDigits(0);
		return format.format(money.amount()) + " " + money.currency(); //$NON-NLS-1$
	}

	public static String percent(BigDecimal percent) {
		return percent == null ? "" : percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The time from {@code now} to {@code due} as people say it: "5 h 12 min left", "2 d 4 h left",
	 * "overdue by 3 h".
	 */
	public static String timeLeft(Instant due, Instant now) {
		Duration left = Duration.between(now, due);
		if (left.isNegative()) {
			return NLS.bind(Messages.Time_overdueBy, span(left.negated()));
		}
		return NLS.bind(Messages.Time_left, span(left));
	}

	/** A duration in its two largest units: days and hours, hours and minutes, or minutes. */
	static String span(Duration duration) {
		long minutes = duration.toMinutes();
		long days = minutes / (24 * 60);
		long hours = minutes / 60 % 24;
		long mins = minutes % 60;
		if (days > 0) {
			return hours == 0 ? NLS.bind(Messages.Time_days, days) : NLS.bind(Messages.Time_daysHours, days, hours);
		}
		if (hours > 0) {
			return mins == 0 ? NLS.bind(Messages.Time_hours, hours) : NLS.bind(Messages.Time_hoursMinutes, hours, mins);
		}
		return NLS.bind(Messages.Time_minutes, Math.max(mins, 0));
	}
}
