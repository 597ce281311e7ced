package org.bidbench.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.cli.CliCommand;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/** Reads the commands contributed to {@code org.bidbench.cli.commands}. */
public final class CommandRegistry {

	public static final String EXTENSION_POINT = "org.bidbench.cli.commands";

	private CommandRegistry() {
	}

	public static List<CommandDescriptor> read(IExtensionRegistry registry) {
		List<CommandDescriptor> descriptors = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"command".equals(element.getName())) {
				continue;
			}
			String name = element.getAttribute("name");
			String contributor = element.getContributor().getName();
			descriptors.add(new CommandDescriptor(name, element.getAttribute("summary"), element.getAttribute("usage"), contributor,
					() -> create(element, name, contributor)));
		}
		return descriptors;
	}

	private static CliCommand create(IConfigurationElement element, String name, String contributor) {
		try {
			return (CliCommand) element.createExecutableExtension("class");
		} catch (CoreException | ClassCastException e) {
			throw new IllegalStateException("the command '" + name + "' of bundle " + contributor + " cannot be created: " + e.getMessage(), e);
		}
	}
}
