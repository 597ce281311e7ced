package org.bidbench.cli.internal.ifc;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.ifc.Application;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ModelImporters;
import org.bidbench.ifc.IfcProblem;
import org.bidbench.ifc.IfcReadException;
import org.bidbench.ifc.MeasureKind;

/** {@code bidbench info FILE [--json]}: what a model is, before anyone prices it. */
public class InfoCommand implements CliCommand {

	/** The classes a presales engineer asks about first, shown at the top of the text output. */
	private static final List<String> HEADLINE_CLASSES = List.of("IfcWall", "IfcWallStandardCase", "IfcSlab", "IfcWindow", "IfcDoor",
			"IfcColumn", "IfcBeam", "IfcSpace");

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		ModelArguments args = ModelArguments.parse(context, arguments);
		Path path = args.model();
		boolean json = args.json();
		IfcModel model;
		try {
			model = ModelImporters.open(path);
		} catch (IfcReadException e) {
			throw new CommandException(path + ": cannot be read as IFC: " + firstProblem(e));
		} catch (IOException e) {
			throw new CommandException(path + ": cannot be read: " + e.getMessage(), e);
		}
		Map<String, Object> info = describe(model);
		if (json) {
			context.out().print(JsonWriter.write(info));
		} else {
			printText(context.out(), model, info);
		}
		return 0;
	}

	private static String firstProblem(IfcReadException e) {
		return e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).toString();
	}

	static Map<String, Object> describe(IfcModel model) {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("file", model.fileName());
		info.put("schema", model.schema().name());
		info.put("schema_in_file", model.header().schemaIdentifiers());
		Application application = model.owningApplication();
		info.put("application", application == null
				? model.header().originatingSystem()
				: (application.fullName() + " " + nullToEmpty(application.version())).strip());
		Map<String, Object> units = new LinkedHashMap<>();
		for (MeasureKind kind : List.of(MeasureKind.LENGTH, MeasureKind.AREA, MeasureKind.VOLUME, MeasureKind.MASS, MeasureKind.PLANE_ANGLE)) {
			Map<String, Object> unit = new LinkedHashMap<>();
			unit.put("unit", model.units().name(kind));
			unit.put("to_si", model.units().factor(kind));
			units.put(kind.name().toLowerCase(java.util.Locale.ROOT), unit);
		}
		info.put("units", units);
		info.put("entities", model.size());
		info.put("bytes", model.byteSize());
		info.put("storeys", storeyCounts(model));
		info.put("counts", new TreeMap<>(model.countsByType()));
		List<Object> problems = new ArrayList<>();
		for (IfcProblem problem : model.problems()) {
			problems.add(problem.toString());
		}
		info.put("problems", problems);
		info.put("problems_not_listed", model.omittedProblemCount());
		return info;
	}

	/** Elements per storey, walking up aggregations (Tekla puts beams in assemblies). */
	private static Map<String, Integer> storeyCounts(IfcModel model) {
		Map<IfcEntity, Integer> counts = new LinkedHashMap<>();
		for (IfcEntity storey : model.storeys()) {
			counts.put(storey, 0);
		}
		for (IfcEntity element : model.instancesOf("IfcElement")) {
			IfcEntity storey = model.storeyOf(element);
			if (storey != null) {
				counts.merge(storey, 1, Integer::sum);
			}
		}
		Map<String, Integer> byName = new LinkedHashMap<>();
		for (Map.Entry<IfcEntity, Integer> entry : counts.entrySet()) {
			String name = nullToEmpty(entry.getKey().name());
			String key = name.isEmpty() || byName.containsKey(name) ? name + " (#" + entry.getKey().id() + ")" : name;
			byName.put(key, entry.getValue());
		}
		return byName;
	}

	@SuppressWarnings("unchecked")
	private static void printText(PrintStream out, IfcModel model, Map<String, Object> info) {
		out.printf("%s: %s, %,d entities, %.1f MB, written by %s%n", info.get("file"), info.get("schema"), model.size(),
				model.byteSize() / 1e6, info.get("application"));
		out.printf("units: length %s, area %s, volume %s%n", model.units().name(MeasureKind.LENGTH), model.units().name(MeasureKind.AREA),
				model.units().name(MeasureKind.VOLUME));
		out.println("storeys (elements):");
		for (Map.Entry<String, Integer> storey : ((Map<String, Integer>) info.get("storeys")).entrySet()) {
			out.printf("  %-30s %6d%n", storey.getKey(), storey.getValue());
		}
		Map<String, Integer> counts = (Map<String, Integer>) info.get("counts");
		out.println("elements:");
		for (String name : HEADLINE_CLASSES) {
			String upper = name.toUpperCase(java.util.Locale.ROOT);
			int count = counts.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(upper)).mapToInt(Map.Entry::getValue).sum();
			out.printf("  %-30s %6d%n", name, count);
		}
		List<Object> problems = (List<Object>) info.get("problems");
		int omitted = (Integer) info.get("problems_not_listed");
		if (problems.isEmpty()) {
			out.println("problems: none");
		} else {
			out.println("problems: " + (problems.size() + omitted));
			problems.stream().limit(20).forEach(p -> out.println("  " + p));
			if (problems.size() + omitted > 20) {
				out.println("  ... (all of them with --json)");
			}
		}
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
