package org.bidbench.cli.internal.sales;

import java.time.LocalDate;
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
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * {@code bidbench pipeline --workspace DIR [--date YYYY-MM-DD] [--json]}: open opportunities by
 * stage, amount and weighted amount, weighted as everywhere in BidBench ({@link WeightedPipeline}).
 */
public class PipelineCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--date"), Set.of("--json"));
		LocalDate day = KpiCommand.day(options.value("--date"));
		SalesWorkspace workspace = SalesCommands.load(context, options.required("--workspace", "the sales workspace folder or team store URL")).workspace();
		WeightedPipeline pipeline = WeightedPipeline.of(workspace, day);
		List<Map<String, Object>> rows = new ArrayList<>();
		pipeline.byStage(workspace).forEach((stage, t) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("stage", stage.getName());
			row.put("opportunities", t.opportunities());
			row.put("amount", t.amount());
			row.put("weighted", t.weighted());
			rows.add(row);
		});
		WeightedPipeline.Totals total = pipeline.total();
		if (options.flag("--json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("as_of", day.toString());
			json.put("currency", workspace.getCurrency());
			json.put("stages", rows);
			json.put("opportunities", total.opportunities());
			json.put("amount", total.amount());
			json.put("weighted", total.weighted());
			context.out().print(JsonWriter.write(json));
			return 0;
		}
		context.out().printf("%-28s %6s %20s %20s%n", "stage", "open", "amount " + workspace.getCurrency(), "weighted");
		for (Map<String, Object> row : rows) {
			context.out().printf("%-28s %6d %,20.2f %,20.2f%n", row.get("stage"), row.get("opportunities"), row.get("amount"),
					row.get("weighted"));
		}
		context.out().printf("%-28s %6d %,20.2f %,20.2f%n", "total", total.opportunities(), total.amount(), total.weighted());
		context.out().println("weighted by the win probability as of " + day + " (bidbench forecast shows each one and why)");
		return 0;
	}
}
