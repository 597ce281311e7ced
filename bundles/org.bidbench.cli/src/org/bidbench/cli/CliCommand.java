package org.bidbench.cli;

import java.util.List;

/**
 * A command of the {@code bidbench} command line, contributed through the extension point
 * {@code org.bidbench.cli.commands}.
 */
public interface CliCommand {

	/**
	 * Runs the command.
	 *
	 * @param context where to write output, the working directory, and cancellation
	 * @param arguments the arguments after the command's name, as the user typed them
	 * @return the exit code: 0 on success
	 * @throws UsageException when the arguments are wrong (exit code 2)
	 * @throws CommandException when the user's input cannot be processed (exit code 1)
	 */
	int run(CommandContext context, List<String> arguments) throws UsageException, CommandException;
}
