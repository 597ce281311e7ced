package org.bidbench.sales.core.audit;

import org.bidbench.sales.core.store.SalesStore;

/** The audit log of an open store, for the commands, the opportunity editor and the save hook. */
public final class AuditLogs {

	private AuditLogs() {
	}

	/**
	 * @param user who appends, or null to read and verify only
	 * @throws AuditException when the store keeps no audit log
	 */
	public static ChainedAuditLog of(SalesStore store, ActingUser user) throws AuditException {
		if (store instanceof AuditStoreProvider provider) {
			return new ChainedAuditLog(provider.auditStore(), user);
		}
		throw new AuditException("The store " + store.location() + " keeps no audit log");
	}
}
