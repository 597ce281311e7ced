package org.bidbench.cli.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.ifc.IfcReadException;
import org.bidbench.ifc.bench.ParseMeasurement;

/**
 * {@code bidbench bench parse FILE... [--threads N] [--rounds N] [--json]}: how fast the IFC
 * reader indexes, decodes and opens each file, on N threads (default: every core), best of the rounds
 * after a warm-up, and the heap the open model holds.
 */
final class ParseBenchCommand {

	static final String USAGE = "bench parse FILE.ifc... [--threads N] [--rounds N] [--json]";

	int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--threads", "--rounds"), Set.of("--json"));
		int threads = count(options.value("--threads"), "--threads", Runtime.getRuntime().availableProcessors());
		int rounds = count(options.value("--rounds"), "--rounds", 5);
		List<Path> files = files(context, options, USAGE);
		List<Map<String, Object>> rows = new ArrayList<>();
		if (!options.flag("--json")) {
			context.out().printf(Locale.ROOT, "%-32s %8s %10s %7s %11s %12s %10s %8s%n", "file", "MB", "instances", "threads",
					"index MB/s", "decode MB/s", "open MB/s", "heap MB");
		}
		for (Path file : files) {
			ParseMeasurement.Result r;
			try {
				r = ParseMeasurement.measure(file, threads, rounds);
			} catch (IfcReadException e) {
				throw new CommandException(file + ": cannot be read as IFC: " + e.getMessage(), e);
			} catch (IOException e) {
				throw new CommandException("cannot read " + file + " (" + e.getMessage() + ")", e);
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("file", file.getFileName().toString());
			row.put("mb", round(r.megabytes()));
			row.put("instances", r.instances());
			row.put("threads", r.threads());
			row.put("index_s", round(r.indexSeconds()));
			row.put("index_mb_s", round(r.indexMegabytesPerSecond()));
			row.put("decode_s", round(r.decodeSeconds()));
			row.put("decode_mb_s", round(r.decodeMegabytesPerSecond()));
			row.put("open_s", round(r.openSeconds()));
			row.put("open_mb_s", round(r.openMegabytesPerSecond()));
			row.put("heap_mb", round(r.heapMegabytes()));
			rows.add(row);
			if (!options.flag("--json")) {
				String name = file.getFileName().toString();
				context.out().printf(Locale.ROOT, "%-32s %8.1f %10d %7d %11.0f %12.0f %10.0f %8.1f%n",
						name.length() <= 32 ? name : name.substring(0, 29) + "...", r.megabytes(), r.instances(), r.threads(),
						r.indexMegabytesPerSecond(), r.decodeMegabytesPerSecond(), r.openMegabytesPerSecond(), r.heapMegabytes());
			}
		}
		if (options.flag("--json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("benchmark", "parse");
			json.put("threads", threads);
			json.put("rounds", rounds);
			json.put("cores", Runtime.getRuntime().availableProcessors());
			json.put("files", rows);
			context.out().println(JsonWriter.write(json));
		}
		return 0;
	}

	/** The benchmark's model files, each one there; {@code usage} goes into the message when not. */
	static List<Path> files(CommandContext context, CommandOptions options, String usage) throws UsageException {
		if (options.positional().isEmpty()) {
			throw new UsageException("give one or more IFC files: " + usage);
		}
		List<Path> files = new ArrayList<>();
		for (String name : options.positional()) {
			Path file = context.resolve(name);
			if (!Files.isRegularFile(file)) {
				throw new UsageException(name + ": no such file; " + usage);
			}
			files.add(file);
		}
		return files;
	}

	static int count(String text, String option, int fallback) throws UsageException {
		if (text == null) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= 1 && value <= 256) {
				return value;
			}
		} catch (NumberFormatException e) {
			// Falls through to the message.
		}
		throw new UsageException(option + " takes a whole number from 1 to 256, not '" + text + "'");
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}
}
