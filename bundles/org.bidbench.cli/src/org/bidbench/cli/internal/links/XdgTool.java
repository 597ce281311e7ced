package org.bidbench.cli.internal.links;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A program of the desktop (xdg-mime, update-desktop-database), found on the PATH and run to its end. */
record XdgTool(Path executable) {

	/** What a run gave: the exit code and the output of both streams. */
	record Result(int exitCode, String output) {
		boolean ok() {
			return exitCode == 0;
		}

		/** The first line of the output, for a one-line message. */
		String firstLine() {
			String trimmed = output.strip();
			int end = trimmed.indexOf('\n');
			return end < 0 ? trimmed : trimmed.substring(0, end);
		}
	}

	static Optional<XdgTool> find(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String folder : path.split(File.pathSeparator)) {
			if (folder.isBlank()) {
				continue;
			}
			Path candidate = Path.of(folder, name);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(new XdgTool(candidate));
			}
		}
		return Optional.empty();
	}

	String name() {
		return executable.getFileName().toString();
	}

	Result run(Map<String, String> environment, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(executable.toString());
		command.addAll(List.of(arguments));
		Path log = Files.createTempFile("bidbench-" + name(), ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			process.getOutputStream().close();
			// The tools finish in well under a second; a hung one must not hang the command line.
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return new Result(-1, name() + " did not finish within 30 seconds");
			}
			return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(name() + " was interrupted", e);
		} finally {
			Files.deleteIfExists(log);
		}
	}
}
