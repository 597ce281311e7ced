package org.bidbench.cli.internal.sales;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.workspace.ConcurrentChangeException;
import org.bidbench.sales.core.workspace.LoadProblem;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.WorkspaceFileException;

/**
 * What the sales commands share, and the one place where they read and write a workspace: every
 * {@code --workspace} is opened by {@link #load} and every change is written by {@link #change},
 * so that another kind of store (a database URL) is switched here and nowhere else.
 */
public final class SalesCommands {

	/**
	 * The clock changes are recorded at. The system's UTC clock; tests that compare files across
	 * runs set a fixed one.
	 */
	static Clock clock = Clock.systemUTC();

	private SalesCommands() {
	}

	/** A change of the workspace: runs the operations and returns what to report. */
	@FunctionalInterface
	public interface Change<T> {
		T apply(SalesOperations operations) throws CommandException;
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

	/** The operations over a loaded workspace, at the commands' clock. */
	public static SalesOperations operations(SalesWorkspaceFolder workspace) {
		return new SalesOperations(workspace.workspace(), clock);
	}

	/**
	 * Loads the workspace, applies the change through {@link SalesOperations} and saves. A refused
	 * change is exit 1 with the rule's message and nothing is written; so is a file another
	 * program changed since it was read.
	 */
	public static <T> T change(CommandContext context, String folder, Change<T> change) throws CommandException {
		SalesWorkspaceFolder workspace = load(context, folder);
		T result;
		try {
			result = change.apply(operations(workspace));
		} catch (RefusedException e) {
			throw new CommandException(e.getMessage(), e);
		}
		save(workspace);
		return result;
	}

	/** Saves every changed file of the workspace atomically, or none when another program changed one. */
	public static void save(SalesWorkspaceFolder workspace) throws CommandException {
		try {
			workspace.save();
		} catch (ConcurrentChangeException e) {
			throw new CommandException(e.getMessage() + " Nothing was saved; run the command again to apply it to the new contents.", e);
		} catch (WorkspaceFileException e) {
			throw new CommandException("cannot save the sales workspace in " + workspace.folder() + ": " + e.getMessage(), e);
		}
	}
}
