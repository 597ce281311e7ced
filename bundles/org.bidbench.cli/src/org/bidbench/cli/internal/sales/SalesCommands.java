package org.bidbench.cli.internal.sales;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStores;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.core.workspace.LoadProblem;

/**
 * What the sales commands share: opening the workspace the user names with {@code --workspace},
 * a folder or a team store URL ({@code postgresql://user@host/db}, password from the URL or
 * {@code PGPASSWORD}).
 */
public final class SalesCommands {

	private SalesCommands() {
	}

	/**
	 * Opens the store; parts of a folder that fail to load are reported on stderr and the rest is
	 * used. A demo workspace folder opens its {@code sales} folder.
	 */
	public static SalesStore load(CommandContext context, String location) throws CommandException {
		try {
			SalesStore store = SalesStores.open(location, null, context.resolve("."));
			for (LoadProblem problem : store.problems()) {
				context.err().println("warning: " + problem);
			}
			return store;
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}
}
