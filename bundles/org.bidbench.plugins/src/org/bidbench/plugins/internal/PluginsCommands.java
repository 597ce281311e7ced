package org.bidbench.plugins.internal;

import java.nio.file.Path;

import org.bidbench.cli.CommandException;
import org.bidbench.plugins.PluginException;
import org.eclipse.core.runtime.Platform;

/** What the three {@code plugins} commands share: the installation they run from. */
final class PluginsCommands {

	private PluginsCommands() {
	}

	/**
	 * The installation the command line runs from: its install area, or the folder given by the system
	 * property {@code bidbench.installation} (for tests and scripts).
	 */
	static Path installationFolder() throws CommandException {
		String given = System.getProperty("bidbench.installation");
		if (given != null && !given.isBlank()) {
			return Path.of(given);
		}
		if (Platform.getInstallLocation() == null) {
			throw new CommandException("this program has no install location; run 'plugins' from an installed BidBench");
		}
		try {
			return Path.of(Platform.getInstallLocation().getURL().toURI());
		} catch (java.net.URISyntaxException | IllegalArgumentException e) {
			throw new CommandException("cannot tell where BidBench is installed (" + Platform.getInstallLocation().getURL() + ")");
		}
	}

	static CommandException failure(PluginException e) {
		return new CommandException(e.getMessage(), e);
	}
}
