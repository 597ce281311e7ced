package org.bidbench.cli.internal.takeoff;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.FlagKind;
import org.bidbench.qto.TakeoffExport;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;

/** {@code bidbench takeoff FILE [--rules PACK] [--out OUT.csv|.xlsx|.json] [--authored-only]}. */
public class TakeoffCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		TakeoffInputs in = TakeoffInputs.parse(context, arguments, 1);
		RulePack pack = in.pack(context);
		IfcModel model = in.model(context, in.files.get(0));
		try {
			TakeoffResult result = new TakeoffSession(model, in.computed(context, model)).run(pack);
			print(context.out(), result);
			in.writeOut(context, file -> TakeoffExport.write(result, file));
			return 0;
		} catch (IllegalStateException e) {
			throw new CommandException(e.getMessage() + " -- run again with --authored-only to skip computed quantities");
		} finally {
			in.close();
		}
	}

	static void print(PrintStream out, TakeoffResult r) {
		out.println("Take-off of " + r.modelFile() + " (" + r.ifcSchema() + ", SHA-256 " + r.modelSha256() + ")");
		out.println("Rule pack " + r.packId() + " " + r.packVersion() + " (" + r.packName() + "); computed quantities: "
				+ r.engine());
		out.println();
		Table lines = new Table(new boolean[]{false, false, false, true, false, true, true}, "Item", "Description",
				"Group", "Quantity", "Unit", "Elements", "Flagged");
		Map<String, double[]> totals = new LinkedHashMap<>();
		Map<String, String[]> totalLabels = new LinkedHashMap<>();
		for (TakeoffLine l : r.lines()) {
			long flagged = l.contributions().stream().filter(c -> !c.flags().isEmpty()).count();
			lines.add(l.itemCode(), l.description(), l.groupLabel(), Table.number(l.quantity()), l.unit(),
					String.valueOf(l.contributions().size()), flagged == 0 ? "" : String.valueOf(flagged));
			String key = l.itemCode() + "\u0000" + l.unit();
			double[] t = totals.computeIfAbsent(key, k -> new double[2]);
			t[0] += l.quantity();
			t[1] += l.contributions().size();
			totalLabels.put(key, new String[]{l.itemCode(), l.description(), l.unit()});
		}
		lines.print(out);
		out.println();
		Table sums = new Table(new boolean[]{false, false, true, false, true}, "Item", "Description", "Total", "Unit",
				"Elements");
		totals.forEach((k, t) -> {
			String[] label = totalLabels.get(k);
			sums.add(label[0], label[1], Table.number(java.math.BigDecimal.valueOf(t[0])
					.setScale(6, java.math.RoundingMode.HALF_UP).doubleValue()), label[2], String.valueOf((long) t[1]));
		});
		sums.print(out);
		out.println();
		StringBuilder flags = new StringBuilder("Flags:");
		r.flagCounts().forEach((kind, n) -> flags.append(' ').append(label(kind)).append(' ').append(n));
		out.println(flags);
		r.flags().stream().limit(10).forEach(f -> out.println("  " + f.kind() + ": " + f.message()));
		if (r.flags().size() > 10) {
			out.println("  ... and " + (r.flags().size() - 10) + " more (write them with --out FILE.xlsx or .json)");
		}
	}

	private static String label(FlagKind kind) {
		return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
