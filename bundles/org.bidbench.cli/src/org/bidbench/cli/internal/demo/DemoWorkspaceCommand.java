package org.bidbench.cli.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code bidbench demo-workspace DIR [--seed N] [--date YYYY-MM-DD]}: a workspace to demo BidBench on: the sales data of a
 * plausible engineering firm, and the sample building models the project may redistribute.
 */
public class DemoWorkspaceCommand implements CliCommand {

	/** Marks a folder as a finished demo workspace; the launcher creates one when it is absent. */
	public static final String MARKER = ".bidbench-demo";
	static final String SALES_FOLDER = "sales";
	static final String MODELS_FOLDER = "models";
	static final String QUOTES_FOLDER = "quotes";

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--seed", "--date", "--size"), Set.of());
		if (options.positional().size() != 1) {
			throw new UsageException("give the folder to create the demo workspace in");
		}
		Path folder = context.resolve(options.positional().get(0));
		DemoWorkspaceFactory.Size size = DemoWorkspaceFactory.Size.DEMO;
		if (options.value("--size") != null) {
			try {
				size = DemoWorkspaceFactory.Size.parse(options.value("--size"));
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			}
		}
		// The same seed and date make the same files, byte for byte (a reproducible demo, a test fixture).
		long seed;
		try {
			seed = options.value("--seed") == null ? DemoWorkspaceFactory.DEFAULT_SEED : Long.parseLong(options.value("--seed"));
		} catch (NumberFormatException e) {
			throw new UsageException("--seed takes a whole number such as 42, not '" + options.value("--seed") + "'");
		}
		LocalDate today;
		try {
			today = options.value("--date") == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(options.value("--date"));
		} catch (DateTimeParseException e) {
			throw new CommandException("--date '" + options.value("--date") + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-02");
		}
		try {
			if (Files.exists(folder.resolve(MARKER))) {
				throw new CommandException(folder + " already holds a demo workspace; delete it first to make a fresh one");
			}
			if (Files.isDirectory(folder)) {
				try (var entries = Files.list(folder)) {
					if (entries.findAny().isPresent()) {
						throw new CommandException(folder + " is not empty; give a new or empty folder so nothing of yours is overwritten");
					}
				}
			}
			Files.createDirectories(folder);
			DemoWorkspaceFactory.write(folder.resolve(SALES_FOLDER), seed, today, size);
			int models = copyModels(folder.resolve(MODELS_FOLDER));
			context.err().println("pricing the sample house into a demo quote...");
			Path quotePdf = DemoQuote.addTo(folder.resolve(SALES_FOLDER), folder.resolve(MODELS_FOLDER).resolve(DemoQuote.MODEL),
					folder.resolve(QUOTES_FOLDER), DemoWorkspaceFactory.referenceTime(today));
			Files.writeString(folder.resolve(MARKER), "BidBench demo workspace\n");
			context.out().println("demo workspace in " + folder + ": sales data in " + SALES_FOLDER + "/, " + models + " sample models in "
					+ MODELS_FOLDER + "/, the house's priced quote in " + folder.relativize(quotePdf));
			return 0;
		} catch (WorkspaceFileException e) {
			throw new CommandException("cannot write the demo sales data: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException("cannot create the demo workspace in " + folder + ": " + e.getMessage(), e);
		}
	}

	/** The models (and their NOTICE) travel inside this bundle, so the demo works on any installation. */
	private static int copyModels(Path target) throws IOException {
		Files.createDirectories(target);
		Bundle bundle = FrameworkUtil.getBundle(DemoWorkspaceCommand.class);
		int copied = 0;
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries("demo/models", "*", false);
		while (entries != null && entries.hasMoreElements()) {
			URL url = entries.nextElement();
			String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
			if (name.isEmpty()) {
				continue;
			}
			try (InputStream in = url.openStream()) {
				Files.copy(in, target.resolve(name));
			}
			if (name.endsWith(".ifc") || name.endsWith(".ifczip")) {
				copied++;
			}
		}
		return copied;
	}
}
