package org.bidbench.cli.internal.sales;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Team;

/**
 * {@code bidbench opportunity new|show|move|lose}: opportunities through {@code SalesOperations}.
 * A refused move prints the blocking gate, its responsible role and what to do on one line.
 */
public class OpportunityCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.isEmpty()) {
			throw new UsageException("say what to do: new, show, move or lose");
		}
		String action = arguments.get(0);
		CommandOptions options = CommandOptions.parse(arguments.subList(1, arguments.size()),
				Set.of("--workspace", "--customer", "--title", "--amount", "--by", "--reason", "--competitor", "--note"), Set.of("--json"));
		String workspace = options.required("--workspace", "the sales workspace folder");
		Opportunity result;
		String line;
		switch (action) {
			case "new" -> {
				String customerName = options.required("--customer", "the customer organisation (created when new)");
				String title = options.required("--title", "what is to be sold, in a few words");
				String amount = options.required("--amount", "the expected contract value");
				boolean[] newCustomer = {false};
				result = SalesCommands.change(context, workspace, ops -> {
					// every input is checked before anything is created, so a refusal reports nothing as made
					var value = SalesInputs.amount(amount, "--amount", ops.workspace());
					var by = SalesInputs.actor(options, ops, null);
					Customer customer = ops.findCustomer(customerName);
					if (customer == null) {
						customer = ops.createCustomer(customerName, null, null, null);
						newCustomer[0] = true;
					}
					return ops.createOpportunity(customer, title, value, by);
				});
				if (newCustomer[0]) {
					context.err().println("new customer " + result.getCustomer().getId() + " '" + result.getCustomer().getName() + "'");
				}
				line = "opportunity " + result.getId() + " '" + result.getName() + "' of " + result.getCustomer().getName() + ", stage "
						+ result.getStage().getName();
			}
			case "show" -> {
				String id = one(options, "show");
				try (var store = SalesCommands.load(context, workspace)) {
					SalesOperations ops = SalesCommands.operations(store);
					try {
						result = ops.opportunity(id);
					} catch (RefusedException e) {
						throw new CommandException(e.getMessage(), e);
					}
					if (options.flag("--json")) {
						context.out().print(JsonWriter.write(SalesJson.opportunity(result, ops.now())));
					} else {
						show(context, result, ops);
					}
				}
				return 0;
			}
			case "move" -> {
				if (options.positional().size() != 2) {
					throw new UsageException("give the opportunity and the stage: opportunity move O0001 Solution");
				}
				String id = options.positional().get(0);
				String stage = options.positional().get(1);
				result = SalesCommands.change(context, workspace, ops -> {
					Opportunity o = ops.opportunity(id);
					ops.moveToStage(o, ops.stage(stage), SalesInputs.actor(options, ops, o.getTeam() == null ? null : o.getTeam().getSalesLead()),
							options.value("--note"));
					return o;
				});
				line = "opportunity " + result.getId() + " is in stage " + result.getStage().getName() + " (" + result.getStatus().getLiteral() + ", "
						+ result.getProbability() + " %)";
			}
			case "lose" -> {
				String id = one(options, "close lost");
				String reason = options.required("--reason", "why it was lost (the win/loss analysis needs it)");
				result = SalesCommands.change(context, workspace, ops -> {
					Opportunity o = ops.opportunity(id);
					ops.closeLost(o, reason, options.value("--competitor"), SalesInputs.actor(options, ops, null));
					return o;
				});
				line = "opportunity " + result.getId() + " closed lost: " + result.getLostReason()
						+ (result.getWinningCompetitor() == null ? "" : "; won by " + result.getWinningCompetitor());
			}
			default -> throw new UsageException("unknown opportunity action '" + action + "': new, show, move or lose");
		}
		context.out().print(options.flag("--json")
				? JsonWriter.write(Map.of("id", result.getId(), "stage", result.getStage().getName(),
						"status", result.getStatus().getLiteral()))
				: line + "\n");
		return 0;
	}

	private static void show(CommandContext context, Opportunity o, SalesOperations ops) {
		var out = context.out();
		out.println(o.getId() + " " + o.getName() + " (" + o.getCustomer().getName() + ")");
		out.println("  stage " + o.getStage().getName() + ", " + o.getStatus().getLiteral() + ", " + o.getProbability() + " %, amount "
				+ (o.getAmount() == null ? "-" : o.getAmount()));
		Team t = o.getTeam();
		out.println("  team: sales " + SalesJson.name(t == null ? null : t.getSalesLead()) + ", technical "
				+ SalesJson.name(t == null ? null : t.getTechnicalLead()) + ", commercial " + SalesJson.name(t == null ? null : t.getCommercialLead())
				+ ", pm " + SalesJson.name(t == null ? null : t.getProjectManager()));
		o.getActivities().forEach(a -> out.println("  activity " + a.getId() + " " + a.getKind().getLiteral() + " " + a.getAt() + " " + a.getSubject()));
		o.getDeliverables().forEach(d -> out.println("  deliverable " + d.getId() + " " + d.getType() + " " + d.getStatus().getLiteral()
				+ (d.getReviewComment() == null ? "" : " (" + d.getReviewComment() + ")")));
		o.getQuotes().forEach(q -> out.println("  quote " + q.getId() + " " + q.getStatus().getLiteral() + ", " + q.getLines().size() + " lines"));
		if (o.getContract() != null) {
			out.println("  contract " + o.getContract().getId() + " " + o.getContract().getNumber() + " " + o.getContract().getValue() + ", "
					+ o.getContract().getMilestones().size() + " milestone(s)");
		}
		if (o.getLostReason() != null) {
			out.println("  lost: " + o.getLostReason() + (o.getWinningCompetitor() == null ? "" : " (won by " + o.getWinningCompetitor() + ")"));
		}
	}

	private static String one(CommandOptions options, String action) throws UsageException {
		if (options.positional().size() != 1) {
			throw new UsageException("give the id of the opportunity to " + action + ", e.g. O0001");
		}
		return options.positional().get(0);
	}
}
