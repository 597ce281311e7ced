package org.bidbench.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bidbench.cli.CommandContext;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/** Runs the installed command line as the launcher would, capturing its output. */
public final class CommandRun {

	public final int exitCode;
	public final String out;
	public final String err;

	private CommandRun(int exitCode, String out, String err) {
		this.exitCode = exitCode;
		this.out = out;
		this.err = err;
	}

	public static CommandRun of(Path workingDirectory, String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandLine commandLine = new CommandLine(CommandRegistry.read(Platform.getExtensionRegistry()), ProductVersion.current());
		int code = commandLine.run(List.of(arguments), new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory, false));
		return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** Copies a model the cli bundle carries for the demo (committed, so it exists on a fresh clone). */
	public static Path demoModel(String name, Path folder) throws IOException {
		try (InputStream in = FrameworkUtil.getBundle(CommandRun.class).getEntry("demo/models/" + name).openStream()) {
			Path target = folder.resolve(name);
			Files.copy(in, target);
			return target;
		}
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
	}
}
