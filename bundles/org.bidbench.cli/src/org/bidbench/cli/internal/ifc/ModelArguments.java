package org.bidbench.cli.internal.ifc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;

/**
 * The arguments of the commands that look at one model: {@code MODEL.ifc [--json]}.
 *
 * @param model the model file, resolved and known to exist
 * @param json  whether {@code --json} was given
 */
record ModelArguments(Path model, boolean json) {

	static ModelArguments parse(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		boolean json = false;
		String file = null;
		for (String argument : arguments) {
			if (argument.equals("--json")) {
				json = true;
			} else if (argument.startsWith("-")) {
				throw new UsageException("unknown option '" + argument + "'");
			} else if (file == null) {
				file = argument;
			} else {
				throw new UsageException("one model at a time; got '" + file + "' and '" + argument + "'");
			}
		}
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
