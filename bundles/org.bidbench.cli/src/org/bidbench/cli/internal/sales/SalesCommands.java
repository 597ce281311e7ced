package org.bidbench.cli.internal.sales;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.sales.core.workspace.LoadProblem;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.sales.model.SalesProcess;

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
			SalesProcess process = loaded.workspace().getProcess();
			if (process == null || process.eIsProxy()) {
				// Without its process, stages and gates would read as none: "0 overdue gates" would be a lie.
				String why = loaded.problems().stream().filter(p -> p.file() != null && p.file().endsWith("process.xmi"))
						.map(LoadProblem::toString).findFirst().orElse("the workspace names no sales process");
				throw new CommandException("cannot use the sales workspace in " + path + ": its sales process (process.xmi) cannot be"
						+ " read: " + why + " Restore process.xmi from a backup or version control; nothing was changed.");
			}
			for (LoadProblem problem : loaded.problems()) {
				context.err().println("warning: " + problem);
			}
			return loaded;
		} catch (WorkspaceFileException e) {
			throw new CommandException("cannot read the sales workspace in " + path + ": " + e.getMessage(), e);
		}
	}
}
