package org.bidbench.cli.internal.sales;

import java.time.Clock;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStores;
import org.bidbench.sales.core.store.StoreConflictException;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.core.workspace.LoadProblem;

/**
 * What the sales commands share, and the one place where they read and write a workspace: every
 * {@code --workspace} is opened by {@link #load} and every change is written by {@link #change}.
 * A workspace is a folder or a team store URL ({@code postgresql://user@host/db}, the password
 * from the URL or {@code PGPASSWORD}), both through the store API ({@link SalesStores}).
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

	/**
	 * Opens the store; parts of a folder that fail to load are reported on stderr and the rest is
	 * used. A demo workspace folder opens its {@code sales} folder.
	 */
	public static SalesStore load(CommandContext context, String location) throws CommandException {
		try {
			SalesStore store = SalesStores.open(location, null, context.resolve("."));
			try {
				org.bidbench.cli.internal.audit.AuditSession.attach(context, store);
			} catch (CommandException e) {
				store.close();
				throw e;
			}
			for (LoadProblem problem : store.problems()) {
				context.err().println("warning: " + problem);
			}
			return store;
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	/** The operations over a loaded workspace, at the commands' clock. */
	public static SalesOperations operations(SalesStore store) {
		return new SalesOperations(store.workspace(), clock);
	}

	/**
	 * Loads the workspace, applies the change through {@link SalesOperations} and saves. A refused
	 * change is exit 1 with the rule's message and nothing is written; so is a save that meets
	 * another user's change of the same field (or, in a folder, another program's change of the file).
	 */
	public static <T> T change(CommandContext context, String location, Change<T> change) throws CommandException {
		try (SalesStore store = load(context, location)) {
			T result;
			try {
				result = change.apply(operations(store));
			} catch (RefusedException e) {
				throw new CommandException(e.getMessage(), e);
			}
			save(store);
			return result;
		}
	}

	/** Saves what changed, all or nothing. */
	public static void save(SalesStore store) throws CommandException {
		try {
			store.save();
		} catch (StoreConflictException e) {
			throw new CommandException(e.getMessage() + " Nothing was saved; run the command again to apply it to the new contents.", e);
		} catch (StoreException e) {
			throw new CommandException("cannot save the sales workspace in " + store.location() + ": " + e.getMessage(), e);
		}
	}
}
