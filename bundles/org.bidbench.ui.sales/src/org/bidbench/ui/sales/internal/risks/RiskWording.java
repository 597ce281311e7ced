package org.bidbench.ui.sales.internal.risks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.bidbench.sales.core.risk.RiskFlag;
import org.bidbench.sales.core.wording.Wording;
import org.bidbench.sales.model.RiskAcknowledgement;
import org.bidbench.ui.MessageKeys;
import org.eclipse.osgi.util.NLS;

/**
 * A risk flag in the user's language. The core writes English for the command line; here the
 * text is rebuilt from the flag's kind and arguments, so the Risks page, the Deadlines view and
 * the cockpit word a flag the same way.
 */
public final class RiskWording {

	private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC); //$NON-NLS-1$

	private RiskWording() {
	}

	/** "Overdue gate", "回款逾期", ... */
	public static String kind(RiskFlag flag) {
		String text = message("Risk_" + key(flag)); //$NON-NLS-1$
		return text != null ? text : flag.kind().id();
	}

	/** What is wrong and where, e.g. "Gate 'Technical solution' was due 2026-11-02." */
	public static String text(RiskFlag flag) {
		String template = message("RiskText_" + key(flag)); //$NON-NLS-1$
		return template == null ? flag.message() : NLS.bind(template, flag.arguments().stream().map(RiskWording::readable).toArray());
	}

	public static String nextStep(RiskFlag flag) {
		String text = message("RiskNext_" + key(flag)); //$NON-NLS-1$
		return text == null ? flag.nextStep() : text;
	}

	public static String owner(RiskFlag flag) {
		return flag.owner() == null ? Messages.Flags_nobody : flag.owner().getName();
	}

	/** "new", or who acknowledged it, when, and what they said. */
	public static String status(RiskFlag flag) {
		RiskAcknowledgement a = flag.acknowledgement();
		if (a == null) {
			return Messages.Flags_new;
		}
		return NLS.bind(Messages.Flags_acknowledged, new Object[]{a.getAcknowledgedBy() == null ? "" : a.getAcknowledgedBy().getName(), //$NON-NLS-1$
				a.getAt() == null ? "" : LocalDate.ofInstant(a.getAt(), ZoneOffset.UTC), a.getComment()}); //$NON-NLS-1$
	}

	/**
	 * An argument as a person reads it: an instant ("2026-11-25T12:00:00Z") as its UTC day and
	 * minute, an amount ("12121284.61 CNY") with grouped digits in the user's language.
	 */
	private static String readable(String argument) {
		if (argument != null && argument.matches("-?\\d+(\\.\\d+)? [A-Z]{3}")) { //$NON-NLS-1$
			int space = argument.indexOf(' ');
			return Wording.money(new BigDecimal(argument.substring(0, space)), argument.substring(space + 1),
					org.bidbench.ui.sales.internal.views.SalesWording.locale());
		}
		if (argument != null && argument.length() >= 20 && argument.charAt(10) == 'T' && argument.endsWith("Z")) { //$NON-NLS-1$
			try {
				return READABLE.format(Instant.parse(argument));
			} catch (DateTimeParseException e) {
				// not an instant after all: shown as it is
			}
		}
		return argument;
	}

	private static String key(RiskFlag flag) {
		return flag.kind().id().replace('-', '_');
	}

	/** The message whose key is made from the kind's id; null for a kind without one (then the core's English shows). */
	private static String message(String key) {
		return MessageKeys.text(Messages.class, key);
	}
}
