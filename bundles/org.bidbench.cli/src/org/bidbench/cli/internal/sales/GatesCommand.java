package org.bidbench.cli.internal.sales;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.model.SalesWorkspace;

/** {@code bidbench gates --workspace DIR [--overdue] [--json]}: open gates with their deadlines and who answers for them. */
public class GatesCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--date"), Set.of("--overdue", "--json"));
		Instant now = KpiCommand.now(options.value("--date"));
		SalesWorkspace workspace = SalesCommands.load(context, options.required("--workspace", "the sales workspace folder or team store URL")).workspace();
		List<GateDeadline> gates = new ArrayList<>(options.flag("--overdue") ? GateDeadlines.overdue(workspace, now) : GateDeadlines.open(workspace));
		gates.sort(Comparator.comparing(GateDeadline::dueAt, Comparator.nullsLast(Comparator.naturalOrder())));
		if (options.flag("--json")) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (GateDeadline g : gates) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("opportunity", g.opportunity().getId());
				m.put("opportunityName", g.opportunity().getName());
				m.put("gate", g.gate().getName());
				m.put("due", g.dueAt() == null ? null : g.dueAt().toString());
				m.put("overdue", g.isOverdue(now));
				m.put("responsible", g.responsible() == null ? null : g.responsible().getName());
				rows.add(m);
			}
			context.out().print(JsonWriter.write(Map.of("gates", rows)));
			return 0;
		}
		for (GateDeadline g : gates) {
			String late = g.isOverdue(now) ? Duration.between(g.dueAt(), now).toDays() + " d late" : "";
			context.out().printf("%-10s %-40s %-40s %-22s %-12s %s%n", g.opportunity().getId(), g.opportunity().getName(), g.gate().getName(),
					g.dueAt() == null ? "no deadline" : g.dueAt().toString(), late, g.responsible() == null
							? "nobody in the team holds the role"
							: g.responsible().getName());
		}
		context.out().println(gates.size() + (options.flag("--overdue") ? " overdue gate(s)" : " open gate(s)"));
		return 0;
	}
}
