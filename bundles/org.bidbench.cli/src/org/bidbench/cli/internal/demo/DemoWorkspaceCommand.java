package org.bidbench.cli.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code bidbench demo-workspace DIR}: a workspace to demo BidBench on: the sales data of a
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
		List<String> rest = new java.util.ArrayList<>(arguments);
		DemoWorkspaceFactory.Size size = DemoWorkspaceFactory.Size.DEMO;
		int sizeAt = rest.indexOf("--size");
		if (sizeAt >= 0) {
			if (sizeAt + 1 >= rest.size()) {
				throw new UsageException("--size needs a value: demo or large");
			}
			try {
				size = DemoWorkspaceFactory.Size.parse(rest.get(sizeAt + 1));
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			}
			rest.subList(sizeAt, sizeAt + 2).clear();
		}
		if (rest.size() != 1 || rest.get(0).startsWith("-")) {
			throw new UsageException("give the folder to create the demo workspace in");
		}
		Path folder = context.resolve(rest.get(0));
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
			if (size == DemoWorkspaceFactory.Size.DEMO) {
				DemoWorkspaceFactory.create(folder.resolve(SALES_FOLDER));
			} else {
				DemoWorkspaceFactory.write(folder.resolve(SALES_FOLDER), DemoWorkspaceFactory.DEFAULT_SEED,
						java.time.LocalDate.now(java.time.ZoneOffset.UTC), size);
			}
			int models = copyModels(folder.resolve(MODELS_FOLDER));
			context.err().println("pricing the sample house into a demo quote...");
			Path quotePdf = DemoQuote.addTo(folder.resolve(SALES_FOLDER), folder.resolve(MODELS_FOLDER).resolve(DemoQuote.MODEL),
					folder.resolve(QUOTES_FOLDER));
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
