package org.bidbench.cli.internal.audit;

import java.nio.file.Path;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.sales.core.audit.ActingUser;
import org.bidbench.sales.core.audit.AuditException;
import org.bidbench.sales.core.audit.AuditStoreProvider;
import org.bidbench.sales.core.audit.SigningAuditHook;
import org.bidbench.sales.core.audit.UserKeyStore;
import org.bidbench.sales.core.store.SalesStore;

/**
 * Puts the audit log on every store the commands open: the user named by
 * {@code BIDBENCH_AUDIT_USER} (an employee id) signs what the command's save changes, with the key
 * from their key store ({@code BIDBENCH_AUDIT_KEYSTORE}, password {@code BIDBENCH_AUDIT_PASSWORD}).
 * The same names as Java system properties ({@code bidbench.audit.user} ...) serve tests and
 * embedders. Without a user, saves whose changes must be audited are refused once the store's
 * log has entries.
 */
public final class AuditSession {

	public static final String USER_VARIABLE = "BIDBENCH_AUDIT_USER";

	private AuditSession() {
	}

	public static void attach(CommandContext context, SalesStore store) throws CommandException {
		if (!(store instanceof AuditStoreProvider provider)) {
			return;
		}
		String employee = setting(USER_VARIABLE, "bidbench.audit.user");
		ActingUser user = null;
		if (employee != null && !employee.isBlank()) {
			String keystore = setting(UserKeyStore.KEYSTORE_VARIABLE, "bidbench.audit.keystore");
			String password = setting(UserKeyStore.PASSWORD_VARIABLE, "bidbench.audit.password");
			Path file = keystore == null ? UserKeyStore.defaultLocation(System.getenv()) : context.resolve(keystore);
			if (password == null) {
				throw new CommandException("no password for the audit key store " + file + " of " + employee + ": set "
						+ UserKeyStore.PASSWORD_VARIABLE);
			}
			try {
				user = UserKeyStore.open(file, password.toCharArray()).user(employee);
			} catch (AuditException e) {
				throw new CommandException(e.getMessage(), e);
			}
		}
		store.setAuditHook(new SigningAuditHook(provider.auditStore(), user));
	}

	private static String setting(String variable, String property) {
		String value = System.getenv(variable);
		return value != null ? value : System.getProperty(property);
	}
}
