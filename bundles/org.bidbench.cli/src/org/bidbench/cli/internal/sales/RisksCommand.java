package org.bidbench.cli.internal.sales;

import java.time.Instant;
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
import org.bidbench.sales.core.risk.RiskFlag;
import org.bidbench.sales.core.risk.RiskFlags;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * {@code bidbench risks --workspace DIR [--date YYYY-MM-DD] [--all] [--json]}: the risk flags
 * nobody has acknowledged yet (with {@code --all} the acknowledged ones too), each with its
 * owner and the next step.
 */
public class RisksCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--date"), Set.of("--json", "--all"));
		Instant now = KpiCommand.now(options.value("--date"));
		SalesWorkspace workspace = SalesCommands.load(context, options.required("--workspace", "the sales workspace folder")).workspace();
		List<RiskFlag> flags = RiskFlags.of(workspace, now).stream().filter(f -> options.flag("--all") || f.isNew()).toList();
		if (options.flag("--json")) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (RiskFlag f : flags) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("opportunity", f.opportunity().getId());
				m.put("kind", f.kind().id());
				m.put("key", f.key());
				m.put("message", f.message());
				m.put("owner", f.owner() == null ? null : f.owner().getName());
				m.put("next_step", f.nextStep());
				m.put("acknowledged", !f.isNew());
				if (!f.isNew()) {
					m.put("acknowledged_by", f.acknowledgement().getAcknowledgedBy() == null
							? null
							: f.acknowledgement().getAcknowledgedBy().getName());
					m.put("acknowledged_at", String.valueOf(f.acknowledgement().getAt()));
					m.put("comment", f.acknowledgement().getComment());
				}
				rows.add(m);
			}
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("as_of", now.toString());
			json.put("flags", rows);
			context.out().print(JsonWriter.write(json));
			return 0;
		}
		for (RiskFlag f : flags) {
			context.out().println((f.isNew() ? "" : "[acknowledged] ") + f.kind().id() + ": " + f.message());
			context.out().println("    owner: " + (f.owner() == null ? "nobody (the role is empty)" : f.owner().getName()) + "; next: "
					+ f.nextStep());
		}
		context.out().println(flags.size() + " flag(s)" + (options.flag("--all") ? "" : " not acknowledged"));
		return 0;
	}
}
