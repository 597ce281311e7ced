package org.bidbench.plugins.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.plugins.InstalledPlugin;
import org.bidbench.plugins.Installation;
import org.bidbench.plugins.PluginException;

/** {@code plugins list [--all] [--json]}. */
public class PluginsListCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		boolean all = false;
		boolean json = false;
		for (String argument : arguments) {
			switch (argument) {
				case "--all" -> all = true;
				case "--json" -> json = true;
				default -> throw new UsageException("unknown argument '" + argument + "' (plugins list takes --all and --json)");
			}
		}
		try (Installation installation = Installation.open(PluginsCommands.installationFolder())) {
			List<InstalledPlugin> plugins = installation.plugins(all);
			if (json) {
				List<Map<String, Object>> rows = plugins.stream().map(p -> {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("id", p.id());
					row.put("version", p.version());
					row.put("name", p.name());
					row.put("plugin", p.plugin());
					return row;
				}).toList();
				context.out().println(JsonWriter.write(rows));
			} else if (plugins.isEmpty()) {
				context.out().println(all ? "nothing installed" : "no plugins installed ('bidbench plugins install REPOSITORY-OR-JAR' adds one)");
			} else {
				for (InstalledPlugin plugin : plugins) {
					context.out().println(plugin.id() + " " + plugin.version() + (plugin.name().equals(plugin.id()) ? "" : "  " + plugin.name()));
				}
			}
			return 0;
		} catch (PluginException e) {
			throw PluginsCommands.failure(e);
		}
	}
}
