package org.bidbench.cli.internal.sales;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.process.RuleCheck;
import org.bidbench.sales.model.Deliverable;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.Opportunity;

/**
 * {@code bidbench deliverable submit ID GATE --file FILE} and
 * {@code bidbench deliverable review ID GATE --accept|--return --comment TEXT}: the documents a gate asks for.
 * The reviewer is the team member holding the role the gate names, unless {@code --by} names another.
 */
public class DeliverableCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.isEmpty() || !Set.of("submit", "review").contains(arguments.get(0))) {
			throw new UsageException("deliverable submit ID GATE --file FILE | deliverable review ID GATE --accept|--return --comment TEXT");
		}
		String action = arguments.get(0);
		CommandOptions options = CommandOptions.parse(arguments.subList(1, arguments.size()), Set.of("--workspace", "--file", "--comment", "--by", "--title"),
				Set.of("--accept", "--return", "--json"));
		String workspace = options.required("--workspace", "the sales workspace folder");
		if (options.positional().size() != 2) {
			throw new UsageException("give the opportunity and the gate, e.g. O0001 requirements-analysis");
		}
		String id = options.positional().get(0);
		String gateName = options.positional().get(1);
		Deliverable deliverable;
		if (action.equals("submit")) {
			Path file = context.resolve(options.required("--file", "the document that meets the gate"));
			if (!Files.isRegularFile(file)) {
				throw new CommandException("--file " + file + ": no such file; give the document (report, solution) to submit");
			}
			deliverable = SalesCommands.change(context, workspace, ops -> {
				Opportunity o = ops.opportunity(id);
				Gate gate = ops.gate(gateName);
				return ops.submitDeliverable(o, gate, file.toString(), options.value("--title"),
						SalesInputs.actor(options, ops, GateDeadlines.responsible(o.getTeam(), gate.getResponsibleRole())));
			});
		} else {
			boolean accept = options.flag("--accept");
			if (accept == options.flag("--return")) {
				throw new UsageException("give either --accept or --return");
			}
			String comment = accept ? options.value("--comment") : options.required("--comment", "what the author is to change");
			deliverable = SalesCommands.change(context, workspace, ops -> {
				Opportunity o = ops.opportunity(id);
				Gate gate = ops.gate(gateName);
				Deliverable latest = SalesOperations.latestDeliverable(o, gate);
				if (latest == null) {
					throw new RefusedException(new RuleCheck(List.of("Opportunity " + o.getId() + " has no '" + gate.getDeliverableType()
							+ "' deliverable to review: submit one first (bidbench deliverable submit).")));
				}
				Employee reviewer = SalesInputs.actor(options, ops,
						gate.isSetReviewerRole() ? GateDeadlines.responsible(o.getTeam(), gate.getReviewerRole()) : null);
				ops.reviewDeliverable(latest, reviewer, accept, comment);
				return latest;
			});
		}
		if (options.flag("--json")) {
			context.out().print(JsonWriter.write(SalesJson.map("id", deliverable.getId(), "type", deliverable.getType(), "status",
					deliverable.getStatus().getLiteral(), "location", deliverable.getLocation(), "reviewer", SalesJson.name(deliverable.getReviewer()),
					"reviewComment", deliverable.getReviewComment())));
		} else {
			context.out().println("deliverable " + deliverable.getId() + " (" + deliverable.getType() + ") " + deliverable.getStatus().getLiteral()
					+ (deliverable.getReviewer() == null ? "" : " by " + deliverable.getReviewer().getName()));
		}
		return 0;
	}
}
