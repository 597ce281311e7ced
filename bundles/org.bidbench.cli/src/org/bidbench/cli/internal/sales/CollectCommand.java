package org.bidbench.cli.internal.sales;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.PaymentMilestone;

/**
 * {@code bidbench collect CONTRACT-ID --milestone N --amount N --on DATE} (cash received; never more than is due) and
 * {@code bidbench invoice CONTRACT-ID --milestone N --on DATE} (the invoice a collection is recorded against).
 */
public class CollectCommand implements CliCommand {

	private final boolean collect;

	public CollectCommand() {
		this(true);
	}

	protected CollectCommand(boolean collect) {
		this.collect = collect;
	}

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--milestone", "--amount", "--on"), Set.of("--json"));
		String workspace = options.required("--workspace", "the sales workspace folder");
		if (options.positional().size() != 1) {
			throw new UsageException("give the contract, e.g. O0001-K or its number");
		}
		int number = SalesInputs.number(options.required("--milestone", "which payment milestone, 1 for the first"), "--milestone");
		String amount = collect ? options.required("--amount", "the amount received") : null;
		LocalDate on = SalesInputs.date(options.required("--on", collect ? "the date the money came in" : "the invoice date"), "--on");
		String id = options.positional().get(0);
		Contract contract = SalesCommands.change(context, workspace, ops -> {
			Contract c = ops.contract(id);
			if (collect) {
				ops.recordCollection(c, number, SalesInputs.amount(amount, "--amount", ops.workspace()), on);
			} else {
				ops.markInvoiced(c, number, on);
			}
			return c;
		});
		PaymentMilestone m = contract.getMilestones().get(number - 1);
		if (options.flag("--json")) {
			context.out().print(JsonWriter.write(SalesJson.contract(contract)));
		} else if (collect) {
			context.out().println("milestone " + number + " '" + m.getName() + "' of " + contract.getId() + ": " + m.getCollectedAmount() + " of "
					+ m.getAmount() + " collected, " + SalesOperations.outstanding(m) + " outstanding");
		} else {
			context.out().println("milestone " + number + " '" + m.getName() + "' of " + contract.getId() + " invoiced on " + m.getInvoicedOn()
					+ " for " + m.getAmount());
		}
		return 0;
	}
}
