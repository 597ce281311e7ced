package org.bidbench.sales.store.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.bidbench.sales.core.store.AbstractSalesStore;
import org.bidbench.sales.core.store.ChangeSet;
import org.bidbench.sales.core.store.FieldChange;
import org.bidbench.sales.core.store.FieldConflict;
import org.bidbench.sales.core.store.RecordChange;
import org.bidbench.sales.core.store.RecordFields;
import org.bidbench.sales.core.store.RecordKey;
import org.bidbench.sales.core.store.RecordKind;
import org.bidbench.sales.core.store.SaveResult;
import org.bidbench.sales.core.store.StoreAuditHook;
import org.bidbench.sales.core.store.StoreConflictException;
import org.bidbench.sales.core.store.StoreEvent;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.core.store.StoreListener;
import org.bidbench.sales.core.store.StoreUnavailableException;
import org.bidbench.sales.core.workspace.LoadProblem;
import org.bidbench.sales.model.SalesWorkspace;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The team store on PostgreSQL (schema: this bundle's {@code db/migration}). A record is a row of
 * {@code store_record} with its version; its fields are rows of {@code store_field}, and its
 * costs and margins rows of {@code store_cost_field}, which only members of
 * {@code bidbench_cost} may read or write: the database refuses them to everyone else.
 *
 * <p>A save runs in one transaction: each changed record is locked ({@code SELECT ... FOR UPDATE});
 * when its version is still the one the change was based on, the fields are written; otherwise
 * each changed field's stored value is compared with the value the change started from, and
 * fields another user changed meanwhile are conflicts (all other fields merge). The version goes
 * up by one and {@code pg_notify('bidbench_store', ...)} tells every listening client at commit.
 * Every statement takes its values as parameters.
 */
public final class PgStore extends AbstractSalesStore implements org.bidbench.sales.core.audit.AuditStoreProvider {

	/** The notification channel; the payload is {@code version TAB user TAB kind:id}. */
	public static final String CHANNEL = "bidbench_store";

	private final PgLocation location;
	private final PGSimpleDataSource dataSource;
	private Connection connection;
	private final Set<Integer> ownBackends = ConcurrentHashMap.newKeySet();
	private boolean canSeeCosts;
	private List<String> roles = List.of();
	private volatile boolean closed;
	private Thread notifications;

	private PgStore(PgLocation location) {
		this.location = location;
		this.dataSource = dataSource(location);
	}

	/** Connects and checks that the schema is there; reads the working copy when {@code load}. */
	static PgStore open(PgLocation location, boolean load) throws StoreException {
		PgStore store = new PgStore(location);
		try {
			store.connected();
			if (load) {
				store.load();
			}
			return store;
		} catch (StoreException | RuntimeException e) {
			store.close();
			throw e;
		}
	}

	static PGSimpleDataSource dataSource(PgLocation location) {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setServerNames(new String[]{location.host()});
		source.setPortNumbers(new int[]{location.port()});
		source.setDatabaseName(location.database());
		source.setUser(location.user());
		source.setPassword(new String(location.password()));
		source.setApplicationName("BidBench");
		source.setConnectTimeout(10);
		source.setReWriteBatchedInserts(true);
		if (!location.options().isEmpty()) {
			try {
				source.setURL(location.jdbcUrl());
			} catch (IllegalArgumentException e) {
				// Options the driver does not know: keep the parsed parts.
			}
			source.setUser(location.user());
			source.setPassword(new String(location.password()));
		}
		return source;
	}

	/** The connection for reads and saves, opened again after it was lost. */
	private Connection connected() throws StoreException {
		try {
			if (connection != null && !connection.isClosed()) {
				return connection;
			}
		} catch (SQLException e) {
			connection = null;
		}
		try {
			connection = dataSource.getConnection();
		} catch (SQLException e) {
			throw PgErrors.connecting(location, e);
		}
		try (Statement statement = connection.createStatement()) {
			boolean initialised;
			try (ResultSet rs = statement.executeQuery("SELECT to_regclass('store_record') IS NOT NULL AND to_regclass('store_cost_field') IS NOT NULL")) {
				rs.next();
				initialised = rs.getBoolean(1);
			}
			if (!initialised) {
				Connection unusable = connection;
				connection = null;
				unusable.close();
				throw new StoreException("the database " + location + " holds no team store yet; run 'bidbench store init "
						+ location + "' as its owner first");
			}
			try (ResultSet rs = statement.executeQuery("SELECT has_table_privilege(current_user, 'store_cost_field', 'SELECT')")) {
				rs.next();
				canSeeCosts = rs.getBoolean(1);
			}
			ownBackends.add(connection.unwrap(PGConnection.class).getBackendPID());
			List<String> mine = new ArrayList<>();
			try (ResultSet roleRows = statement.executeQuery("SELECT bidbench_my_roles()")) {
				while (roleRows.next()) {
					mine.add(roleRows.getString(1));
				}
			}
			roles = List.copyOf(mine);
			return connection;
		} catch (SQLException e) {
			throw translate(e, "checking the store");
		}
	}

	/** Reads the whole working copy in one consistent snapshot. */
	public void load() throws StoreException {
		Connection c = connected();
		Map<RecordKey, Map<String, String>> records = new LinkedHashMap<>();
		Map<RecordKey, Long> versions = new HashMap<>();
		try {
			c.setAutoCommit(false);
			c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			c.setReadOnly(true);
			try (Statement statement = c.createStatement()) {
				statement.setFetchSize(10_000);
				try (ResultSet rs = statement.executeQuery("SELECT kind, id, version FROM store_record ORDER BY seq")) {
					while (rs.next()) {
						RecordKey key = new RecordKey(RecordKind.ofCode(rs.getString(1)), rs.getString(2));
						records.put(key, new TreeMap<>());
						versions.put(key, rs.getLong(3));
					}
				}
				readFields(statement, "store_field", records);
				if (canSeeCosts) {
					readFields(statement, "store_cost_field", records);
				}
			}
			c.commit();
		} catch (SQLException e) {
			throw translate(e, "reading the workspace");
		} finally {
			reset(c);
		}
		// The workspace record first, then the others in the order they were created.
		Map<RecordKey, Map<String, String>> ordered = new LinkedHashMap<>();
		if (records.containsKey(RecordKey.WORKSPACE)) {
			ordered.put(RecordKey.WORKSPACE, records.remove(RecordKey.WORKSPACE));
		}
		ordered.putAll(records);
		SalesWorkspace workspace = RecordFields.assemble(ordered);
		setWorkingCopy(workspace, versions);
	}

	private static void readFields(Statement statement, String table, Map<RecordKey, Map<String, String>> records)
			throws SQLException {
		try (ResultSet rs = statement.executeQuery("SELECT kind, id, path, value FROM " + table)) {
			while (rs.next()) {
				Map<String, String> fields = records.get(new RecordKey(RecordKind.ofCode(rs.getString(1)), rs.getString(2)));
				if (fields != null) {
					fields.put(rs.getString(3), RecordFields.storedValue(rs.getString(3), rs.getString(4)));
				}
			}
		}
	}

	private void reset(Connection c) {
		try {
			if (!c.isClosed()) {
				if (!c.getAutoCommit()) {
					c.rollback();
				}
				c.setReadOnly(false);
				c.setAutoCommit(true);
				c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
			}
		} catch (SQLException e) {
			drop();
		}
	}

	@Override
	public SalesWorkspace workspace() {
		if (!hasWorkingCopy()) {
			try {
				load();
			} catch (StoreException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}
		return super.workspace();
	}

	@Override
	public String location() {
		return location.toString();
	}

	@Override
	public String user() {
		return location.user();
	}

	/** The sales model roles of this user (e.g. "finance"), from their database groups. */
	public List<String> roles() {
		return roles;
	}

	@Override
	public boolean canSeeCosts() {
		return canSeeCosts;
	}

	@Override
	public boolean shared() {
		return true;
	}

	@Override
	public List<LoadProblem> problems() {
		return List.of();
	}

	@Override
	public StoredRecord read(RecordKey key) throws StoreException {
		Connection c = connected();
		try {
			c.setAutoCommit(false);
			c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			c.setReadOnly(true);
			long version = 0;
			Map<String, String> fields = new TreeMap<>();
			try (PreparedStatement select = c.prepareStatement("SELECT version FROM store_record WHERE kind = ? AND id = ?")) {
				select.setString(1, key.kind().code());
				select.setString(2, key.id());
				try (ResultSet rs = select.executeQuery()) {
					if (rs.next()) {
						version = rs.getLong(1);
					}
				}
			}
			if (version > 0) {
				readRecordFields(c, "store_field", key, fields);
				if (canSeeCosts) {
					readRecordFields(c, "store_cost_field", key, fields);
				}
			}
			c.commit();
			return new StoredRecord(key, version, fields);
		} catch (SQLException e) {
			throw translate(e, "reading " + key);
		} finally {
			reset(c);
		}
	}

	private static void readRecordFields(Connection c, String table, RecordKey key, Map<String, String> fields) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT path, value FROM " + table + " WHERE kind = ? AND id = ?")) {
			select.setString(1, key.kind().code());
			select.setString(2, key.id());
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					fields.put(rs.getString(1), RecordFields.storedValue(rs.getString(1), rs.getString(2)));
				}
			}
		}
	}

	@Override
	public Map<RecordKey, Long> list(RecordKind kind) throws StoreException {
		Connection c = connected();
		Map<RecordKey, Long> keys = new LinkedHashMap<>();
		try (PreparedStatement select = c.prepareStatement("SELECT id, version FROM store_record WHERE kind = ? ORDER BY seq")) {
			select.setString(1, kind.code());
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					keys.put(new RecordKey(kind, rs.getString(1)), rs.getLong(2));
				}
			}
			return keys;
		} catch (SQLException e) {
			throw translate(e, "listing " + kind.code() + " records");
		}
	}

	@Override
	public SaveResult save(ChangeSet changes) throws StoreException {
		if (changes.isEmpty()) {
			return SaveResult.nothing();
		}
		Connection c = connected();
		Map<RecordKey, Long> newVersions = new LinkedHashMap<>();
		List<RecordKey> merged = new ArrayList<>();
		List<FieldConflict> conflicts = new ArrayList<>();
		List<RecordChange> effective = new ArrayList<>();
		try {
			c.setAutoCommit(false);
			try (PreparedStatement lock = c.prepareStatement("SELECT version FROM store_record WHERE kind = ? AND id = ? FOR UPDATE");
					PreparedStatement insert = c.prepareStatement("INSERT INTO store_record (kind, id, version) VALUES (?, ?, 1) "
							+ "ON CONFLICT (kind, id) DO NOTHING RETURNING version");
					PreparedStatement remove = c.prepareStatement("DELETE FROM store_record WHERE kind = ? AND id = ?");
					PreparedStatement bump = c.prepareStatement("UPDATE store_record SET version = version + 1, "
							+ "changed_by = current_user, changed_at = now() WHERE kind = ? AND id = ? RETURNING version");
					FieldWrites plain = new FieldWrites(c, "store_field");
					FieldWrites costs = new FieldWrites(c, "store_cost_field");
					PreparedStatement notify = c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
				for (RecordChange change : changes.records()) {
					RecordKey key = change.key();
					long current = lockedVersion(lock, key);
					if (change.removed()) {
						if (current == 0) {
							newVersions.put(key, 0L);
						} else if (current != change.baseVersion()) {
							conflicts.add(new FieldConflict(key, "", "v" + change.baseVersion(), null, "v" + current));
						} else {
							remove.setString(1, key.kind().code());
							remove.setString(2, key.id());
							remove.executeUpdate();
							newVersions.put(key, 0L);
							effective.add(change);
							notify(notify, 0, key);
						}
						continue;
					}
					boolean fresh = false;
					if (current == 0) {
						if (change.baseVersion() != 0) {
							// Removed by someone else while this user changed it.
							conflicts.add(new FieldConflict(key, "", "v" + change.baseVersion(), "v" + change.baseVersion() + "+", null));
							continue;
						}
						insert.setString(1, key.kind().code());
						insert.setString(2, key.id());
						try (ResultSet rs = insert.executeQuery()) {
							fresh = rs.next();
						}
						if (!fresh) {
							current = lockedVersion(lock, key);
						}
					}
					List<FieldChange> toWrite = new ArrayList<>();
					if (fresh || current == change.baseVersion()) {
						toWrite.addAll(change.fields());
					} else {
						List<FieldChange> fields = change.fields();
						Map<String, String> stored = storedValues(c, key, fields);
						// Both appended an approval (named by position): mine go after theirs.
						List<FieldChange> appended = RecordFields.appendAfterStored(key.kind(), fields, stored);
						if (appended != fields) {
							fields = appended;
							stored = storedValues(c, key, fields);
						}
						for (FieldChange field : fields) {
							String theirs = stored.get(field.path());
							if (Objects.equals(theirs, field.base())) {
								toWrite.add(field);
							} else if (Objects.equals(theirs, field.value())) {
								continue;
							} else if (RecordFields.isContainmentList(key.kind(), field.path())) {
								// Both changed which objects a list holds (e.g. each logged an activity): keep both.
								String both = RecordFields.mergeList(field.base(), field.value(), theirs);
								if (!Objects.equals(both, theirs)) {
									toWrite.add(new FieldChange(field.path(), theirs, both));
								}
							} else {
								conflicts.add(new FieldConflict(key, field.path(), field.base(), field.value(), theirs));
							}
						}
						merged.add(key);
					}
					for (FieldChange field : toWrite) {
						(RecordFields.isCost(field.path()) ? costs : plain).add(key, field);
					}
					long version = 1;
					if (!fresh) {
						bump.setString(1, key.kind().code());
						bump.setString(2, key.id());
						try (ResultSet rs = bump.executeQuery()) {
							rs.next();
							version = rs.getLong(1);
						}
					}
					newVersions.put(key, version);
					effective.add(new RecordChange(key, change.baseVersion(), false, toWrite));
					notify(notify, version, key);
				}
				if (!conflicts.isEmpty()) {
					c.rollback();
					throw new StoreConflictException(conflicts);
				}
				plain.execute();
				costs.execute();
			}
			StoreAuditHook hook = auditHook();
			if (hook != null) {
				ChangeSet saving = new ChangeSet(effective);
				hook.beforeCommit(new StoreAuditHook.Save() {
					@Override
					public String location() {
						return PgStore.this.location();
					}

					@Override
					public String user() {
						return PgStore.this.user();
					}

					@Override
					public ChangeSet changes() {
						return saving;
					}

					@Override
					public Optional<Connection> connection() {
						return Optional.of(c);
					}
				});
			}
			c.commit();
		} catch (SQLException e) {
			throw translate(e, "saving " + describe(changes));
		} catch (StoreException | RuntimeException e) {
			throw e;
		} finally {
			reset(c);
		}
		saved(changes, newVersions);
		for (RecordKey key : merged) {
			StoredRecord stored = read(key);
			takeStored(key, stored.version(), stored.fields());
		}
		fire(new StoreEvent(eventVersions(changes, newVersions), user(), true));
		return new SaveResult(newVersions, merged);
	}

	private static String describe(ChangeSet changes) {
		RecordKey first = changes.records().get(0).key();
		return changes.records().size() == 1 ? first.toString() : first + " and " + (changes.records().size() - 1) + " more";
	}

	private static long lockedVersion(PreparedStatement lock, RecordKey key) throws SQLException {
		lock.setString(1, key.kind().code());
		lock.setString(2, key.id());
		try (ResultSet rs = lock.executeQuery()) {
			return rs.next() ? rs.getLong(1) : 0;
		}
	}

	private void notify(PreparedStatement notify, long version, RecordKey key) throws SQLException {
		notify.setString(1, version + "\t" + user() + "\t" + key);
		notify.executeQuery().close();
	}

	/** The stored values of the fields a change touches (costs only when this user may see them). */
	private Map<String, String> storedValues(Connection c, RecordKey key, List<FieldChange> fields) throws SQLException {
		List<String> plainPaths = new ArrayList<>();
		List<String> costPaths = new ArrayList<>();
		for (FieldChange field : fields) {
			(RecordFields.isCost(field.path()) ? costPaths : plainPaths).add(field.path());
		}
		Map<String, String> values = new HashMap<>();
		read(c, "store_field", key, plainPaths, values);
		if (!costPaths.isEmpty()) {
			read(c, "store_cost_field", key, costPaths, values);
		}
		return values;
	}

	private static void read(Connection c, String table, RecordKey key, List<String> paths, Map<String, String> into)
			throws SQLException {
		if (paths.isEmpty()) {
			return;
		}
		try (PreparedStatement select = c.prepareStatement("SELECT path, value FROM " + table
				+ " WHERE kind = ? AND id = ? AND path = ANY (?)")) {
			select.setString(1, key.kind().code());
			select.setString(2, key.id());
			select.setArray(3, c.createArrayOf("text", paths.toArray()));
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					into.put(rs.getString(1), RecordFields.storedValue(rs.getString(1), rs.getString(2)));
				}
			}
		}
	}

	/** Batched upserts and deletes of one field table. */
	private static final class FieldWrites implements AutoCloseable {

		private final PreparedStatement upsert;
		private final PreparedStatement delete;
		private int upserts;
		private int deletes;

		FieldWrites(Connection c, String table) throws SQLException {
			upsert = c.prepareStatement("INSERT INTO " + table + " (kind, id, path, value) VALUES (?, ?, ?, ?) "
					+ "ON CONFLICT (kind, id, path) DO UPDATE SET value = EXCLUDED.value");
			delete = c.prepareStatement("DELETE FROM " + table + " WHERE kind = ? AND id = ? AND path = ?");
		}

		void add(RecordKey key, FieldChange field) throws SQLException {
			if (field.value() == null) {
				delete.setString(1, key.kind().code());
				delete.setString(2, key.id());
				delete.setString(3, field.path());
				delete.addBatch();
				deletes++;
			} else {
				upsert.setString(1, key.kind().code());
				upsert.setString(2, key.id());
				upsert.setString(3, field.path());
				upsert.setString(4, field.value());
				upsert.addBatch();
				upserts++;
			}
		}

		void execute() throws SQLException {
			if (deletes > 0) {
				delete.executeBatch();
			}
			if (upserts > 0) {
				upsert.executeBatch();
			}
		}

		@Override
		public void close() throws SQLException {
			upsert.close();
			delete.close();
		}
	}

	@Override
	public synchronized AutoCloseable listen(StoreListener listener) {
		AutoCloseable handle = super.listen(listener);
		if (notifications == null) {
			CountDownLatch listening = new CountDownLatch(1);
			notifications = new Thread(() -> receive(listening), "BidBench store notifications " + location);
			notifications.setDaemon(true);
			notifications.start();
			try {
				// Return once LISTEN ran, so that no save after this call goes unnoticed.
				listening.await(15, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return handle;
	}

	/** The notification thread: its own connection, LISTENing; reconnects after a loss. */
	private void receive(CountDownLatch listening) {
		boolean reconnected = false;
		while (!closed) {
			try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
				statement.execute("LISTEN " + CHANNEL);
				listening.countDown();
				if (reconnected) {
					// Saves made while the connection was down were not heard: tell listeners to refresh everything.
					fire(new StoreEvent(Map.of(), "", false));
				}
				PGConnection pg = c.unwrap(PGConnection.class);
				while (!closed) {
					PGNotification[] received = pg.getNotifications(500);
					if (received == null) {
						continue;
					}
					for (PGNotification notification : received) {
						String[] parts = notification.getParameter().split("\t", 3);
						// This store's own saves were announced by save() already, in one event.
						if (parts.length < 3 || ownBackends.contains(notification.getPID())) {
							continue;
						}
						fire(new StoreEvent(Map.of(RecordKey.parse(parts[2]), Long.parseLong(parts[0])), parts[1], false));
					}
				}
			} catch (SQLException | RuntimeException e) {
				if (closed) {
					return;
				}
				reconnected = true;
				try {
					Thread.sleep(1000);
				} catch (InterruptedException interrupted) {
					return;
				}
			}
		}
	}

	/** The {@code audit_log} table, read and appended to on connections of its own (saves append in their transaction). */
	@Override
	public org.bidbench.sales.core.audit.AuditStore auditStore() {
		return new org.bidbench.sales.core.audit.SqlAuditStore(dataSource::getConnection, location() + " (table audit_log)");
	}

	/** The backend process of the save connection, for tests that cut it. */
	public int backendPid() throws StoreException {
		try {
			return connected().unwrap(PGConnection.class).getBackendPID();
		} catch (SQLException e) {
			throw translate(e, "asking for the connection's process");
		}
	}

	private StoreException translate(SQLException e, String doing) {
		StoreException translated = PgErrors.translate(location, e, doing);
		if (translated instanceof StoreUnavailableException) {
			drop();
		}
		return translated;
	}

	private void drop() {
		Connection lost = connection;
		connection = null;
		if (lost != null) {
			try {
				lost.close();
			} catch (SQLException e) {
				// Already gone.
			}
		}
	}

	@Override
	public void close() {
		closed = true;
		drop();
		Thread thread = notifications;
		if (thread != null) {
			thread.interrupt();
		}
	}
}
