package org.bidbench.cli.internal.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.SalesWorkspace;

/** The values the sales write commands read from their options, each refused with what to write instead. */
final class SalesInputs {

	private SalesInputs() {
	}

	/** YYYY-MM-DD. */
	static LocalDate date(String text, String option) throws CommandException {
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new CommandException(option + " '" + text + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-20");
		}
	}

	/** ISO 8601: 2026-03-02T09:30:00Z, 2026-03-02T17:30+08:00, or 2026-03-02T09:30 (taken as UTC). */
	static Instant time(String text, String option) throws CommandException {
		String t = text.strip();
		try {
			return OffsetDateTime.parse(t).toInstant();
		} catch (DateTimeParseException e) {
			try {
				return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
			} catch (DateTimeParseException e2) {
				throw new CommandException(option + " '" + text + "' is not an ISO time: write it as 2026-03-02T09:30+08:00,"
						+ " 2026-03-02T01:30:00Z, or 2026-03-02T01:30 for UTC");
			}
		}
	}

	/** A plain number in the workspace's currency. */
	static Money amount(String text, String option, SalesWorkspace workspace) throws CommandException {
		try {
			return Money.of(new BigDecimal(text.strip()), workspace.getCurrency() == null ? "CNY" : workspace.getCurrency());
		} catch (NumberFormatException e) {
			throw new CommandException(option + " '" + text + "' is not an amount: write a plain number such as 1250000 or 3000.50"
					+ " (in the workspace's currency, " + workspace.getCurrency() + ")");
		}
	}

	static int number(String text, String option) throws UsageException {
		try {
			return Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			throw new UsageException(option + " takes a whole number such as 1, not '" + text + "'");
		}
	}

	/** The employee {@code --by} names, or the fallback when the option is absent. */
	static Employee actor(CommandOptions options, SalesOperations operations, Employee fallback) {
		String by = options.value("--by");
		return by == null ? fallback : operations.employee(by);
	}
}
