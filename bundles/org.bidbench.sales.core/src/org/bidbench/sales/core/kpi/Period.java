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

    public Period {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A period ends after it starts: " + start + " .. " + end);
        }
    }

    public static Period quarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new Period(start, start.plusMonths(3));
    }

    /** Reads {@code 2026Q3}, {@code 2026-07} or {@code 2026}. */
    public static Period parse(String text) {
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
        throw new IllegalArgumentException("Not a period: '" + text + "'; write 2026Q3, 2026-07 or 2026");
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

    /** The last day of the period. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }
}
