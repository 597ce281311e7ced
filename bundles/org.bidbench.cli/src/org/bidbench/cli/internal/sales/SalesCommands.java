package org.bidbench.cli.internal.sales;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.sales.core.workspace.LoadProblem;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.WorkspaceFileException;

/** What the sales commands share: opening the workspace folder the user names. */
public final class SalesCommands {

	private SalesCommands() {
	}

	/** Loads the folder; parts that fail to load are reported on stderr and the rest is used. */
	public static SalesWorkspaceFolder load(CommandContext context, String folder) throws CommandException {
		Path path = context.resolve(folder);
		if (Files.isDirectory(path.resolve("sales")) && !Files.exists(path.resolve(SalesWorkspaceFolder.ROOT))) {
			// A demo workspace keeps its sales data in sales/.
			path = path.resolve("sales");
		}
		if (!Files.exists(path.resolve(SalesWorkspaceFolder.ROOT))) {
			throw new CommandException(path + " holds no sales workspace (no " + SalesWorkspaceFolder.ROOT
					+ "); give the folder made by 'bidbench demo-workspace' or by the workbench");
		}
		try {
			SalesWorkspaceFolder loaded = SalesWorkspaceFolder.load(path);
			for (LoadProblem problem : loaded.problems()) {
				context.err().println("warning: " + problem);
			}
			return loaded;
		} catch (WorkspaceFileException e) {
			throw new CommandException("cannot read the sales workspace in " + path + ": " + e.getMessage(), e);
		}
	}
}
