package org.bidbench.cli.internal.takeoff;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ModelImporters;
import org.bidbench.ifc.IfcReadException;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.EngineQuantitySource;
import org.bidbench.qto.RulePackException;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffExport;
import org.bidbench.qto.rules.RulePack;

/**
 * What {@code takeoff} and {@code diff} share: their options, and turning files into a model,
 * a pack and computed quantities with one-line messages for everything a user can get wrong.
 */
final class TakeoffInputs {

	final List<String> files = new ArrayList<>();
	String rules;
	Path out;
	boolean authoredOnly;
	/** diff: {@code globalid} or {@code auto}. */
	String match = "globalid";
	/** diff: counts and lists as JSON on stdout. */
	boolean json;
	/** diff: {@code OLD-GLOBALID=NEW-GLOBALID} pairs a person confirms. */
	final List<String[]> confirm = new ArrayList<>();
	private final List<GeometrySession> sessions = new ArrayList<>();
	private boolean noted;
	private boolean warmingUp;

	/** Parses {@code FILE... [--rules PACK] [--out FILE] [--authored-only]}. */
	static TakeoffInputs parse(CommandContext context, List<String> arguments, int fileCount) throws UsageException {
		TakeoffInputs in = new TakeoffInputs();
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--rules", "--out", "--match"), Set.of("--confirm"),
				Set.of("--authored-only", "--json"));
		if (fileCount != 2) {
			if (options.value("--match") != null) {
				throw new UsageException("--match is an option of diff");
			}
			if (!options.values("--confirm").isEmpty()) {
				throw new UsageException("--confirm is an option of diff");
			}
			if (options.flag("--json")) {
				throw new UsageException("--json is an option of diff; takeoff writes JSON with --out FILE.json");
			}
		}
		in.files.addAll(options.positional());
		in.rules = options.value("--rules");
		String out = options.value("--out");
		if (out != null) {
			in.out = context.resolve(out);
			if (TakeoffExport.Format.of(in.out) == null) {
				throw new UsageException("--out " + out + ": the file must end in .csv, .xlsx or .json");
			}
		}
		in.authoredOnly = options.flag("--authored-only");
		in.json = options.flag("--json");
		String match = options.value("--match");
		if (match != null) {
			if (!match.equals("globalid") && !match.equals("auto")) {
				throw new UsageException("--match is globalid or auto, not '" + match + "'");
			}
			in.match = match;
		}
		for (String v : options.values("--confirm")) {
			String[] pair = v.split("=", -1);
			if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
				throw new UsageException("--confirm takes OLD-GLOBALID=NEW-GLOBALID, not '" + v + "'");
			}
			in.confirm.add(pair);
		}
		if (in.files.size() != fileCount) {
			throw new UsageException("expected " + (fileCount == 1 ? "one model file" : fileCount + " model files")
					+ ", got " + in.files.size());
		}
		return in;
	}

	RulePack pack(CommandContext context) throws CommandException {
		try {
			return rules == null ? RulePacks.defaultPack() : RulePacks.load(rules, context.workingDirectory());
		} catch (RulePackException e) {
			// The first problem carries file and line; the next ones follow on stderr, up to a screenful:
			// a badly indented pack repeats one mistake on every line after it.
			List<String> lines = e.problems().stream().map(Object::toString).toList();
			int shown = Math.min(lines.size(), 10);
			for (int i = 1; i < shown; i++) {
				context.err().println(lines.get(i));
			}
			if (lines.size() > shown) {
				context.err().println("... and " + (lines.size() - shown) + " more problem(s); fix the first ones and run again");
			}
			throw new CommandException("rule pack has " + lines.size() + " error(s): " + lines.get(0)
					+ " -- fix the pack and run again");
		} catch (IllegalArgumentException e) {
			throw new CommandException(e.getMessage());
		} catch (IOException e) {
			throw new CommandException("cannot read rule pack " + rules + ": " + e.getMessage()
					+ " -- check the path");
		}
	}

	IfcModel model(CommandContext context, String file) throws CommandException {
		Path path = context.resolve(file);
		if (!Files.isRegularFile(path)) {
			throw new CommandException("no model file " + path + " -- check the path");
		}
		if (!authoredOnly) {
			warmUpEngine();
		}
		try {
			return ModelImporters.open(path);
		} catch (IfcReadException e) {
			throw new CommandException("cannot read " + path + " as IFC: " + e.getMessage());
		} catch (NoSuchFileException e) {
			throw new CommandException("no model file " + path + " -- check the path");
		} catch (IOException e) {
			throw new CommandException("cannot read " + path + ": " + e.getMessage());
		}
	}

	/**
	 * Starts the geometry engine's runtimes in the background while the model is read, so that the
	 * computed quantities do not wait for them afterwards; a failure shows, with its message, when
	 * the engine is used.
	 */
	private void warmUpEngine() {
		if (warmingUp) {
			return;
		}
		warmingUp = true;
		Thread.ofPlatform().daemon().name("geometry engine start").start(() -> {
			try {
				GeometryEngines.getDefault().warmUp();
			} catch (GeometryException | RuntimeException e) {
				// Reported by computed() when the engine is opened.
			}
		});
	}

	/** The default geometry engine's quantities, or none (with a note on stderr) when no engine is installed. */
	ComputedQuantitySource computed(CommandContext context, IfcModel model) {
		if (authoredOnly) {
			return ComputedQuantitySource.NONE;
		}
		try {
			GeometryEngine engine = GeometryEngines.getDefault();
			GeometrySession session = engine.open(model);
			sessions.add(session);
			return new EngineQuantitySource(session, engine.name(), null);
		} catch (GeometryException e) {
			if (!noted) {
				note(context.err(), "authored quantities only: " + e.getMessage());
				noted = true;
			}
			return ComputedQuantitySource.NONE;
		}
	}

	private static void note(PrintStream err, String message) {
		err.println("note: " + message);
	}

	/** Something that writes a result or a diff to a file. */
	interface Export {
		void write(Path file) throws IOException;
	}

	/** Writes the export to {@code --out} when the user gave one, and says so. */
	void writeOut(CommandContext context, Export export) throws CommandException {
		if (out == null) {
			return;
		}
		try {
			export.write(out);
		} catch (IOException e) {
			throw new CommandException("cannot write " + out + ": " + e.getMessage() + " -- check the folder exists and is writable");
		}
		context.out().println("wrote " + out);
	}

	void close() {
		sessions.forEach(GeometrySession::close);
	}
}
