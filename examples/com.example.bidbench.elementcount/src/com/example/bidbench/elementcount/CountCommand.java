package com.example.bidbench.elementcount;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;

/**
 * An example of a third-party command built only on BidBench's exported packages
 * ({@code org.bidbench.cli} and {@code org.bidbench.ifc}), imported by package so that it does
 * not depend on how BidBench splits its bundles.
 */
public class CountCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.size() != 2) {
			throw new UsageException("give a model and an IFC class, e.g. 'count house.ifc IfcWall'");
		}
		IfcModel model;
		try {
			model = IfcModel.open(context.resolve(arguments.get(0)));
		} catch (IOException e) {
			throw new CommandException(arguments.get(0) + ": " + e.getMessage(), e);
		}
		String ifcClass = arguments.get(1);
		if (model.schema().entity(ifcClass) == null) {
			throw new CommandException(ifcClass + " is not an entity of " + model.schema().name());
		}
		Map<String, Integer> perStorey = new TreeMap<>();
		List<IfcEntity> elements = model.instancesOf(ifcClass);
		for (IfcEntity element : elements) {
			IfcEntity storey = model.storeyOf(element);
			perStorey.merge(storey == null ? "(no storey)" : String.valueOf(storey.name()), 1, Integer::sum);
		}
		perStorey.forEach((storey, count) -> context.out().printf("%-30s %6d%n", storey, count));
		context.out().printf("%-30s %6d%n", "total " + ifcClass, elements.size());
		return 0;
	}
}
