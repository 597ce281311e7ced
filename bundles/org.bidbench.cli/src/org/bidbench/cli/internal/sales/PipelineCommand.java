package org.bidbench.cli.internal.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;

/** {@code bidbench pipeline --workspace DIR [--json]}: open opportunities by stage, amount and weighted amount. */
public class PipelineCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		Options options = Options.parse(arguments, Set.of("--workspace"), Set.of("--json"));
		SalesWorkspace workspace = SalesCommands.load(context, options.required("--workspace", "the sales workspace folder or team store URL")).workspace();
		Map<Stage, List<Opportunity>> byStage = new LinkedHashMap<>();
		if (workspace.getProcess() != null) {
			workspace.getProcess().getStages().forEach(s -> byStage.put(s, new ArrayList<>()));
		}
		for (Opportunity o : workspace.getOpportunities()) {
			if (o.getStatus() == OpportunityStatus.OPEN && o.getStage() != null) {
				byStage.computeIfAbsent(o.getStage(), s -> new ArrayList<>()).add(o);
			}
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal weightedTotal = BigDecimal.ZERO;
		int count = 0;
		for (Map.Entry<Stage, List<Opportunity>> e : byStage.entrySet()) {
			BigDecimal amount = BigDecimal.ZERO;
			BigDecimal weighted = BigDecimal.ZERO;
			for (Opportunity o : e.getValue()) {
				BigDecimal a = o.getAmount() == null ? BigDecimal.ZERO : o.getAmount().amount();
				amount = amount.add(a);
				weighted = weighted.add(a.multiply(BigDecimal.valueOf(o.getProbability())).movePointLeft(2));
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("stage", e.getKey().getName());
			row.put("opportunities", e.getValue().size());
			row.put("amount", amount.setScale(2, RoundingMode.HALF_UP));
			row.put("weighted", weighted.setScale(2, RoundingMode.HALF_UP));
			rows.add(row);
			total = total.add(amount);
			weightedTotal = weightedTotal.add(weighted);
			count += e.getValue().size();
		}
		if (options.flag("--json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("currency", workspace.getCurrency());
			json.put("stages", rows);
			json.put("opportunities", count);
			json.put("amount", total.setScale(2, RoundingMode.HALF_UP));
			json.put("weighted", weightedTotal.setScale(2, RoundingMode.HALF_UP));
			context.out().print(JsonWriter.write(json));
			return 0;
		}
		context.out().printf("%-28s %6s %20s %20s%n", "stage", "open", "amount " + workspace.getCurrency(), "weighted");
		for (Map<String, Object> row : rows) {
			context.out().printf("%-28s %6d %,20.2f %,20.2f%n", row.get("stage"), row.get("opportunities"), row.get("amount"),
					row.get("weighted"));
		}
		context.out().printf("%-28s %6d %,20.2f %,20.2f%n", "total", count, total, weightedTotal);
		return 0;
	}
}
