package org.bidbench.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.bidbench.cli.CommandContext;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless Equinox application behind {@code bidbench <command>}. Its return value becomes the
 * process exit code.
 */
public class CliApplication implements IApplication {

	/** Set by the launcher script: the directory the user ran it from. */
	static final String WORKING_DIRECTORY_PROPERTY = "bidbench.cwd";

	@Override
	public Object start(IApplicationContext context) {
		String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> arguments = raw == null ? List.of() : Arrays.asList(raw);
		context.applicationRunning();
		Path cwd = Path.of(System.getProperty(WORKING_DIRECTORY_PROPERTY, System.getProperty("user.dir")));
		CommandLine commandLine = new CommandLine(CommandRegistry.read(Platform.getExtensionRegistry()), ProductVersion.current());
		int code;
		try {
			code = commandLine.run(arguments, new CommandContext(System.out, System.err, cwd, false));
		} catch (Throwable e) {
			// The command line turns every failure of a command into a message; this is the last
			// guard, for failures around it (reading the registry, printing): never exit 0 on them.
			System.err.println("bidbench: " + e + " (run again with --debug for the stack trace, and report it)");
			if (arguments.contains("--debug")) {
				e.printStackTrace();
			}
			code = CommandLine.EXIT_USER_ERROR;
		}
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// Commands check for cancellation themselves; nothing is held here.
	}
}
