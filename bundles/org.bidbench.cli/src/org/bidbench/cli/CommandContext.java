package org.bidbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command may use from its environment.
 *
 * @param out results, for the user or for a pipe
 * @param err progress and diagnostics
 * @param workingDirectory the directory the user started {@code bidbench} from; relative paths are
 *        resolved against it, not against the Equinox install
 * @param debug whether the user asked for stack traces ({@code --debug})
 */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory, boolean debug) {

	/** Resolves a path the user typed against the working directory. */
	public Path resolve(String userPath) {
		return workingDirectory.resolve(userPath).normalize();
	}
}
