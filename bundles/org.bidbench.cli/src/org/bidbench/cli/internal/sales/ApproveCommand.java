package org.bidbench.cli.internal.sales;

import java.util.List;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.process.RuleCheck;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;

/**
 * {@code bidbench approve QUOTE-ID --role technical|finance|manager --accept|--reject [--comment TEXT]}: a verdict on a
 * quote revision in review. The approver is the opportunity's technical lead for {@code technical}, the workspace's
 * finance employee for {@code finance} and its sales manager for {@code manager}, unless {@code --by} names one.
 */
public class ApproveCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--role", "--comment", "--by"),
				Set.of("--accept", "--reject", "--json"));
		String workspace = options.required("--workspace", "the sales workspace folder");
		if (options.positional().size() != 1) {
			throw new UsageException("give the quote revision, e.g. O0001-Q-r1");
		}
		EmployeeRole role = switch (options.required("--role", "technical, finance or manager")) {
			case "technical" -> EmployeeRole.TECHNICAL_LEAD;
			case "finance" -> EmployeeRole.FINANCE;
			case "manager" -> EmployeeRole.SALES_MANAGER;
			default -> throw new UsageException("--role takes technical, finance or manager, not '" + options.value("--role") + "'");
		};
		boolean accept = options.flag("--accept");
		if (accept == options.flag("--reject")) {
			throw new UsageException("give either --accept or --reject");
		}
		String id = options.positional().get(0);
		Quote quote = SalesCommands.change(context, workspace, ops -> {
			Quote q = ops.quote(id);
			Employee approver = approver(ops, q, role, options.value("--by"));
			if (accept) {
				ops.approveQuote(q, approver, options.value("--comment"));
			} else {
				ops.rejectQuote(q, approver, options.value("--comment"));
			}
			return q;
		});
		if (options.flag("--json")) {
			context.out().print(JsonWriter.write(SalesJson.quote(quote)));
		} else {
			context.out().println("quote " + quote.getId() + " " + (accept ? "approved" : "rejected") + " by the " + role.getLiteral() + "; now "
					+ quote.getStatus().getLiteral());
		}
		return 0;
	}

	/** Who gives the verdict: the one {@code --by} names, who must hold the role, or the holder of the role. */
	private static Employee approver(SalesOperations ops, Quote quote, EmployeeRole role, String by) {
		if (by != null) {
			Employee named = ops.employee(by);
			if (named.getRole() != role) {
				throw refusal(named.getName() + " is " + named.getRole().getLiteral() + ", not " + role.getLiteral() + ": the " + role.getLiteral()
						+ " approves in that role; give --by one of them or another --role.");
			}
			return named;
		}
		Opportunity o = (Opportunity) quote.eContainer();
		if (role == EmployeeRole.TECHNICAL_LEAD && o.getTeam() != null && o.getTeam().getTechnicalLead() != null) {
			return o.getTeam().getTechnicalLead();
		}
		if (o.getTeam() != null && o.getTeam().getCommercialLead() != null && o.getTeam().getCommercialLead().getRole() == role) {
			return o.getTeam().getCommercialLead();
		}
		return ops.workspace().getEmployees().stream().filter(e -> e.getRole() == role).findFirst()
				.orElseThrow(() -> refusal("Nobody in the workspace is " + role.getLiteral() + " to approve quote " + quote.getId()
						+ ": add such an employee or name the approver with --by."));
	}

	private static RefusedException refusal(String message) {
		return new RefusedException(new RuleCheck(List.of(message)));
	}
}
