package org.bidbench.cli.internal;

import java.util.List;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.UsageException;

/** Prints the product version and the runtime it runs on, for bug reports. */
public class VersionCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException {
		if (!arguments.isEmpty()) {
			throw new UsageException("takes no arguments");
		}
		context.out().println("BidBench " + ProductVersion.current());
		context.out().println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ") on "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		return CommandLine.EXIT_OK;
	}
}
