package org.bidbench.cli.internal.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.bidbench.cli.internal.sales.SalesCommands;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.exchange.ColumnMapping;
import org.bidbench.sales.exchange.ExchangeException;
import org.bidbench.sales.exchange.RecordKind;
import org.bidbench.sales.exchange.SalesImport;
import org.bidbench.sales.exchange.SalesImport.PlannedRow;
import org.bidbench.sales.exchange.SalesImport.RowError;

/**
 * {@code bidbench import customers|opportunities|contacts FILE.csv|FILE.xlsx --workspace DIR [--mapping MAP.yaml] [--dry-run] [--good-rows]}:
 * every row is read and checked first; a file with bad rows imports nothing unless {@code --good-rows}.
 */
public class ImportCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--mapping"), Set.of("--dry-run", "--good-rows"));
		if (options.positional().size() != 2) {
			throw new UsageException("give what and from where: bidbench import customers|opportunities|contacts FILE.csv|FILE.xlsx");
		}
		RecordKind kind;
		try {
			kind = RecordKind.of(options.positional().get(0));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		Path file = context.resolve(options.positional().get(1));
		String workspaceArgument = options.required("--workspace", "the sales workspace folder or postgresql:// URL to import into");
		try {
			ColumnMapping mapping = options.value("--mapping") == null
					? ColumnMapping.identity(kind)
					: ColumnMapping.read(context.resolve(options.value("--mapping")), kind);
			try (SalesStore workspace = SalesCommands.load(context, workspaceArgument)) {
				return run(context, options, kind, file, mapping, workspace);
			}
		} catch (ExchangeException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	private static int run(CommandContext context, CommandOptions options, RecordKind kind, Path file, ColumnMapping mapping, SalesStore workspace)
			throws CommandException, ExchangeException {
		long start = System.nanoTime();
		SalesImport.Plan plan = SalesImport.plan(workspace.workspace(), kind, file, mapping);
		boolean dryRun = options.flag("--dry-run");
		if (dryRun) {
			for (PlannedRow row : plan.rows()) {
				context.out().printf("row %d: %s %s %s'%s'%n", row.row(), row.creates() ? "create" : "match", kind.singular(),
						row.id() == null ? "" : row.id() + " ", row.name());
			}
		}
		for (RowError error : plan.errors()) {
			context.err().println("error: " + file.getFileName() + ": " + error);
		}
		String counts = plan.read() + " row(s) read: " + plan.creates() + " to create, " + plan.matches() + " matching records already there, "
				+ badRows(plan).size() + " bad";
		if (!plan.errors().isEmpty() && !options.flag("--good-rows")) {
			throw new CommandException(file + ": " + badRows(plan).size() + " bad row(s) (" + badRows(plan).stream().map(String::valueOf)
					.collect(Collectors.joining(", ")) + "), listed above; nothing " + (dryRun ? "would be" : "was")
					+ " imported: fix them, or import the good rows with --good-rows");
		}
		if (dryRun) {
			context.out().println("dry run: " + counts + "; nothing was changed");
			return 0;
		}
		int[] done = SalesImport.apply(workspace.workspace(), plan, true);
		long applied = System.nanoTime();
		SalesCommands.save(workspace);
		context.err().printf("read and checked in %d ms, saved in %d ms%n", (applied - start) / 1_000_000,
				(System.nanoTime() - applied) / 1_000_000);
		context.out().printf("imported %s from %s: %d created, %d updated%s%n", kind.word(), file.getFileName(), done[0], done[1],
				plan.errors().isEmpty() ? "" : "; bad rows left out: " + badRows(plan).stream().map(String::valueOf).collect(Collectors.joining(", ")));
		return 0;
	}

	private static List<Integer> badRows(SalesImport.Plan plan) {
		return plan.errors().stream().map(RowError::row).distinct().toList();
	}
}
