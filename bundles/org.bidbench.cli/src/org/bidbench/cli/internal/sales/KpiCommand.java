package org.bidbench.cli.internal.sales;

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
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.kpi.KpiReport;
import org.bidbench.sales.core.kpi.KpiScope;
import org.bidbench.sales.core.kpi.KpiValue;
import org.bidbench.sales.core.kpi.Period;

/** {@code bidbench kpi --workspace DIR --period 2026Q3 [--json]}: the KPIs of a period, with what they were computed from. */
public class KpiCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		Options options = Options.parse(arguments, Set.of("--workspace", "--period", "--date"), Set.of("--json"));
		Period period = period(options.required("--period", "which period, e.g. 2026Q3, 2026-07 or 2026"));
		Instant now = now(options.value("--date"));
		var folder = SalesCommands.load(context, options.required("--workspace", "the sales workspace folder or team store URL"));
		List<String> problems = new ArrayList<>();
		KpiReport report = KpiReport.computeRegistered(folder.workspace(), period, KpiScope.all(), now, problems);
		problems.forEach(p -> context.err().println("warning: " + p));
		if (options.flag("--json")) {
			List<Map<String, Object>> values = new ArrayList<>();
			for (KpiValue v : report.values()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("id", v.id());
				m.put("name", v.name());
				m.put("value", v.value());
				m.put("unit", v.unit());
				m.put("numerator", v.numerator());
				m.put("denominator", v.denominator());
				values.add(m);
			}
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("period", period.start() + ".." + period.lastDay());
			json.put("kpis", values);
			context.out().print(JsonWriter.write(json));
			return 0;
		}
		context.out().println("KPIs " + period.start() + " .. " + period.lastDay());
		for (KpiValue v : report.values()) {
			context.out().printf("%-36s %18s %s%n", v.name(), v.isDefined() ? v.value().toPlainString() : "-", v.unit() == null ? "" : v.unit());
		}
		return 0;
	}

	static Period period(String text) throws UsageException {
		try {
			return Period.parse(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/** {@code --date} pins "now" (end of that day, UTC) so reports of the past can be remade. */
	static Instant now(String date) throws UsageException {
		if (date == null) {
			return Instant.now();
		}
		try {
			return LocalDate.parse(date).atTime(23, 59).toInstant(ZoneOffset.UTC);
		} catch (DateTimeParseException e) {
			throw new UsageException("--date takes a day as YYYY-MM-DD, not '" + date + "'");
		}
	}
}
