package org.bidbench.sales.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit log as the table {@code audit_log} of a SQL database (PostgreSQL), through plain
 * JDBC with parameters only. The table is made by the team store's schema migration
 * ({@code db/migration/V4__audit_log.sql} of {@code org.bidbench.sales.store.pg}, its one definition).
 * Details are kept in the same escaped {@code key=value} text form as the folder's log lines, so the
 * signed bytes never depend on how a JSON type would reorder or normalise them. Rows are only
 * inserted: the migration revokes UPDATE and DELETE and a
 * trigger refuses them, and since the database owner can undo both, {@link AuditChain} checks
 * every row's signature and link anyway.
 */
public final class SqlAuditStore implements AuditStore {

	/** Opens a connection for one operation; the store closes it. */
	@FunctionalInterface
	public interface ConnectionSource {
		Connection open() throws SQLException;
	}

	/** The table's name, for messages. */
	public static final String TABLE = "audit_log";

	private static final String COLUMNS = "seq, at, actor, key_id, action, opportunity_id, subject, details, previous_hash, signature";

	private final ConnectionSource connections;
	private final String location;

	/**
	 * @param location how to name the database in messages, e.g. {@code postgresql://host/db, table audit_log}
	 */
	public SqlAuditStore(ConnectionSource connections, String location) {
		this.connections = connections;
		this.location = location;
	}

	@Override
	public String location() {
		return location;
	}

	@Override
	public List<StoredEntry> read() throws AuditException {
		try (Connection c = connections.open()) {
			return read(c, null);
		} catch (SQLException e) {
			throw new AuditException("Cannot read the audit log in " + location + ": " + e.getMessage(), e);
		}
	}

	/** The stored entries, all of them or those of one opportunity, in sequence order. */
	public static List<StoredEntry> read(Connection c, String opportunityId) throws SQLException {
		String sql = "SELECT " + COLUMNS + " FROM audit_log" + (opportunityId == null ? "" : " WHERE opportunity_id = ?") + " ORDER BY seq";
		List<StoredEntry> entries = new ArrayList<>();
		try (PreparedStatement select = c.prepareStatement(sql)) {
			if (opportunityId != null) {
				select.setString(1, opportunityId);
			}
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					long seq = rows.getLong(1);
					String where = "audit_log row seq=" + seq;
					try {
						entries.add(new StoredEntry(entries.size() + 1, where, entry(rows), null));
					} catch (IllegalArgumentException | SQLException e) {
						entries.add(new StoredEntry(entries.size() + 1, where, null, e.getMessage()));
					}
				}
			}
		}
		return entries;
	}

	private static AuditEntry entry(ResultSet rows) throws SQLException {
		OffsetDateTime at = rows.getObject(2, OffsetDateTime.class);
		AuditAction action;
		try {
			action = AuditAction.valueOf(rows.getString(5));
		} catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("'" + rows.getString(5) + "' is not an audit action");
		}
		return new AuditEntry(rows.getLong(1), at.toInstant(), rows.getString(3), rows.getString(4), action, rows.getString(6),
				rows.getString(7), details(rows.getString(8)), rows.getBytes(9), rows.getBytes(10));
	}

	@Override
	public AuditEntry append(NextEntry next) throws AuditException {
		try (Connection c = connections.open()) {
			boolean auto = c.getAutoCommit();
			c.setAutoCommit(false);
			try {
				AuditEntry entry = append(c, next);
				c.commit();
				return entry;
			} catch (SQLException | AuditException | RuntimeException e) {
				c.rollback();
				throw e;
			} finally {
				c.setAutoCommit(auto);
			}
		} catch (SQLException e) {
			throw new AuditException("Cannot append to the audit log in " + location + ": " + e.getMessage()
					+ ". The change was not recorded.", e);
		}
	}

	/**
	 * Appends inside the caller's transaction, so that a change and its audit entry are committed
	 * together or not at all. Locks the table against other appenders until the transaction ends.
	 */
	public static AuditEntry append(Connection c, NextEntry next) throws SQLException, AuditException {
		try (Statement lock = c.createStatement()) {
			// Other appenders wait here until this transaction ends, so no two entries share a
			// predecessor; an advisory lock needs no UPDATE right, which nobody has on the table.
			lock.execute("SELECT pg_advisory_xact_lock(hashtext('bidbench_audit_log'))");
		}
		AuditEntry last = null;
		try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq DESC LIMIT 1");
				ResultSet rows = select.executeQuery()) {
			if (rows.next()) {
				try {
					last = entry(rows);
				} catch (IllegalArgumentException e) {
					throw new AuditException("The last audit entry (seq " + rows.getLong(1) + ") cannot be read: " + e.getMessage()
							+ "; nothing can be chained to it. Run 'bidbench audit verify'.");
				}
			}
		}
		AuditEntry entry = next.after(last);
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			insert.setLong(1, entry.sequence());
			insert.setObject(2, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
			insert.setString(3, entry.actor());
			insert.setString(4, entry.keyId());
			insert.setString(5, entry.action().name());
			insert.setString(6, entry.opportunityId());
			insert.setString(7, entry.subject());
			insert.setString(8, details(entry.details()));
			insert.setBytes(9, entry.previousHash());
			insert.setBytes(10, entry.signature());
			insert.executeUpdate();
		}
		return entry;
	}

	/** The details as the folder's log line writes them: {@code key=value} joined by tabs, escaped. */
	static String details(Map<String, String> details) {
		return AuditLineFormat.writeDetails(new StringBuilder(), details).toString();
	}

	static TreeMap<String, String> details(String text) {
		return text == null || text.isEmpty() ? new TreeMap<>() : AuditLineFormat.readDetails(text.split("\t", -1), 0);
	}
}
