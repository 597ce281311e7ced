package org.bidbench.cli.internal.sales;

import java.util.List;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.Opportunity;

/**
 * {@code bidbench lead new|qualify|convert|drop}: leads through {@code SalesOperations}.
 */
public class LeadCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.isEmpty()) {
			throw new UsageException("say what to do with a lead: new, qualify, convert or drop");
		}
		String action = arguments.get(0);
		CommandOptions options = CommandOptions.parse(arguments.subList(1, arguments.size()),
				Set.of("--workspace", "--title", "--customer", "--source", "--region", "--owner", "--amount", "--by", "--reason"), Set.of("--json"));
		String workspace = options.required("--workspace", "the sales workspace folder");
		switch (action) {
			case "new" -> {
				String title = options.required("--title", "what the prospect wants, in a few words");
				boolean[] newCustomer = {false};
				Lead lead = SalesCommands.change(context, workspace, ops -> {
					var owner = options.value("--owner") == null ? null : ops.employee(options.value("--owner"));
					Customer customer = options.value("--customer") == null ? null : ops.findCustomer(options.value("--customer"));
					if (options.value("--customer") != null && customer == null) {
						customer = ops.createCustomer(options.value("--customer"), null, options.value("--region"), null);
						newCustomer[0] = true;
					}
					return ops.createLead(title, customer, options.value("--source"), options.value("--region"), owner);
				});
				if (newCustomer[0]) {
					context.err().println("new customer " + lead.getCustomer().getId() + " '" + lead.getCustomer().getName() + "'");
				}
				print(context, options, lead, "lead " + lead.getId() + " '" + lead.getTitle() + "' registered");
			}
			case "qualify" -> {
				String id = one(options, "qualify");
				Lead lead = SalesCommands.change(context, workspace, ops -> {
					Lead l = ops.lead(id);
					ops.qualifyLead(l);
					return l;
				});
				print(context, options, lead, "lead " + lead.getId() + " is being qualified");
			}
			case "convert" -> {
				String id = one(options, "convert");
				Lead lead = SalesCommands.change(context, workspace, ops -> {
					Lead l = ops.lead(id);
					Opportunity o = ops.convertLead(l, options.value("--title"),
							options.value("--amount") == null ? null : SalesInputs.amount(options.value("--amount"), "--amount", ops.workspace()),
							SalesInputs.actor(options, ops, l.getOwner()));
					return o == null ? null : l;
				});
				print(context, options, lead, "lead " + lead.getId() + " converted into opportunity " + lead.getOpportunity().getId() + " '"
						+ lead.getOpportunity().getName() + "' (stage " + lead.getOpportunity().getStage().getName() + ")");
			}
			case "drop" -> {
				String id = one(options, "drop");
				String reason = options.required("--reason", "why the lead is dropped");
				Lead lead = SalesCommands.change(context, workspace, ops -> {
					Lead l = ops.lead(id);
					ops.dropLead(l, reason);
					return l;
				});
				print(context, options, lead, "lead " + lead.getId() + " dropped: " + lead.getDropReason());
			}
			default -> throw new UsageException("unknown lead action '" + action + "': new, qualify, convert or drop");
		}
		return 0;
	}

	private static String one(CommandOptions options, String action) throws UsageException {
		if (options.positional().size() != 1) {
			throw new UsageException("give the id of the lead to " + action + ", e.g. L001");
		}
		return options.positional().get(0);
	}

	private static void print(CommandContext context, CommandOptions options, Lead lead, String line) {
		context.out().print(options.flag("--json") ? JsonWriter.write(SalesJson.lead(lead)) : line + "\n");
	}
}
