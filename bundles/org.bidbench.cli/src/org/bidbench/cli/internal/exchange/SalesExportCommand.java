package org.bidbench.cli.internal.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.bidbench.cli.internal.sales.SalesCommands;
import org.bidbench.sales.exchange.ExchangeException;
import org.bidbench.sales.exchange.RecordKind;
import org.bidbench.sales.exchange.SalesExport;

/**
 * {@code bidbench export customers|opportunities|contacts --workspace DIR --out FILE.csv|FILE.xlsx}: the sales records in
 * BidBench's own columns, which {@code bidbench import} reads back without a mapping. The {@code export} command hands these
 * three words over to this class; a model file goes to the glTF export as before.
 */
public final class SalesExportCommand {

	/** The first arguments that make {@code export} a sales export. */
	public static final Set<String> KINDS = Set.of("customers", "opportunities", "contacts");

	private SalesExportCommand() {
	}

	public static int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--out"), Set.of());
		if (options.positional().size() != 1) {
			throw new UsageException("give one of customers, opportunities, contacts");
		}
		RecordKind kind = RecordKind.of(options.positional().get(0));
		Path out = context.resolve(options.required("--out", "the file to write, .csv or .xlsx"));
		try (var workspace = SalesCommands.load(context, options.required("--workspace", "the sales workspace folder or postgresql:// URL"))) {
			int count = SalesExport.write(workspace.workspace(), kind, out);
			context.out().printf("%s: %d %s%n", out.getFileName(), count, kind.word());
			return 0;
		} catch (ExchangeException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}
}
