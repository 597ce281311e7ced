package org.bidbench.cli.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.bidbench.cli.internal.CommandRun;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.store.RecordFields;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStores;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store commands and --workspace URL against the real PostgreSQL server that .ci/run starts
 * (bidbench.pg.host / port / user / password or BIDBENCH_PG_*; default localhost:5432,
 * bidbench_admin). No server: skipped outside CI, a failure with CI set.
 */
class StoreCommandTest {

	@TempDir
	Path dir;

	@Test
	void folderToPostgresqlAndBackIsEqualAndEveryCommandReadsEither() throws Exception {
		Path folder = dir.resolve("ws");
		DemoWorkspaceFactory.write(folder, 5, LocalDate.of(2026, 11, 26));
		String url = freshDatabase();
		try {
			CommandRun init = CommandRun.of(dir, "store", "init", url);
			assertEquals(0, init.exitCode, init.toString());
			assertTrue(init.out.contains("applied: 1 records and fields"), init.out);
			CommandRun again = CommandRun.of(dir, "store", "init", url);
			assertTrue(again.out.contains("up to date"), again.out);

			CommandRun there = CommandRun.of(dir, "store", "migrate", "--from", "ws", "--to", url);
			assertEquals(0, there.exitCode, there.toString());
			assertTrue(there.out.contains("equal: yes"), there.out);

			CommandRun status = CommandRun.of(dir, "store", "status", url);
			assertEquals(0, status.exitCode, status.toString());
			assertTrue(status.out.contains("opportunity records: 150"), status.out);
			assertTrue(status.out.contains("pending: 0"), status.out);

			CommandRun fromFolder = CommandRun.of(dir, "pipeline", "--workspace", "ws", "--json");
			CommandRun fromStore = CommandRun.of(dir, "pipeline", "--workspace", url, "--json");
			assertEquals(0, fromStore.exitCode, fromStore.toString());
			assertEquals(fromFolder.out, fromStore.out);
			CommandRun gates = CommandRun.of(dir, "gates", "--workspace", url, "--date", "2026-11-26", "--json");
			assertEquals(CommandRun.of(dir, "gates", "--workspace", "ws", "--date", "2026-11-26", "--json").out, gates.out);

			// A change through a sales command on the store, with a hostile title.
			String customer;
			try (SalesStore original = SalesStores.open(folder.toString())) {
				customer = original.workspace().getCustomers().get(0).getName();
			}
			CommandRun created = CommandRun.of(dir, "opportunity", "new", "--customer", customer, "--title",
					"Depot'); DROP TABLE store_field; --", "--amount", "1000", "--workspace", url);
			assertEquals(0, created.exitCode, created.toString());
			CommandRun after = CommandRun.of(dir, "store", "status", url);
			assertTrue(after.out.contains("opportunity records: 151"), after.out);
			try (SalesStore store = SalesStores.open(url)) {
				assertTrue(store.workspace().getOpportunities().stream().anyMatch(o -> o.getName().contains("DROP TABLE store_field")));
				// Undo it in the store, so that the round trip below compares with the folder.
				store.workspace().getOpportunities().removeIf(o -> o.getName().contains("DROP TABLE store_field"));
				store.save();
			}

			CommandRun back = CommandRun.of(dir, "store", "migrate", "--from", url, "--to", "back");
			assertEquals(0, back.exitCode, back.toString());
			try (SalesStore original = SalesStores.open(folder.toString()); SalesStore returned = SalesStores.open(dir.resolve("back").toString())) {
				assertEquals(RecordFields.flattenAll(original.workspace()), RecordFields.flattenAll(returned.workspace()),
						"folder -> PostgreSQL -> folder is equal");
			}

			CommandRun twice = CommandRun.of(dir, "store", "migrate", "--from", "ws", "--to", url);
			assertEquals(1, twice.exitCode);
			assertTrue(twice.err.contains("already holds a sales workspace"), twice.err);
		} finally {
			dropDatabase(url);
		}
	}

	@Test
	void theLoadBenchLosesNoUpdate() throws Exception {
		String url = freshDatabase();
		try {
			assertEquals(0, CommandRun.of(dir, "store", "init", url).exitCode);
			CommandRun bench = CommandRun.of(dir, "bench", "store", url, "--clients", "4", "--seconds", "3", "--opportunities", "200");
			assertEquals(0, bench.exitCode, bench.toString());
			assertTrue(bench.out.contains("filled: 200 opportunities"), bench.out);
			assertTrue(bench.out.contains("lost updates: 0"), bench.out);
			assertTrue(bench.out.contains("failed operations: 0"), bench.out);
		} finally {
			dropDatabase(url);
		}
	}

	@Test
	void badLocationsAreOneLineErrors() throws Exception {
		CommandRun down = CommandRun.of(dir, "pipeline", "--workspace", "postgresql://someone:pw@localhost:1/nowhere");
		assertEquals(1, down.exitCode);
		assertTrue(down.err.contains("cannot reach the team store at postgresql://someone@localhost:1/nowhere"), down.err);
		CommandRun folder = CommandRun.of(dir, "store", "init", "some/folder");
		assertEquals(2, folder.exitCode);
		CommandRun unknown = CommandRun.of(dir, "kpi", "--workspace", "mysql://x/y", "--period", "2026");
		assertEquals(1, unknown.exitCode);
		assertTrue(unknown.err.contains("no store can open mysql://"), unknown.err);
	}

	private static String setting(String name, String fallback) {
		String property = System.getProperty("bidbench.pg." + name);
		if (property != null) {
			return property;
		}
		String env = System.getenv("BIDBENCH_PG_" + name.toUpperCase(Locale.ROOT));
		return env != null ? env : fallback;
	}

	private static final String HOST = setting("host", "localhost");
	private static final String PORT = setting("port", "5432");
	private static final String USER = setting("user", "bidbench_admin");
	private static final String PASSWORD = setting("password", "bidbench_admin");

	private static Connection admin() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", USER);
		properties.setProperty("password", PASSWORD);
		try {
			return new org.postgresql.Driver().connect("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", properties);
		} catch (SQLException e) {
			String message = "PostgreSQL is not reachable at " + HOST + ":" + PORT + " as " + USER + " (" + e.getMessage()
					+ "); start it as .ci/run does (pg_ctlcluster 15 main start)";
			if (System.getenv("CI") != null) {
				fail(message, e);
			}
			Assumptions.abort(message);
			throw e;
		}
	}

	private static String freshDatabase() throws SQLException {
		String name = "bidbench_cli_" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
		try (Connection c = admin(); Statement statement = c.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		return "postgresql://" + USER + ":" + PASSWORD + "@" + HOST + ":" + PORT + "/" + name;
	}

	private static void dropDatabase(String url) throws SQLException {
		String name = url.substring(url.lastIndexOf('/') + 1);
		try (Connection c = admin(); Statement statement = c.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}
}
