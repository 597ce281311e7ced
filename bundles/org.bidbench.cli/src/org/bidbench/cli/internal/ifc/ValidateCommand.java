package org.bidbench.cli.internal.ifc;

import java.io.IOException;
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
import org.bidbench.ifc.IfcProblem;
import org.bidbench.ifc.IfcReadException;
import org.bidbench.ifc.ModelImporters;

/**
 * {@code bidbench validate MODEL.ifc [--json]}: decodes every instance of a model and checks its
 * attribute counts and references against the schema, listing each problem with file, line and
 * column. Exit 0 when there is no error (warnings are listed but do not fail), 1 when there are
 * errors or the file cannot be read at all. The other commands point here when a model will not
 * open or tessellate.
 */
public class ValidateCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		ModelArguments args = ModelArguments.parse(context, arguments);
		Path path = args.model();
		boolean json = args.json();
		List<IfcProblem> problems;
		String schema = null;
		int instances = 0;
		long start = System.nanoTime();
		try {
			IfcModel model = ModelImporters.open(path);
			problems = new ArrayList<>(model.validate());
			schema = model.schema().name();
			instances = model.size();
			if (model.omittedProblemCount() > 0) {
				context.err().println("note: " + model.omittedProblemCount() + " further problems were counted but not kept");
			}
		} catch (IfcReadException e) {
			// Not readable as IFC at all: the reader's own problems say where it stopped.
			problems = new ArrayList<>(e.problems());
			if (problems.isEmpty()) {
				throw new CommandException(path + ": cannot be read as IFC: " + e.getMessage(), e);
			}
		} catch (IOException e) {
			throw new CommandException(path + ": cannot be read: " + e.getMessage(), e);
		}
		long errors = problems.stream().filter(p -> p.severity() == IfcProblem.Severity.ERROR).count();
		long warnings = problems.size() - errors;
		if (json) {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("file", path.getFileName().toString());
			out.put("schema", schema);
			out.put("instances", instances);
			out.put("errors", errors);
			out.put("warnings", warnings);
			List<Map<String, Object>> list = new ArrayList<>();
			for (IfcProblem p : problems) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
				m.put("line", p.line());
				m.put("column", p.column());
				m.put("instance", p.entityId());
				m.put("message", p.message());
				list.add(m);
			}
			out.put("problems", list);
			context.out().print(JsonWriter.write(out));
		} else {
			for (IfcProblem p : problems) {
				context.out().println(p);
			}
			context.out().printf(java.util.Locale.ROOT, "%s: %s, %,d instances: %d errors, %d warnings (%d ms)%n",
					path.getFileName(), schema == null ? "not readable as IFC" : schema, instances, errors, warnings,
					(System.nanoTime() - start) / 1_000_000);
		}
		return errors == 0 ? 0 : 1;
	}
}
