package org.bidbench.sales.store.pg.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the tests run against, as {@code .ci/run} sets it up: host, port,
 * and a superuser for the tests from the system properties {@code bidbench.pg.host},
 * {@code bidbench.pg.port}, {@code bidbench.pg.user}, {@code bidbench.pg.password} or the
 * environment ({@code BIDBENCH_PG_HOST}, ...), by default localhost:5432, bidbench_admin /
 * bidbench_admin. Each test class works in a database of its own, dropped afterwards.
 *
 * <p>No server: outside CI the tests are skipped saying so; with {@code CI} set they fail.
 */
public final class PgTestServer implements AutoCloseable {

	public final String host = setting("host", "localhost");
	public final int port = Integer.parseInt(setting("port", "5432"));
	public final String adminUser = setting("user", "bidbench_admin");
	public final String adminPassword = setting("password", "bidbench_admin");
	public final String database;

	private PgTestServer(String database) {
		this.database = database;
	}

	/** A fresh, empty database on the test server. */
	public static PgTestServer freshDatabase() throws SQLException {
		String name = "bidbench_test_" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
		PgTestServer server = new PgTestServer(name);
		try (Connection c = server.admin("postgres"); Statement statement = c.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		return server;
	}

	/** A connection as the tests' superuser to a database of the test server. */
	public Connection admin(String db) throws SQLException {
		try {
			return connect(db, adminUser, adminPassword);
		} catch (SQLException e) {
			String message = "PostgreSQL is not reachable at " + host + ":" + port + " as " + adminUser + " (" + e.getMessage()
					+ "). Start it and create the test role as .ci/run does (pg_ctlcluster 15 main start), or set bidbench.pg.host/port/user/password";
			if (System.getenv("CI") != null) {
				fail(message, e);
			}
			Assumptions.abort(message);
			throw e;
		}
	}

	/** A plain JDBC connection as any user, as psql would make it. */
	public Connection connect(String db, String user, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		return new org.postgresql.Driver().connect("jdbc:postgresql://" + host + ":" + port + "/" + db, properties);
	}

	/** The store URL of this database, as the admin (user and password in the URL). */
	public String adminUrl() {
		return url(adminUser, adminPassword);
	}

	public String url(String user, String password) {
		return "postgresql://" + encode(user) + ":" + encode(password) + "@" + host + ":" + port + "/" + database;
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** Drops a login role made by a test (roles are server-wide). */
	public void dropRole(String role) throws SQLException {
		try (Connection c = admin("postgres"); PreparedStatement quote = c.prepareStatement("SELECT format('DROP ROLE IF EXISTS %I', ?)")) {
			quote.setString(1, role);
			try (ResultSet rs = quote.executeQuery(); Statement statement = c.createStatement()) {
				rs.next();
				statement.execute(rs.getString(1));
			}
		}
	}

	@Override
	public void close() throws SQLException {
		try (Connection c = admin("postgres"); Statement statement = c.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	private static String setting(String name, String fallback) {
		String property = System.getProperty("bidbench.pg." + name);
		if (property != null) {
			return property;
		}
		String env = System.getenv("BIDBENCH_PG_" + name.toUpperCase(Locale.ROOT));
		return env != null ? env : fallback;
	}

}
