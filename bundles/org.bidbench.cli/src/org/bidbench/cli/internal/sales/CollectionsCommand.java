package org.bidbench.cli.internal.sales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.kpi.CollectionsReport;
import org.bidbench.sales.core.kpi.CollectionsReport.Ageing;
import org.bidbench.sales.core.kpi.CollectionsReport.Bucket;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * {@code bidbench collections --workspace DIR [--date YYYY-MM-DD] [--json]}: receivables ageing by
 * region and customer, the overdue milestones with who chases them, and the expected cash by month.
 */
public class CollectionsCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--date"), Set.of("--json"));
		LocalDate day = KpiCommand.day(options.value("--date"));
		SalesWorkspace workspace = SalesCommands.load(context, options.required("--workspace", "the sales workspace folder")).workspace();
		CollectionsReport report = CollectionsReport.compute(workspace, day);
		if (options.flag("--json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("as_of", day.toString());
			json.put("currency", report.currency());
			json.put("buckets", List.of(Bucket.values()).stream().map(Bucket::id).toList());
			json.put("ageing", ageing(report.total()));
			json.put("ageing_by_region", report.byRegion().stream().map(CollectionsCommand::ageing).toList());
			json.put("ageing_by_customer", report.byCustomer().stream().map(CollectionsCommand::ageing).toList());
			List<Map<String, Object>> overdue = new ArrayList<>();
			for (CollectionsReport.Receivable r : report.overdue()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("opportunity", r.opportunity().getId());
				m.put("customer", r.opportunity().getCustomer() == null ? null : r.opportunity().getCustomer().getName());
				m.put("contract", r.contract().getNumber());
				m.put("milestone", r.milestone().getName());
				m.put("outstanding", r.outstanding());
				m.put("due", r.dueDate().toString());
				m.put("days_overdue", r.daysPastDue());
				m.put("bucket", r.bucket().id());
				m.put("responsible", r.responsible() == null ? null : r.responsible().getName());
				overdue.add(m);
			}
			json.put("overdue", overdue);
			List<Map<String, Object>> cash = new ArrayList<>();
			for (CollectionsReport.CashMonth c : report.cashByMonth()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("month", c.month().toString());
				m.put("collected", c.collected());
				m.put("expected", c.expected());
				cash.add(m);
			}
			json.put("expected_cash", cash);
			context.out().print(JsonWriter.write(json));
			return 0;
		}
		var out = context.out();
		out.println("Receivables as of " + day + " (" + report.currency() + ")");
		out.printf("%-30s %16s %16s %16s %16s %16s %16s%n", "region", "current", "1-30", "31-60", "61-90", "over 90", "total");
		for (Ageing a : report.byRegion()) {
			row(out, a);
		}
		row(out, report.total());
		out.println();
		out.println("Overdue milestones");
		for (CollectionsReport.Receivable r : report.overdue()) {
			out.printf(Locale.ROOT, "  %-8s %-30s %-18s %,16.2f due %s (%d days) %s%n", r.opportunity().getId(),
					ForecastCommand.cut(r.opportunity().getCustomer() == null ? "" : r.opportunity().getCustomer().getName(), 30),
					ForecastCommand.cut(r.milestone().getName(), 18), r.outstanding(), r.dueDate(), r.daysPastDue(),
					r.responsible() == null ? "nobody" : r.responsible().getName());
		}
		out.println();
		out.println("Cash by month: collected, expected");
		for (CollectionsReport.CashMonth c : report.cashByMonth()) {
			out.printf(Locale.ROOT, "  %s %,18.2f %,18.2f%n", c.month(), c.collected(), c.expected());
		}
		return 0;
	}

	private static void row(java.io.PrintStream out, Ageing a) {
		out.printf(Locale.ROOT, "%-30s %,16.2f %,16.2f %,16.2f %,16.2f %,16.2f %,16.2f%n", ForecastCommand.cut(a.name(), 30),
				a.amount(Bucket.CURRENT), a.amount(Bucket.DAYS_1_30), a.amount(Bucket.DAYS_31_60), a.amount(Bucket.DAYS_61_90),
				a.amount(Bucket.OVER_90), a.total());
	}

	private static Map<String, Object> ageing(Ageing a) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", a.name());
		for (Bucket b : Bucket.values()) {
			m.put(b.id(), a.amount(b));
		}
		m.put("total", a.total());
		return m;
	}
}
