package org.bidbench.cli.internal.sales;

import java.util.List;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;

/**
 * {@code bidbench release QUOTE-ID} (to the client, once its approvals allow) and {@code bidbench submit QUOTE-ID}
 * (a draft revision, such as one an approver rejected, back to review): one class, the command name says which.
 */
public abstract class QuoteStatusCommand implements CliCommand {

	private final boolean release;

	protected QuoteStatusCommand(boolean release) {
		this.release = release;
	}

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--by"), Set.of("--json"));
		String workspace = options.required("--workspace", "the sales workspace folder");
		if (options.positional().size() != 1) {
			throw new UsageException("give the quote revision, e.g. O0001-Q-r1");
		}
		String id = options.positional().get(0);
		Quote quote = SalesCommands.change(context, workspace, ops -> {
			Quote q = ops.quote(id);
			if (release) {
				Opportunity o = (Opportunity) q.eContainer();
				ops.releaseQuote(q, SalesInputs.actor(options, ops, o.getTeam() == null ? null : o.getTeam().getSalesLead()));
			} else {
				ops.submitQuoteForReview(q);
			}
			return q;
		});
		if (options.flag("--json")) {
			context.out().print(JsonWriter.write(SalesJson.quote(quote)));
		} else {
			context.out().println("quote " + quote.getId() + " " + quote.getStatus().getLiteral()
					+ (release && quote.getPreviousRevision() != null
							? "; " + quote.getPreviousRevision().getId() + " is "
									+ quote.getPreviousRevision().getStatus().getLiteral()
							: ""));
		}
		return 0;
	}
}
