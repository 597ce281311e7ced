package org.bidbench.cli.internal.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Opportunity;

/**
 * {@code bidbench contract new ID [--number TEXT] [--signed DATE] [--milestones NAME=PERCENT@DUE,...]}: the contract
 * signed on the opportunity's released quote, with its payment milestones (by default 30 % advance due 14 days after
 * signing, 60 % on completion after 180 days, 10 % retention after 365 days).
 */
public class ContractCommand implements CliCommand {

	record MilestoneSpec(String name, BigDecimal percent, LocalDate due) {
	}

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.isEmpty() || !"new".equals(arguments.get(0))) {
			throw new UsageException("contract new ID [--number TEXT] [--signed YYYY-MM-DD] [--milestones NAME=PERCENT@YYYY-MM-DD,...]");
		}
		CommandOptions options = CommandOptions.parse(arguments.subList(1, arguments.size()),
				Set.of("--workspace", "--number", "--signed", "--milestones", "--by"),
				Set.of("--json"));
		String workspace = options.required("--workspace", "the sales workspace folder");
		if (options.positional().size() != 1) {
			throw new UsageException("give the id of the opportunity, e.g. O0001");
		}
		String id = options.positional().get(0);
		LocalDate signed = options.value("--signed") == null ? null : SalesInputs.date(options.value("--signed"), "--signed");
		String specs = options.value("--milestones");
		Contract contract = SalesCommands.change(context, workspace, ops -> {
			Opportunity o = ops.opportunity(id);
			Contract c = ops.createContract(o, options.value("--number"), signed,
					SalesInputs.actor(options, ops, o.getTeam() == null ? null : o.getTeam().getCommercialLead()));
			for (MilestoneSpec m : milestones(specs, c.getSignedOn())) {
				ops.addMilestone(c, m.name(), m.percent(), m.due(), m.due());
			}
			return c;
		});
		if (options.flag("--json")) {
			context.out().print(JsonWriter.write(SalesJson.contract(contract)));
		} else {
			context.out().println("contract " + contract.getId() + " (" + contract.getNumber() + ") of " + contract.getValue() + " signed on "
					+ contract.getSignedOn() + " from quote " + contract.getQuote().getId() + ", " + contract.getMilestones().size()
					+ " payment milestone(s)");
		}
		return 0;
	}

	static List<MilestoneSpec> milestones(String specs, LocalDate signed) throws CommandException {
		List<MilestoneSpec> result = new ArrayList<>();
		if (specs == null) {
			result.add(new MilestoneSpec("Advance payment", new BigDecimal("30"), signed.plusDays(14)));
			result.add(new MilestoneSpec("Completion", new BigDecimal("60"), signed.plusDays(180)));
			result.add(new MilestoneSpec("Retention", new BigDecimal("10"), signed.plusDays(365)));
			return result;
		}
		for (String spec : specs.split(",")) {
			int eq = spec.indexOf('=');
			int at = spec.indexOf('@');
			if (eq <= 0 || at < eq) {
				throw new CommandException("--milestones: '" + spec + "' is not NAME=PERCENT@YYYY-MM-DD; write e.g. Advance=30@2026-04-15");
			}
			BigDecimal percent;
			try {
				percent = new BigDecimal(spec.substring(eq + 1, at).replace("%", "").strip());
			} catch (NumberFormatException e) {
				throw new CommandException("--milestones: '" + spec.substring(eq + 1, at) + "' in '" + spec + "' is not a percentage; write e.g. 30");
			}
			result.add(new MilestoneSpec(spec.substring(0, eq).strip(), percent, SalesInputs.date(spec.substring(at + 1), "--milestones")));
		}
		return result;
	}
}
