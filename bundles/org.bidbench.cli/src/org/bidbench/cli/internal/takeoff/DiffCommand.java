package org.bidbench.cli.internal.takeoff;

import java.io.PrintStream;
import java.util.List;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ElementChange;
import org.bidbench.qto.LineDelta;
import org.bidbench.qto.ModelDiff;
import org.bidbench.qto.ModelDiffResult;
import org.bidbench.qto.TakeoffExport;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;

/** {@code bidbench diff OLD NEW [--rules PACK] [--out OUT.csv|.xlsx|.json] [--authored-only]}. */
public class DiffCommand implements CliCommand {

    @Override
    public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
        TakeoffInputs in = TakeoffInputs.parse(context, arguments, 2);
        RulePack pack = in.pack(context);
        IfcModel before = in.model(context, in.files.get(0));
        IfcModel after = in.model(context, in.files.get(1));
        try {
            ModelDiffResult diff = ModelDiff.compare(new TakeoffSession(before, in.computed(context, before)),
                    new TakeoffSession(after, in.computed(context, after)), pack);
            print(context.out(), diff);
            in.writeOut(context, file -> TakeoffExport.write(diff, file));
            return 0;
        } catch (IllegalStateException e) {
            throw new CommandException(e.getMessage() + " -- run again with --authored-only to skip computed quantities");
        } finally {
            in.close();
        }
    }

    static void print(PrintStream out, ModelDiffResult d) {
        out.println("Diff " + d.before().modelFile() + " (SHA-256 " + d.before().modelSha256() + ")");
        out.println("  -> " + d.after().modelFile() + " (SHA-256 " + d.after().modelSha256() + ")");
        out.println("Rule pack " + d.after().packId() + " " + d.after().packVersion());
        out.println();
        out.println("Elements: " + d.added().size() + " added, " + d.removed().size() + " removed, " + d.changed().size()
                + " changed");
        for (List<ElementChange> list : List.of(d.added(), d.removed(), d.changed())) {
            list.stream().limit(20).forEach(c -> out.println("  " + c.globalId() + " " + c.ifcClass()
                    + (c.name() == null ? "" : " '" + c.name() + "'") + ": " + String.join("; ", c.details())));
            if (list.size() > 20) {
                out.println("  ... and " + (list.size() - 20) + " more");
            }
        }
        out.println();
        if (d.lineDeltas().isEmpty()) {
            out.println("No take-off line changed.");
            return;
        }
        Table t = new Table(new boolean[] { false, false, false, true, true, true, false }, "Item", "Description", "Group",
                "Before", "After", "Delta", "Unit");
        for (LineDelta l : d.lineDeltas()) {
            t.add(l.itemCode(), l.description(), String.join(" / ", l.groups().values()), Table.number(l.before()),
                    Table.number(l.after()), (l.delta() > 0 ? "+" : "") + Table.number(l.delta()), l.unit());
        }
        t.print(out);
    }
}
