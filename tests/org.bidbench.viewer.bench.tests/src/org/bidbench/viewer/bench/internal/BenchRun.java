package org.bidbench.viewer.bench.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.internal.CommandLine;
import org.bidbench.cli.internal.CommandRegistry;
import org.eclipse.core.runtime.Platform;

/**
 * Runs the installed command line as the launcher does, with this bundle's {@code bench render}
 * contributed through the registry, and captures what it prints.
 */
final class BenchRun {

	final int exitCode;
	final String out;
	final String err;

	private BenchRun(int exitCode, String out, String err) {
		this.exitCode = exitCode;
		this.out = out;
		this.err = err;
	}

	static BenchRun of(Path workingDirectory, String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandLine commandLine = new CommandLine(CommandRegistry.read(Platform.getExtensionRegistry()), "test");
		int code = commandLine.run(List.of(arguments), new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory, false));
		return new BenchRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** Copies the sample house the command line's bundle carries for its demo into {@code folder}. */
	static Path demoModel(String name, Path folder) throws IOException {
		try (InputStream in = Platform.getBundle("org.bidbench.cli").getEntry("demo/models/" + name).openStream()) {
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
