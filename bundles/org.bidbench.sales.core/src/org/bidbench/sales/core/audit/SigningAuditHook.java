package org.bidbench.sales.core.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bidbench.sales.core.store.StoreAuditHook;
import org.bidbench.sales.core.store.StoreException;

/**
 * The store's save hook that appends the audited changes of each save to the store's audit log,
 * signed by the acting user: in the save's own transaction for PostgreSQL, so a change and its
 * entries are committed together. Once a log has entries, a save with audited changes and no
 * signing key is refused: history must not silently stop.
 */
public final class SigningAuditHook implements StoreAuditHook {

	private final AuditStore log;
	private final ActingUser user;

	/**
	 * @param user the acting user, or null when no key is open (then only saves without audited
	 *        changes pass, or any save while the log is still empty)
	 */
	public SigningAuditHook(AuditStore log, ActingUser user) {
		this.log = log;
		this.user = user;
	}

	@Override
	public void beforeCommit(Save save) throws StoreException {
		String actor = user == null ? save.user() : user.employeeId();
		List<AuditEvent> events = AuditedChanges.of(save.changes(), actor, Instant.now());
		if (events.isEmpty()) {
			return;
		}
		try {
			if (user == null) {
				if (!log.read().isEmpty()) {
					throw new StoreException(events.size() + " change(s) of this save (" + events.get(0).action()
							+ " first) must be signed into the audit log of " + save.location()
							+ ", and no signing key is open: set BIDBENCH_AUDIT_USER to your employee id and BIDBENCH_AUDIT_PASSWORD to your"
							+ " key store's password (bidbench audit register-key makes the key). Nothing was saved.");
				}
				return;
			}
			ChainedAuditLog signer = new ChainedAuditLog(log, user);
			Optional<Connection> connection = save.connection();
			for (AuditEvent event : events) {
				if (connection.isPresent() && log instanceof SqlAuditStore) {
					SqlAuditStore.append(connection.get(), last -> signer.signAfter(event, last));
				} else {
					signer.append(event);
				}
			}
		} catch (AuditException e) {
			throw new StoreException(e.getMessage() + " Nothing was saved.", e);
		} catch (SQLException e) {
			throw new StoreException("cannot append to the audit log of " + save.location() + ": " + e.getMessage() + ". Nothing was saved.", e);
		}
	}
}
