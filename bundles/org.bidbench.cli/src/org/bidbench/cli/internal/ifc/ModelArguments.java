package org.bidbench.cli.internal.ifc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;

/**
 * The arguments of the commands that look at one model: {@code MODEL.ifc [--json]}.
 *
 * @param model the model file, resolved and known to exist
 * @param json  whether {@code --json} was given
 */
record ModelArguments(Path model, boolean json) {

	static ModelArguments parse(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of(), Set.of("--json"));
		List<String> files = options.positional();
		if (files.size() > 1) {
			throw new UsageException("one model at a time; got '" + files.get(0) + "' and '" + files.get(1) + "'");
		}
		String file = files.isEmpty() ? null : files.get(0);
		boolean json = options.flag("--json");
		if (file == null) {
			throw new UsageException("which model? Give the path of an .ifc or .ifczip file");
		}
		Path path = context.resolve(file);
		if (!Files.isRegularFile(path)) {
			throw new CommandException(path + ": no such file");
		}
		return new ModelArguments(path, json);
	}
}
