package org.bidbench.sales.core.audit;

import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.util.Base64;
import java.util.List;

/** The {@link AuditLog} over any {@link AuditStore}: hashing, signing and checking are done here, once for all stores. */
public final class ChainedAuditLog implements AuditLog {

	private final AuditStore store;
	private final ActingUser user;

	/**
	 * @param user who appends; null for a log that is only read and verified
	 */
	public ChainedAuditLog(AuditStore store, ActingUser user) {
		this.store = store;
		this.user = user;
	}

	/** The log of a folder workspace: {@code audit/audit-log.txt} inside it. */
	public static ChainedAuditLog forFolder(Path workspaceFolder, ActingUser user) {
		return new ChainedAuditLog(new AuditFile(AuditFile.in(workspaceFolder)), user);
	}

	/** The log in the {@code audit_log} table of a database ({@link SqlAuditStore}). */
	public static ChainedAuditLog forSql(SqlAuditStore.ConnectionSource connections, String location, ActingUser user) {
		return new ChainedAuditLog(new SqlAuditStore(connections, location), user);
	}

	public AuditStore store() {
		return store;
	}

	@Override
	public AuditEntry append(AuditEvent event) throws AuditException {
		if (user == null) {
			throw new AuditException("Cannot record " + event.action() + " by '" + event.actor() + "' in " + store.location()
					+ ": no signing key is open; this workspace was opened read-only for the audit log");
		}
		if (!user.employeeId().equals(event.actor())) {
			throw new AuditException("Cannot record " + event.action() + " by '" + event.actor() + "': the open signing key is '"
					+ user.employeeId() + "'s, and a user signs only their own actions");
		}
		return store.append(last -> sign(event, last));
	}

	/**
	 * Registers the acting user's public key in the store, so their entries can be verified. A
	 * second key of the same employee is endorsed by the first ({@code previous}, or null for
	 * the first key).
	 */
	public AuditEntry registerKey(ActingUser previous) throws AuditException {
		if (user == null) {
			throw new AuditException("no key to register");
		}
		AuditEvent event = AuditEvent.of(AuditAction.KEY_REGISTRATION, user.employeeId(), null, user.keyId()).with("publicKey",
				AuditKeys.encode(user.publicKey()));
		if (previous != null) {
			try {
				event = event.with("endorsedBy", previous.keyId()).with("endorsement",
						Base64.getEncoder().encodeToString(AuditKeys.sign(previous.privateKey(), user.publicKey().getEncoded())));
			} catch (InvalidKeyException e) {
				throw new AuditException("The earlier key of '" + previous.employeeId() + "' cannot sign: " + e.getMessage(), e);
			}
		}
		AuditEvent registration = event;
		return store.append(last -> sign(registration, last));
	}

	/** Whether the chain already holds a key registration of this key. */
	public boolean registered(ActingUser who) throws AuditException {
		for (StoredEntry s : store.read()) {
			AuditEntry e = s.entry();
			if (e != null && e.action() == AuditAction.KEY_REGISTRATION && e.actor().equals(who.employeeId())
					&& e.keyId().equals(who.keyId())) {
				return true;
			}
		}
		return false;
	}

	/** The event signed as the entry after {@code last}, for a store appending in its own transaction. */
	AuditEntry signAfter(AuditEvent event, AuditEntry last) throws AuditException {
		if (user == null || !user.employeeId().equals(event.actor())) {
			throw new AuditException("Cannot sign " + event.action() + " by '" + event.actor() + "' without their key");
		}
		return sign(event, last);
	}

	private AuditEntry sign(AuditEvent event, AuditEntry last) throws AuditException {
		long sequence = last == null ? 1 : last.sequence() + 1;
		byte[] previousHash = last == null ? AuditEntry.GENESIS : last.hash();
		AuditEntry unsigned = new AuditEntry(sequence, event.at(), event.actor(), user.keyId(), event.action(), event.opportunityId(),
				event.subject(), event.details(), previousHash, new byte[0]);
		try {
			byte[] signature = AuditKeys.sign(user.privateKey(), unsigned.signedBytes());
			return new AuditEntry(sequence, event.at(), event.actor(), user.keyId(), event.action(), event.opportunityId(), event.subject(),
					event.details(), previousHash, signature);
		} catch (InvalidKeyException e) {
			throw new AuditException("The audit key of '" + user.employeeId() + "' cannot sign: " + e.getMessage(), e);
		}
	}

	@Override
	public List<AuditEntry> entries() throws AuditException {
		return AuditChain.of(store.read(), null);
	}

	@Override
	public List<AuditEntry> entries(String opportunityId) throws AuditException {
		return AuditChain.of(store.read(), opportunityId);
	}

	@Override
	public AuditVerification verify() throws AuditException {
		return AuditChain.verify(store.read());
	}

	/** Verifies and also checks that the entry this user saw before is still there, unchanged. */
	public AuditVerification verify(AuditChain.Witness witness) throws AuditException {
		return AuditChain.verify(store.read(), witness);
	}

	@Override
	public String location() {
		return store.location();
	}
}
