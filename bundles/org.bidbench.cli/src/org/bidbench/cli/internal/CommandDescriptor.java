package org.bidbench.cli.internal;

import java.util.function.Supplier;

import org.bidbench.cli.CliCommand;

/**
 * A command known to the command line: its name, help texts and how to create it.
 *
 * @param contributor the bundle that contributed it, named when two bundles clash
 */
public record CommandDescriptor(String name, String summary, String usage, String contributor,
		Supplier<CliCommand> factory) {
}
