package org.bidbench.plugins.internal;

import java.util.List;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.plugins.InstalledPlugin;
import org.bidbench.plugins.Installation;
import org.bidbench.plugins.PluginException;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code plugins remove ID...}. */
public class PluginsRemoveCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (arguments.isEmpty()) {
			throw new UsageException("plugins remove needs the id of an installed plugin ('bidbench plugins list' shows them)");
		}
		for (String argument : arguments) {
			if (argument.startsWith("-")) {
				throw new UsageException("unknown option '" + argument + "' (plugins remove takes ids only)");
			}
		}
		try (Installation installation = Installation.open(PluginsCommands.installationFolder())) {
			for (InstalledPlugin plugin : installation.remove(arguments, new NullProgressMonitor())) {
				context.out().println("removed " + plugin.id() + " " + plugin.version());
			}
			return 0;
		} catch (PluginException e) {
			throw PluginsCommands.failure(e);
		}
	}
}
