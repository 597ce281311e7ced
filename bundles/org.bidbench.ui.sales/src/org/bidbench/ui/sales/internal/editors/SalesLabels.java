package org.bidbench.ui.sales.internal.editors;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.bidbench.sales.core.forecast.WinFactor;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.MessageKeys;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;

/**
 * How sales data reads in the workbench, in the user's language: stage names (the process's local
 * name in Chinese), enumeration literals, money, dates, win factors.
 */
public final class SalesLabels {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	private SalesLabels() {
	}

	/** Whether the workbench speaks Chinese (started with {@code -nl zh_CN}). */
	public static boolean chinese() {
		return Locale.getDefault().getLanguage().equals(Locale.CHINESE.getLanguage());
	}

	public static String stage(Stage stage) {
		return stage(stage, chinese());
	}

	/** A stage's name: its local (Chinese) name in a Chinese workbench when the process gives one. */
	public static String stage(Stage stage, boolean chinese) {
		if (stage == null) {
			return ""; //$NON-NLS-1$
		}
		if (chinese && stage.getLocalName() != null && !stage.getLocalName().isBlank()) {
			return stage.getLocalName();
		}
		return stage.getName();
	}

	/**
	 * A gate's name: the process's own, except that the gates of the default process read in
	 * Chinese in a Chinese workbench (message {@code SalesLabels_gate_<id>}).
	 */
	public static String gate(org.bidbench.sales.model.Gate gate) {
		if (gate == null) {
			return ""; //$NON-NLS-1$
		}
		if (chinese() && gate.getId() != null) {
			// a gate the firm added to its process has no message: its own name
			String text = MessageKeys.text(Messages.class, "SalesLabels_gate_" + gate.getId().replace('-', '_')); //$NON-NLS-1$
			if (text != null && !text.isEmpty()) {
				return text;
			}
		}
		return gate.getName();
	}

	/**
	 * The label of an enumeration literal: the message {@code SalesLabels_<Enum>_<LITERAL>}, or the
	 * model's literal when there is none (a literal added to the model after this UI).
	 */
	public static String literal(Enumerator value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		String key = "SalesLabels_" + value.getClass().getSimpleName() + "_" + value.getName(); //$NON-NLS-1$ //$NON-NLS-2$
		// no text for a literal the model gained later: its own literal is readable English
		String text = MessageKeys.text(Messages.class, key);
		if (text != null && !text.isEmpty()) {
			return text;
		}
		return value.getLiteral();
	}

	public static String money(Money money) {
		return money == null ? "" : String.format("%,.2f %s", money.amount(), money.currency()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static String day(LocalDate date) {
		return date == null ? "" : DAY.format(date); //$NON-NLS-1$
	}

	public static String time(Instant instant) {
		return instant == null ? "" : MINUTE.format(instant.atZone(ZoneId.systemDefault())); //$NON-NLS-1$
	}

	public static String employee(Employee employee) {
		if (employee == null) {
			return ""; //$NON-NLS-1$
		}
		return employee.getRole() == null ? employee.getName() : employee.getName() + " (" + literal(employee.getRole()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static String name(Object element) {
		if (element instanceof Customer c) {
			return c.getName();
		}
		if (element instanceof Opportunity o) {
			return o.getName();
		}
		if (element instanceof Lead l) {
			return l.getTitle();
		}
		if (element instanceof Employee e) {
			return e.getName();
		}
		return element == null ? "" : element.toString(); //$NON-NLS-1$
	}

	/** A win factor in a sentence: its name, its value and which way it moved the odds. */
	public static String factor(WinFactor factor) {
		String name = switch (factor.name()) {
			case "stage progress" -> Messages.SalesLabels_factorStageProgress; //$NON-NLS-1$
			case "days in stage (log)" -> Messages.SalesLabels_factorDaysInStage; //$NON-NLS-1$
			case "gate compliance" -> Messages.SalesLabels_factorGateCompliance; //$NON-NLS-1$
			case "quote revisions" -> Messages.SalesLabels_factorQuoteRevisions; //$NON-NLS-1$
			case "team completeness" -> Messages.SalesLabels_factorTeamCompleteness; //$NON-NLS-1$
			case "customer's earlier wins" -> Messages.SalesLabels_factorEarlierWins; //$NON-NLS-1$
			case "competitors" -> Messages.SalesLabels_factorCompetitors; //$NON-NLS-1$
			default -> factor.name();
		};
		return NLS.bind(factor.contribution() >= 0 ? Messages.SalesLabels_factorRaised : Messages.SalesLabels_factorLowered,
				new Object[]{name, String.format("%.2f", factor.value()), String.format("%+.2f", factor.contribution())}); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
