package org.bidbench.plugins.internal;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.plugins.InstalledPlugin;
import org.bidbench.plugins.Installation;
import org.bidbench.plugins.PluginException;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code plugins install REPOSITORY-OR-JAR [--iu ID]...}. */
public class PluginsInstallCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		String source = null;
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--iu")) {
				if (i + 1 >= arguments.size()) {
					throw new UsageException("--iu needs the id of a unit to install, e.g. --iu com.example.bidbench.elementcount");
				}
				ids.add(arguments.get(++i));
			} else if (argument.startsWith("-")) {
				throw new UsageException("unknown option '" + argument + "' (plugins install takes --iu ID)");
			} else if (source == null) {
				source = argument;
			} else {
				throw new UsageException("one repository or jar at a time, not also '" + argument + "'");
			}
		}
		if (source == null) {
			throw new UsageException("plugins install needs a p2 repository (folder, .zip or URL) or a bundle .jar");
		}
		String location = source.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") ? source : context.resolve(source).toString();
		try (Installation installation = Installation.open(PluginsCommands.installationFolder())) {
			context.err().println("Installing " + location + " into " + installation.folder() + " ...");
			List<InstalledPlugin> installed = installation.install(location, ids, new NullProgressMonitor());
			for (InstalledPlugin plugin : installed) {
				context.out().println("installed " + plugin.id() + " " + plugin.version());
			}
			context.err().println("Restart BidBench to use it (the next command already does).");
			return 0;
		} catch (PluginException e) {
			throw PluginsCommands.failure(e);
		}
	}
}
