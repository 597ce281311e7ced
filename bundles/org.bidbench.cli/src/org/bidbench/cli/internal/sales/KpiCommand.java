package org.bidbench.cli.internal.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.kpi.KpiDashboard;
import org.bidbench.sales.core.kpi.KpiProviders;
import org.bidbench.sales.core.kpi.KpiSplit;
import org.bidbench.sales.core.kpi.KpiValue;
import org.bidbench.sales.core.kpi.Period;

/**
 * {@code bidbench kpi --workspace DIR --period P [--by region|team|person] [--json]}: the KPIs of a
 * period against the previous period and the target, with what they were computed from, for the
 * whole firm and each group of the split. A KPI with nothing to count reads "no data".
 */
public class KpiCommand implements CliCommand {

	static final String NO_DATA = "no data";

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--period", "--date", "--by"), Set.of("--json"));
		Period period = period(options.required("--period", "which period, e.g. 2026Q3, 2026-07, 2026 or 2026-01-15..2026-03-31"));
		Instant now = now(options.value("--date"));
		KpiSplit split = null;
		if (options.value("--by") != null) {
			try {
				split = KpiSplit.parse(options.value("--by"));
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			}
		}
		var folder = SalesCommands.load(context, options.required("--workspace", "the sales workspace folder or team store URL"));
		List<String> problems = new ArrayList<>();
		var providers = KpiProviders.registered(problems);
		problems.forEach(p -> context.err().println("warning: " + p));
		KpiDashboard dashboard = KpiDashboard.compute(folder.workspace(), period, split, now, providers);
		if (options.flag("--json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("period", period.start() + ".." + period.lastDay());
			json.put("period_label", period.label());
			json.put("previous_period", period.previous().start() + ".." + period.previous().lastDay());
			json.put("by", split == null ? null : split.id());
			json.put("kpis", figures(dashboard.whole()));
			if (split != null) {
				List<Map<String, Object>> groups = new ArrayList<>();
				for (KpiDashboard.Group g : dashboard.groups().subList(1, dashboard.groups().size())) {
					Map<String, Object> m = new LinkedHashMap<>();
					m.put("name", g.name());
					m.put("kpis", figures(g));
					groups.add(m);
				}
				json.put("groups", groups);
			}
			json.put("trend_periods", dashboard.trendPeriods().stream().map(Period::label).toList());
			context.out().print(JsonWriter.write(json));
			return 0;
		}
		context.out().println("KPIs " + period.start() + " .. " + period.lastDay() + " (previous " + period.previous().start() + " .. "
				+ period.previous().lastDay() + ")");
		for (KpiDashboard.Group g : dashboard.groups()) {
			if (split != null) {
				context.out().println();
				context.out().println(g.name().equals(KpiDashboard.ALL) ? "all" : split.id() + " " + g.name());
			}
			context.out().printf("%-36s %18s %18s %18s %s%n", "kpi", "value", "previous", "target", "unit");
			for (KpiDashboard.Figure f : g.figures().values()) {
				KpiValue v = f.current();
				context.out().printf("%-36s %18s %18s %18s %s%n", v.name(), text(v.value()), f.previous() == null ? "" : text(f.previous().value()),
						f.target() == null ? "" : f.target().toPlainString(), v.unit() == null ? "" : v.unit());
			}
		}
		return 0;
	}

	private static String text(BigDecimal value) {
		return value == null ? NO_DATA : value.toPlainString();
	}

	private static List<Map<String, Object>> figures(KpiDashboard.Group group) {
		List<Map<String, Object>> values = new ArrayList<>();
		for (KpiDashboard.Figure f : group.figures().values()) {
			KpiValue v = f.current();
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", v.id());
			m.put("name", v.name());
			m.put("value", v.value());
			m.put("no_data", !v.isDefined());
			m.put("unit", v.unit());
			m.put("numerator", v.numerator());
			m.put("denominator", v.denominator());
			m.put("previous", f.previous() == null ? null : f.previous().value());
			m.put("change", f.change());
			m.put("target", f.target());
			m.put("trend", f.trend().stream().map(KpiValue::value).toList());
			values.add(m);
		}
		return values;
	}

	static Period period(String text) throws UsageException {
		try {
			return Period.parse(text);
		} catch (IllegalArgumentException | java.time.DateTimeException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/** {@code --date} pins "now" (end of that day, UTC) so reports of the past can be remade. */
	static Instant now(String date) throws UsageException {
		return day(date).atTime(23, 59).toInstant(ZoneOffset.UTC);
	}

	/** {@code --date} as a day; today (UTC) without it. */
	static LocalDate day(String date) throws UsageException {
		if (date == null) {
			return LocalDate.now(ZoneOffset.UTC);
		}
		try {
			return LocalDate.parse(date);
		} catch (DateTimeParseException e) {
			throw new UsageException("--date takes a day as YYYY-MM-DD, not '" + date + "'");
		}
	}
}
