package org.bidbench.cli.internal.sales;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.operations.TeamRole;
import org.bidbench.sales.model.Opportunity;

/** {@code bidbench team set ID --role sales|technical|commercial|pm --employee NAME}: a seat of the iron triangle. */
public class TeamCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.isEmpty() || !"set".equals(arguments.get(0))) {
			throw new UsageException("team set ID --role sales|technical|commercial|pm --employee NAME");
		}
		CommandOptions options = CommandOptions.parse(arguments.subList(1, arguments.size()), Set.of("--workspace", "--role", "--employee"), Set.of("--json"));
		String workspace = options.required("--workspace", "the sales workspace folder");
		if (options.positional().size() != 1) {
			throw new UsageException("give the id of the opportunity, e.g. O0001");
		}
		TeamRole role = TeamRole.byKey(options.required("--role", "the seat: sales, technical, commercial or pm"));
		if (role == null) {
			throw new UsageException("--role takes sales, technical, commercial or pm, not '" + options.value("--role") + "'");
		}
		String employee = options.required("--employee", "who takes the seat (a name or id of the workspace's employees)");
		String id = options.positional().get(0);
		Opportunity o = SalesCommands.change(context, workspace, ops -> {
			Opportunity opportunity = ops.opportunity(id);
			ops.setTeamMember(opportunity, role, ops.employee(employee));
			return opportunity;
		});
		List<TeamRole> empty = SalesOperations.emptyTeamRoles(o);
		if (options.flag("--json")) {
			context.out().print(JsonWriter.write(SalesJson.map("id", o.getId(), "role", role.key(), "employee", SalesJson.name(role.holder(o.getTeam())),
					"emptyTeamRoles", empty.stream().map(TeamRole::key).toList())));
		} else {
			context.out().println(role.label() + " of " + o.getId() + ": " + role.holder(o.getTeam()).getName()
					+ (empty.isEmpty() ? "; the team is complete" : "; still empty: " + empty.stream().map(TeamRole::label).collect(Collectors.joining(", "))));
		}
		return 0;
	}
}
