package org.bidbench.sales.core.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period of whole days: {@code start} inclusive, {@code end} exclusive. */
public record Period(LocalDate start, LocalDate end) {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
	private static final Pattern YEAR = Pattern.compile("(\\d{4})");
	private static final Pattern CUSTOM = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

	/** How long a period is: what its targets and its trend are made of. */
	public enum Length {
		MONTH, QUARTER, YEAR, CUSTOM;

		public String id() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public Period {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A period ends after it starts: " + start + " .. " + end);
		}
	}

	public static Period quarter(int year, int quarter) {
		LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
		return new Period(start, start.plusMonths(3));
	}

	public static Period month(int year, int month) {
		LocalDate start = LocalDate.of(year, month, 1);
		return new Period(start, start.plusMonths(1));
	}

	public static Period year(int year) {
		LocalDate start = LocalDate.of(year, 1, 1);
		return new Period(start, start.plusYears(1));
	}

	/** The month, quarter or year that holds {@code day}. */
	public static Period of(Length length, LocalDate day) {
		return switch (length) {
			case MONTH -> month(day.getYear(), day.getMonthValue());
			case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
			case YEAR -> year(day.getYear());
			case CUSTOM -> throw new IllegalArgumentException("A custom period needs its first and last day");
		};
	}

	/**
	 * Reads {@code 2026Q3}, {@code 2026-07}, {@code 2026} or a custom range of days
	 * {@code 2026-01-15..2026-03-31} (both days included).
	 */
	public static Period parse(String text) {
		Matcher custom = CUSTOM.matcher(text);
		if (custom.matches()) {
			try {
				LocalDate first = LocalDate.parse(custom.group(1));
				LocalDate last = LocalDate.parse(custom.group(2));
				if (last.isBefore(first)) {
					throw new IllegalArgumentException("A period ends after it starts: '" + text + "'; write FIRST..LAST with FIRST not after LAST");
				}
				return new Period(first, last.plusDays(1));
			} catch (java.time.format.DateTimeParseException e) {
				throw new IllegalArgumentException("Not a period: '" + text + "' (" + e.getParsedString() + " is not a day of the calendar)");
			}
		}
		Matcher m = QUARTER.matcher(text);
		if (m.matches()) {
			return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		m = MONTH.matcher(text);
		if (m.matches()) {
			LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
			return new Period(start, start.plusMonths(1));
		}
		m = YEAR.matcher(text);
		if (m.matches()) {
			LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
			return new Period(start, start.plusYears(1));
		}
		throw new IllegalArgumentException("Not a period: '" + text + "'; write 2026Q3, 2026-07, 2026 or 2026-01-15..2026-03-31");
	}

	public long days() {
		return ChronoUnit.DAYS.between(start, end);
	}

	/** The period of the same length just before this one (the previous quarter of a quarter). */
	public Period previous() {
		if (start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1) {
			long months = ChronoUnit.MONTHS.between(start, end);
			return new Period(start.minusMonths(months), start);
		}
		return new Period(start.minusDays(days()), start);
	}

	public boolean contains(LocalDate date) {
		return date != null && !date.isBefore(start) && date.isBefore(end);
	}

	/** Instants are placed in days by UTC. */
	public boolean contains(Instant instant) {
		return instant != null && contains(LocalDate.ofInstant(instant, ZoneOffset.UTC));
	}

	/** Month, quarter or year when the period is exactly one, else custom. */
	public Length length() {
		if (start.getDayOfMonth() == 1) {
			if (end.equals(start.plusMonths(1))) {
				return Length.MONTH;
			}
			if (end.equals(start.plusMonths(3)) && (start.getMonthValue() - 1) % 3 == 0) {
				return Length.QUARTER;
			}
			if (end.equals(start.plusYears(1)) && start.getMonthValue() == 1) {
				return Length.YEAR;
			}
		}
		return Length.CUSTOM;
	}

	/** The period as {@link #parse(String)} reads it: 2026Q3, 2026-07, 2026 or 2026-01-15..2026-03-31. */
	public String label() {
		return switch (length()) {
			case MONTH -> String.format(java.util.Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
			case QUARTER -> start.getYear() + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
			case YEAR -> Integer.toString(start.getYear());
			case CUSTOM -> start + ".." + lastDay();
		};
	}

	/** This period and the {@code count - 1} before it, oldest first (a trend of 8 quarters ends with this one). */
	public java.util.List<Period> trend(int count) {
		java.util.LinkedList<Period> periods = new java.util.LinkedList<>();
		Period p = this;
		for (int i = 0; i < count; i++) {
			periods.addFirst(p);
			p = p.previous();
		}
		return java.util.List.copyOf(periods);
	}

	@Override
	public String toString() {
		return label();
	}

	/** The last day of the period. */
	public LocalDate lastDay() {
		return end.minusDays(1);
	}
}
