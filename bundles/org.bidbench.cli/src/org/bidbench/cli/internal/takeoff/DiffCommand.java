package org.bidbench.cli.internal.takeoff;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ConfirmedMatches;
import org.bidbench.qto.ElementChange;
import org.bidbench.qto.ElementMatch;
import org.bidbench.qto.LineDelta;
import org.bidbench.qto.ModelDiff;
import org.bidbench.qto.ModelDiffResult;
import org.bidbench.qto.ModelFingerprint;
import org.bidbench.qto.TakeoffExport;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;

/**
 * {@code bidbench diff OLD NEW [--match globalid|auto] [--confirm OLD-ID=NEW-ID]... [--json] [--rules PACK]
 * [--out OUT.csv|.xlsx|.json] [--authored-only]}. With {@code --match auto} elements whose GlobalIds changed
 * are paired by content; doubtful candidates are listed, and pairs confirmed with {@code --confirm} are saved
 * beside the two models' hashes and reused by every later diff of the same two files.
 */
public class DiffCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		TakeoffInputs in = TakeoffInputs.parse(context, arguments, 2);
		if (!in.confirm.isEmpty() && !in.match.equals("auto")) {
			throw new UsageException("--confirm pairs elements for --match auto; add --match auto");
		}
		RulePack pack = in.pack(context);
		IfcModel before = in.model(context, in.files.get(0));
		IfcModel after = in.model(context, in.files.get(1));
		try {
			ConfirmedMatches confirmed = confirmed(context, in, before, after);
			ModelDiffResult diff = ModelDiff.compare(new TakeoffSession(before, in.computed(context, before)),
					new TakeoffSession(after, in.computed(context, after)), pack,
					in.match.equals("auto") ? ModelDiff.Match.AUTO : ModelDiff.Match.GLOBALID, confirmed);
			if (in.json) {
				context.out().print(JsonWriter.write(json(diff)));
			} else {
				print(context.out(), diff);
			}
			in.writeOut(context, file -> TakeoffExport.write(diff, file));
			return 0;
		} catch (IllegalStateException e) {
			throw new CommandException(e.getMessage() + " -- run again with --authored-only to skip computed quantities");
		} finally {
			in.close();
		}
	}

	/** The saved pairs of these two files, with the ones given by {@code --confirm} added and saved. */
	private static ConfirmedMatches confirmed(CommandContext context, TakeoffInputs in, IfcModel before, IfcModel after)
			throws CommandException {
		if (!in.match.equals("auto") || before.path() == null || after.path() == null) {
			return ConfirmedMatches.none();
		}
		Path newFile = after.path();
		try {
			ConfirmedMatches m = ConfirmedMatches.of(newFile, ModelFingerprint.sha256(before.path()), ModelFingerprint.sha256(newFile));
			if (!in.confirm.isEmpty()) {
				for (String[] pair : in.confirm) {
					if (before.byGlobalId(pair[0]) == null) {
						throw new CommandException("--confirm " + pair[0] + "=" + pair[1] + ": " + before.fileName()
								+ " has no element " + pair[0] + " -- take the ids from the doubtful list");
					}
					if (after.byGlobalId(pair[1]) == null) {
						throw new CommandException("--confirm " + pair[0] + "=" + pair[1] + ": " + after.fileName()
								+ " has no element " + pair[1] + " -- take the ids from the doubtful list");
					}
					m.confirm(pair[0], pair[1]);
				}
				m.save();
				context.err().println("saved " + in.confirm.size() + " confirmed pair(s) in " + m.file());
			}
			return m;
		} catch (IOException e) {
			throw new CommandException("confirmed matches beside " + newFile + ": " + e.getMessage());
		}
	}

	static Map<String, Object> json(ModelDiffResult d) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("old", d.before().modelFile());
		out.put("old_sha256", d.before().modelSha256());
		out.put("new", d.after().modelFile());
		out.put("new_sha256", d.after().modelSha256());
		out.put("added", d.added().size());
		out.put("removed", d.removed().size());
		out.put("changed", d.changed().size());
		out.put("unchanged", d.unchanged());
		out.put("matched_by_identity", d.matchedByIdentity());
		out.put("matched_by_content", d.matchedByContent());
		out.put("matched_by_confirmation", d.matchedByConfirmation());
		out.put("doubtful", d.doubtful().size());
		out.put("added_elements", changes(d.added()));
		out.put("removed_elements", changes(d.removed()));
		out.put("changed_elements", changes(d.changed()));
		List<Object> doubtful = new ArrayList<>();
		for (ElementMatch m : d.doubtful()) {
			Map<String, Object> x = new LinkedHashMap<>();
			x.put("old_global_id", m.oldGlobalId());
			x.put("new_global_id", m.newGlobalId());
			x.put("class", m.ifcClass());
			x.put("name", m.name());
			x.put("confidence", m.confidence());
			x.put("evidence", m.evidence());
			doubtful.add(x);
		}
		out.put("doubtful_candidates", doubtful);
		List<Object> lines = new ArrayList<>();
		for (LineDelta l : d.lineDeltas()) {
			Map<String, Object> x = new LinkedHashMap<>();
			x.put("key", l.key());
			x.put("code", l.itemCode());
			x.put("unit", l.unit());
			x.put("before", l.before());
			x.put("after", l.after());
			x.put("delta", l.delta());
			lines.add(x);
		}
		out.put("line_deltas", lines);
		return out;
	}

	private static List<Object> changes(List<ElementChange> list) {
		List<Object> out = new ArrayList<>();
		for (ElementChange c : list) {
			Map<String, Object> x = new LinkedHashMap<>();
			x.put("global_id", c.globalId());
			x.put("class", c.ifcClass());
			x.put("name", c.name());
			x.put("details", c.details());
			out.add(x);
		}
		return out;
	}

	static void print(PrintStream out, ModelDiffResult d) {
		out.println("Diff " + d.before().modelFile() + " (SHA-256 " + d.before().modelSha256() + ")");
		out.println("  -> " + d.after().modelFile() + " (SHA-256 " + d.after().modelSha256() + ")");
		out.println("Rule pack " + d.after().packId() + " " + d.after().packVersion());
		out.println();
		out.println("Elements: " + d.added().size() + " added, " + d.removed().size() + " removed, " + d.changed().size()
				+ " changed, " + d.unchanged() + " unchanged; matched by GlobalId " + d.matchedByIdentity() + ", by content "
				+ d.matchedByContent() + (d.matchedByConfirmation() == 0 ? "" : ", confirmed " + d.matchedByConfirmation()));
		for (List<ElementChange> list : List.of(d.added(), d.removed(), d.changed())) {
			list.stream().limit(20).forEach(c -> out.println("  " + c.globalId() + " " + c.ifcClass()
					+ (c.name() == null ? "" : " '" + c.name() + "'") + ": " + String.join("; ", c.details())));
			if (list.size() > 20) {
				out.println("  ... and " + (list.size() - 20) + " more");
			}
		}
		if (!d.doubtful().isEmpty()) {
			out.println();
			out.println("Doubtful matches (confirm with --confirm OLD=NEW, or leave them added/removed):");
			d.doubtful().stream().limit(30).forEach(m -> out.printf(java.util.Locale.ROOT, "  %s -> %s %s%s: %.0f%% (%s)%n",
					m.oldGlobalId(), m.newGlobalId(), m.ifcClass(), m.name() == null ? "" : " '" + m.name() + "'",
					100 * m.confidence(), m.evidence()));
			if (d.doubtful().size() > 30) {
				out.println("  ... and " + (d.doubtful().size() - 30) + " more (--json lists them all)");
			}
		}
		out.println();
		if (d.lineDeltas().isEmpty()) {
			out.println("No take-off line changed.");
			return;
		}
		Table t = new Table(new boolean[]{false, false, false, true, true, true, false}, "Item", "Description", "Group",
				"Before", "After", "Delta", "Unit");
		for (LineDelta l : d.lineDeltas()) {
			t.add(l.itemCode(), l.description(), String.join(" / ", l.groups().values()), Table.number(l.before()),
					Table.number(l.after()), (l.delta() > 0 ? "+" : "") + Table.number(l.delta()), l.unit());
		}
		t.print(out);
	}
}
