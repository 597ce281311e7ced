package org.bidbench.sales.store.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStoreProvider;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.store.pg.internal.PgSchema;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens {@code postgresql://} locations (see {@link PgLocation} for the URL, user and password).
 * Contributed to {@code org.bidbench.sales.core.storeProviders}.
 */
public final class PgStoreProvider implements SalesStoreProvider {

	@Override
	public boolean accepts(String location) {
		return location.startsWith(PgLocation.SCHEME);
	}

	@Override
	public SalesStore open(String location, StoreLogin login) throws StoreException {
		return PgStore.open(PgLocation.parse(location, login), true);
	}

	@Override
	public SalesStore connect(String location, StoreLogin login) throws StoreException {
		return PgStore.open(PgLocation.parse(location, login), false);
	}

	@Override
	public List<String> initialise(String location, StoreLogin login) throws StoreException {
		PgLocation where = PgLocation.parse(location, login);
		PGSimpleDataSource source = PgStore.dataSource(where);
		try (Connection c = source.getConnection()) {
			// Only to report an unreachable server or a wrong password the store's way.
		} catch (SQLException e) {
			throw PgErrors.connecting(where, e);
		}
		try {
			return PgSchema.migrate(source);
		} catch (FlywayException e) {
			throw new StoreException("could not create the team store's schema in " + where + ": " + e.getMessage()
					+ " (run 'bidbench store init' as the database's owner)", e);
		}
	}

	@Override
	public Map<String, String> status(String location, StoreLogin login) throws StoreException {
		PgLocation where = PgLocation.parse(location, login);
		PGSimpleDataSource source = PgStore.dataSource(where);
		Map<String, String> status = new LinkedHashMap<>();
		status.put("location", where.toString());
		try (Connection c = source.getConnection(); Statement statement = c.createStatement()) {
			try (ResultSet rs = statement.executeQuery("SELECT current_setting('server_version'), current_user, "
					+ "to_regclass('store_record') IS NOT NULL, to_regclass('store_schema_history') IS NOT NULL")) {
				rs.next();
				status.put("server", "PostgreSQL " + rs.getString(1));
				status.put("user", rs.getString(2));
				boolean store = rs.getBoolean(3);
				if (rs.getBoolean(4)) {
					try {
						status.putAll(PgSchema.info(source));
					} catch (FlywayException e) {
						status.put("schema", "unreadable: " + e.getMessage());
					}
				} else {
					status.put("schema", "none (run 'bidbench store init')");
				}
				if (!store) {
					return status;
				}
			}
			try (ResultSet rs = statement.executeQuery("SELECT string_agg(r, ', ') FROM bidbench_my_roles() r")) {
				rs.next();
				status.put("roles", rs.getString(1) == null ? "" : rs.getString(1));
			}
			try (ResultSet rs = statement.executeQuery("SELECT has_table_privilege(current_user, 'store_cost_field', 'SELECT')")) {
				rs.next();
				status.put("sees costs", rs.getBoolean(1) ? "yes" : "no");
			}
			try (ResultSet rs = statement.executeQuery("SELECT kind, count(*) FROM store_record GROUP BY kind ORDER BY kind")) {
				while (rs.next()) {
					status.put(rs.getString(1) + " records", Long.toString(rs.getLong(2)));
				}
			}
			try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
					+ "WHERE datname = current_database() AND application_name = 'BidBench'")) {
				rs.next();
				status.put("connected clients", Long.toString(rs.getLong(1)));
			}
		} catch (SQLException e) {
			if (status.size() <= 1) {
				throw PgErrors.connecting(where, e);
			}
			throw PgErrors.translate(where, e, "reading the status");
		}
		return status;
	}

	@Override
	public void addUser(String location, StoreLogin login, String user, char[] password, EmployeeRole role) throws StoreException {
		PgLocation where = PgLocation.parse(location, login);
		if (role == null || user == null || user.isEmpty()) {
			throw new StoreException("a user needs a login name and a role of the sales model");
		}
		try (Connection c = PgStore.dataSource(where).getConnection();
				PreparedStatement add = c.prepareStatement("SELECT bidbench_add_user(?, ?, ?)")) {
			add.setString(1, user);
			add.setString(2, new String(password));
			add.setString(3, role.getLiteral());
			add.executeQuery().close();
		} catch (SQLException e) {
			throw PgErrors.translate(where, e, "adding the user '" + user + "'");
		}
	}
}
