package org.bidbench.cli.internal.audit;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.internal.sales.SalesCommands;
import org.bidbench.sales.core.audit.ActingUser;
import org.bidbench.sales.core.audit.AuditException;
import org.bidbench.sales.core.audit.ChainedAuditLog;
import org.bidbench.sales.core.audit.UserKeyStore;
import org.bidbench.sales.core.audit.AuditLogs;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * The audit log of the workspace the user names with {@code --workspace}, opened through the
 * sales commands' one loading place, and the user's audit key store.
 */
final class AuditWorkspace {

	private AuditWorkspace() {
	}

	/** The store and its audit log, read-only or signing as {@code user}; close it when done. */
	record Opened(SalesStore store, ChainedAuditLog log) implements AutoCloseable {
		SalesWorkspace workspace() {
			return store.workspace();
		}

		@Override
		public void close() {
			store.close();
		}
	}

	static Opened open(CommandContext context, String workspace, ActingUser user) throws CommandException {
		SalesStore store = SalesCommands.load(context, workspace);
		try {
			return new Opened(store, AuditLogs.of(store, user));
		} catch (AuditException e) {
			store.close();
			throw new CommandException(e.getMessage(), e);
		}
	}

	/** The user's key store: {@code --keystore}, else the default place; the password from a file, the environment or the console. */
	static UserKeyStore keyStore(CommandContext context, String keystore, String passwordFile) throws CommandException {
		Path file = keystore == null ? UserKeyStore.defaultLocation(System.getenv()) : context.resolve(keystore);
		char[] password = password(context, passwordFile, UserKeyStore.PASSWORD_VARIABLE, "the audit key store " + file);
		try {
			return UserKeyStore.open(file, password);
		} catch (AuditException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	/**
	 * A password from a file (its first line), else the environment variable, else typed at the
	 * console; never from a command-line argument that other users could see in the process list.
	 */
	static char[] password(CommandContext context, String passwordFile, String variable, String what) throws CommandException {
		if (passwordFile != null) {
			Path file = context.resolve(passwordFile);
			try {
				String text = Files.readString(file);
				int end = text.indexOf('\n');
				return (end < 0 ? text : text.substring(0, end)).replace("\r", "").toCharArray();
			} catch (java.io.IOException e) {
				throw new CommandException("cannot read the password file " + file + ": " + e.getMessage(), e);
			}
		}
		String fromEnvironment = System.getenv(variable);
		if (fromEnvironment != null) {
			return fromEnvironment.toCharArray();
		}
		if (System.console() != null) {
			char[] typed = System.console().readPassword("Password of %s: ", what);
			if (typed != null) {
				return typed;
			}
		}
		throw new CommandException("no password for " + what + ": set " + variable + " or give --password-file FILE");
	}
}
