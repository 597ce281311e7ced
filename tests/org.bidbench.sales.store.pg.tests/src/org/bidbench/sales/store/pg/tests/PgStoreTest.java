package org.bidbench.sales.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.store.FieldConflict;
import org.bidbench.sales.core.store.RecordFields;
import org.bidbench.sales.core.store.RecordKey;
import org.bidbench.sales.core.store.RecordKind;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStores;
import org.bidbench.sales.core.store.SaveResult;
import org.bidbench.sales.core.store.StoreConflictException;
import org.bidbench.sales.core.store.StoreEvent;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.core.store.StoreUnavailableException;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.store.pg.PgStore;
import org.bidbench.sales.store.pg.PgStoreProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The team store against the real PostgreSQL server (see {@link PgTestServer}). The tests share
 * one store filled with the demo workspace; the first compares it whole, the others each change
 * opportunities of their own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PgStoreTest {

	private static final String SALES_PASSWORD = "s3cret sales 'pw";
	private static final String FINANCE_PASSWORD = "finance-pw";

	private static PgTestServer server;
	private static SalesWorkspace demo;
	private static String salesUser;
	private static String financeUser;

	@BeforeAll
	static void storeWithTheDemoWorkspace() throws Exception {
		server = PgTestServer.freshDatabase();
		List<String> applied = new PgStoreProvider().initialise(server.adminUrl(), null);
		assertTrue(applied.size() >= 3, "migrations applied: " + applied);
		assertEquals(List.of(), new PgStoreProvider().initialise(server.adminUrl(), null), "a second init has nothing to do");
		demo = DemoWorkspaceFactory.create(3, LocalDate.of(2026, 11, 26));
		try (SalesStore store = SalesStores.openEmpty(server.adminUrl(), Path.of(""))) {
			SalesStores.copyInto(demo, store.workspace());
			SaveResult saved = store.save();
			assertEquals(RecordFields.records(demo).size(), saved.versions().size());
		}
		String suffix = server.database.substring("bidbench_test_".length());
		salesUser = "sales_" + suffix;
		financeUser = "finance_" + suffix;
		new PgStoreProvider().addUser(server.adminUrl(), null, salesUser, SALES_PASSWORD.toCharArray(), EmployeeRole.SALES_LEAD);
		new PgStoreProvider().addUser(server.adminUrl(), null, financeUser, FINANCE_PASSWORD.toCharArray(), EmployeeRole.FINANCE);
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		if (server != null) {
			server.close();
			server.dropRole(salesUser);
			server.dropRole(financeUser);
		}
	}

	private static SalesStore open() throws StoreException {
		return SalesStores.open(server.adminUrl());
	}

	@Test
	@Order(1)
	void theWorkspaceReadsBackFieldForField() throws Exception {
		try (SalesStore store = open()) {
			assertTrue(store.shared());
			assertTrue(store.canSeeCosts(), "the admin sees costs");
			assertEquals(RecordFields.flattenAll(demo), RecordFields.flattenAll(store.workspace()));
			assertEquals(demo.getOpportunities().size(), store.list(RecordKind.OPPORTUNITY).size());
			assertTrue(store.changes().isEmpty());
		}
	}

	@Test
	void twoClientsChangingDifferentFieldsOfOneOpportunityMerge() throws Exception {
		try (SalesStore sales = open(); SalesStore finance = open()) {
			Opportunity mine = sales.workspace().getOpportunities().get(10);
			Opportunity theirs = finance.workspace().getOpportunities().get(10);
			RecordKey key = RecordKey.opportunity(mine.getId());
			long before = sales.versions().get(key);
			mine.setName("Renamed by sales");
			theirs.setProbability(77);
			finance.save();
			SaveResult result = sales.save();
			assertEquals(List.of(key), result.merged());
			assertEquals(before + 2, result.versions().get(key));
			assertEquals(77, mine.getProbability(), "the working copy received finance's change");
			assertEquals("Renamed by sales", mine.getName());
			SalesStore.StoredRecord stored = sales.read(key);
			assertEquals("Renamed by sales", stored.fields().get("name"));
			assertEquals("77", stored.fields().get("probability"));
			assertTrue(sales.changes().isEmpty());
		}
	}

	@Test
	void twoClientsEachLoggingAnActivityOnOneOpportunityKeepBoth() throws Exception {
		try (SalesStore sales = open(); SalesStore technical = open()) {
			Opportunity mine = sales.workspace().getOpportunities().stream()
					.filter(o -> o.getStatus() == org.bidbench.sales.model.OpportunityStatus.OPEN).skip(3).findFirst().orElseThrow();
			Opportunity theirs = technical.workspace().getOpportunities().stream().filter(o -> o.getId().equals(mine.getId())).findFirst().orElseThrow();
			RecordKey key = RecordKey.opportunity(mine.getId());
			int before = mine.getActivities().size();
			java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-27T09:00:00Z"), java.time.ZoneOffset.UTC);
			// Both take the next free activity id, the same one.
			var theirVisit = new org.bidbench.sales.core.operations.SalesOperations(technical.workspace(), clock).logActivity(theirs,
					org.bidbench.sales.model.ActivityKind.VISIT, clock.instant(), "Site survey", "Measured the plant room", null);
			var myCall = new org.bidbench.sales.core.operations.SalesOperations(sales.workspace(), clock).logActivity(mine,
					org.bidbench.sales.model.ActivityKind.CALL, clock.instant(), "Budget call", null, null);
			assertEquals(theirVisit.getId(), myCall.getId(), "both chose the same id");
			technical.save();
			SaveResult result = sales.save();
			assertTrue(result.merged().contains(key), "merged, not refused");
			assertEquals(before + 2, mine.getActivities().size(), "my working copy holds both activities");
			assertNotNull(mine.getActivities().stream().filter(a -> "Site survey".equals(a.getSubject())).findFirst().orElse(null));
			assertFalse(myCall.getId().equals(theirVisit.getId()), "mine took the next free id: " + myCall.getId());
			try (SalesStore third = open()) {
				Opportunity stored = third.workspace().getOpportunities().stream().filter(o -> o.getId().equals(mine.getId())).findFirst().orElseThrow();
				assertEquals(before + 2, stored.getActivities().size(), "the store holds both");
				assertEquals(List.of("Site survey", "Budget call"),
						stored.getActivities().subList(before, before + 2).stream().map(a -> a.getSubject()).toList());
			}
			assertTrue(sales.changes().isEmpty());
		}
	}

	@Test
	void twoClientsEachAddingAnApprovalToOneQuoteKeepBoth() throws Exception {
		try (SalesStore sales = open(); SalesStore finance = open()) {
			// The last opportunity with a quote: no other test here touches it.
			List<Opportunity> withQuotes = sales.workspace().getOpportunities().stream().filter(o -> !o.getQuotes().isEmpty()).toList();
			Opportunity mine = withQuotes.get(withQuotes.size() - 1);
			Opportunity theirs = finance.workspace().getOpportunities().stream().filter(o -> o.getId().equals(mine.getId())).findFirst().orElseThrow();
			org.bidbench.sales.model.Quote myQuote = mine.getQuotes().get(mine.getQuotes().size() - 1);
			org.bidbench.sales.model.Quote theirQuote = theirs.getQuotes().get(theirs.getQuotes().size() - 1);
			RecordKey key = RecordKey.opportunity(mine.getId());
			int before = myQuote.getApprovals().size();
			// Approvals have no id: each side's new one is "the next position", the same one on both.
			theirQuote.getApprovals().add(approval(EmployeeRole.FINANCE, "2026-11-27T10:00:00Z", "costs checked by finance"));
			myQuote.getApprovals().add(approval(EmployeeRole.SALES_MANAGER, "2026-11-27T10:00:05Z", "discount approved by the manager"));
			finance.save();
			SaveResult result = sales.save();
			assertTrue(result.merged().contains(key), "merged, not refused");
			assertEquals(List.of("costs checked by finance", "discount approved by the manager"),
					myQuote.getApprovals().subList(before, myQuote.getApprovals().size()).stream().map(a -> a.getComment()).toList(),
					"my working copy holds theirs, then mine");
			assertTrue(sales.changes().isEmpty());
			try (SalesStore third = open()) {
				org.bidbench.sales.model.Quote stored = third.workspace().getOpportunities().stream().filter(o -> o.getId().equals(mine.getId()))
						.findFirst().orElseThrow().getQuotes().stream().filter(q -> q.getId().equals(myQuote.getId())).findFirst().orElseThrow();
				assertEquals(before + 2, stored.getApprovals().size(), "the store holds both");
				assertEquals(List.of(EmployeeRole.FINANCE, EmployeeRole.SALES_MANAGER),
						stored.getApprovals().subList(before, before + 2).stream().map(a -> a.getRole()).toList());
				assertEquals("discount approved by the manager", stored.getApprovals().get(before + 1).getComment(),
						"every field of mine moved with it");
			}
			// And the first client, refreshed, sees both too.
			finance.refresh(List.of(key));
			assertEquals(before + 2, theirQuote.getApprovals().size());
		}
	}

	private static org.bidbench.sales.model.Approval approval(EmployeeRole role, String at, String comment) {
		org.bidbench.sales.model.Approval approval = org.bidbench.sales.model.SalesFactory.eINSTANCE.createApproval();
		approval.setRole(role);
		approval.setVerdict(org.bidbench.sales.model.Verdict.APPROVED);
		approval.setAt(java.time.Instant.parse(at));
		approval.setComment(comment);
		return approval;
	}

	@Test
	void twoClientsChangingTheSameFieldConflictWithBothValuesAndTheSecondChooses() throws Exception {
		try (SalesStore first = open(); SalesStore second = open()) {
			Opportunity a = first.workspace().getOpportunities().get(20);
			Opportunity b = second.workspace().getOpportunities().get(20);
			RecordKey key = RecordKey.opportunity(a.getId());
			String original = a.getName();
			a.setName("First");
			b.setName("Second");
			b.setSource("second's source");
			first.save();
			StoreConflictException conflict = assertThrows(StoreConflictException.class, second::save);
			assertEquals(List.of(new FieldConflict(key, "name", original, "Second", "First")), conflict.conflicts());
			SalesStore.StoredRecord stored = second.read(key);
			assertEquals("First", stored.fields().get("name"), "nothing of the refused save was written");
			assertFalse("second's source".equals(stored.fields().get("source")));
			assertEquals("Second", b.getName(), "the edit is kept");

			second.resolve(conflict.conflicts().get(0), true);
			second.save();
			assertEquals("Second", second.read(key).fields().get("name"));
			assertEquals("second's source", second.read(key).fields().get("source"));

			// And choosing theirs takes their value into the working copy.
			first.refresh(List.of(key));
			a.setName("First again");
			b.setName("Second again");
			second.save();
			StoreConflictException again = assertThrows(StoreConflictException.class, first::save);
			first.resolve(again.conflicts().get(0), false);
			assertEquals("Second again", a.getName());
			assertTrue(first.changes().isEmpty());
		}
	}

	@Test
	void aSaveReachesASecondClientsListenerThroughNotify() throws Exception {
		try (SalesStore saving = open(); SalesStore watching = open()) {
			LinkedBlockingQueue<StoreEvent> events = new LinkedBlockingQueue<>();
			watching.listen(events::add);
			Opportunity changed = saving.workspace().getOpportunities().get(30);
			RecordKey key = RecordKey.opportunity(changed.getId());
			changed.setProbability(61);
			saving.save();
			StoreEvent event = events.poll(20, TimeUnit.SECONDS);
			assertNotNull(event, "no notification reached the second client");
			assertEquals(key, event.versions().keySet().iterator().next());
			assertFalse(event.own());
			assertEquals(server.adminUser, event.user());
			Opportunity open = watching.workspace().getOpportunities().get(30);
			watching.refresh(event.versions().keySet());
			assertEquals(61, open.getProbability(), "refreshed in place, in the object an editor shows");
		}
	}

	@Test
	void aSalesLeadCannotReadCostsEvenWithPsqlAndTheStoreHidesThem() throws Exception {
		try (Connection sales = server.connect(server.database, salesUser, SALES_PASSWORD);
				Statement statement = sales.createStatement()) {
			try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM store_field")) {
				rs.next();
				assertTrue(rs.getLong(1) > 0, "sales reads the plain fields");
			}
			SQLException refused = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT value FROM store_cost_field"));
			assertEquals("42501", refused.getSQLState(), refused.getMessage());
		}
		try (Connection sales = server.connect(server.database, salesUser, SALES_PASSWORD);
				Statement statement = sales.createStatement()) {
			SQLException refused = assertThrows(SQLException.class,
					() -> statement.executeUpdate("UPDATE store_cost_field SET value = '0 CNY'"));
			assertEquals("42501", refused.getSQLState());
		}
		long costRows;
		try (Connection finance = server.connect(server.database, financeUser, FINANCE_PASSWORD);
				Statement statement = finance.createStatement();
				ResultSet rs = statement.executeQuery("SELECT count(*) FROM store_cost_field")) {
			rs.next();
			costRows = rs.getLong(1);
			assertTrue(costRows > 0, "finance reads costs");
		}

		try (SalesStore store = SalesStores.open(server.url(salesUser, SALES_PASSWORD))) {
			assertFalse(store.canSeeCosts());
			assertEquals(List.of("sales lead"), ((PgStore) store).roles());
			List<QuoteLine> lines = new ArrayList<>();
			store.workspace().eAllContents().forEachRemaining(o -> {
				if (o instanceof QuoteLine line) {
					lines.add(line);
				}
			});
			assertFalse(lines.isEmpty());
			assertTrue(lines.stream().allMatch(line -> line.getUnitCost() == null), "no unit cost reaches a sales lead");
			assertTrue(lines.stream().anyMatch(line -> line.getUnitPrice() != null), "prices do");
			// A sales lead's save leaves the costs alone.
			Opportunity withQuote = store.workspace().getOpportunities().stream().filter(o -> !o.getQuotes().isEmpty()).findFirst().orElseThrow();
			withQuote.setName(withQuote.getName() + " (sales)");
			store.save();
			// Writing a cost is refused by the database, and nothing of that save is written.
			QuoteLine line = withQuote.getQuotes().get(0).getLines().get(0);
			line.setUnitCost(Money.of("1.00", "CNY"));
			withQuote.setName("not saved");
			StoreException e = assertThrows(StoreException.class, store::save);
			assertTrue(e.getMessage().contains("refused"), e.getMessage());
			assertFalse("not saved".equals(store.read(RecordKey.opportunity(withQuote.getId())).fields().get("name")));
		}
		try (Connection finance = server.connect(server.database, financeUser, FINANCE_PASSWORD);
				Statement statement = finance.createStatement();
				ResultSet rs = statement.executeQuery("SELECT count(*) FROM store_cost_field")) {
			rs.next();
			assertEquals(costRows, rs.getLong(1));
		}
		try (SalesStore store = SalesStores.open(server.url(financeUser, FINANCE_PASSWORD))) {
			assertTrue(store.canSeeCosts());
			assertEquals(RecordFields.flattenAll(demo).get(RecordKey.PROCESS), RecordFields.flattenAll(store.workspace()).get(RecordKey.PROCESS));
		}
	}

	@Test
	void hostileNamesAreDataNotSql() throws Exception {
		String hostile = "'); DROP TABLE store_field; --";
		try (SalesStore store = open()) {
			Customer customer = store.workspace().getCustomers().get(0);
			customer.setName(hostile);
			Opportunity opportunity = store.workspace().getOpportunities().get(40);
			opportunity.setName(hostile + " \" $$ \\");
			opportunity.getCompetitors().add(hostile);
			store.save();
		}
		try (SalesStore store = open()) {
			assertEquals(hostile, store.workspace().getCustomers().get(0).getName());
			assertEquals(hostile + " \" $$ \\", store.workspace().getOpportunities().get(40).getName());
		}
		// A person with such a name can be added and log in.
		String hostileUser = "x'); DROP TABLE store_record; --";
		try {
			new PgStoreProvider().addUser(server.adminUrl(), null, hostileUser, "pw'; --".toCharArray(), EmployeeRole.TECHNICAL_LEAD);
			try (SalesStore store = SalesStores.open(server.url(hostileUser, "pw'; --"))) {
				assertEquals(List.of("technical lead"), ((PgStore) store).roles());
				assertFalse(store.canSeeCosts());
				assertFalse(store.workspace().getOpportunities().isEmpty());
			}
		} finally {
			server.dropRole(hostileUser);
		}
		try (Connection c = server.admin(server.database);
				Statement statement = c.createStatement();
				ResultSet rs = statement.executeQuery("SELECT to_regclass('store_field') IS NOT NULL AND to_regclass('store_record') IS NOT NULL")) {
			rs.next();
			assertTrue(rs.getBoolean(1));
		}
		StoreException role = assertThrows(StoreException.class, () -> new PgStoreProvider().addUser(server.adminUrl(), null,
				"nobody", "pw".toCharArray(), null));
		assertNotNull(role);
	}

	@Test
	void aConnectionLostDuringTheSaveLosesNothingAndTheSaveCanBeRetried() throws Exception {
		try (SalesStore store = open(); Connection admin = server.admin(server.database)) {
			Opportunity opportunity = store.workspace().getOpportunities().get(50);
			RecordKey key = RecordKey.opportunity(opportunity.getId());
			String before = store.read(key).fields().get("name");
			opportunity.setName("Saved after the cut");
			opportunity.setProbability(33);
			int backend = ((PgStore) store).backendPid();
			// Cut the connection in the middle of the save: after the writes, before the commit.
			store.setAuditHook(save -> {
				try (PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
					kill.setInt(1, backend);
					kill.executeQuery().close();
				} catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			});
			StoreUnavailableException lost = assertThrows(StoreUnavailableException.class, store::save);
			assertTrue(lost.getMessage().contains("nothing was saved"), lost.getMessage());
			store.setAuditHook(null);
			assertEquals(before, store.read(key).fields().get("name"), "the cut save wrote nothing");
			assertEquals("Saved after the cut", opportunity.getName(), "the edit is kept");
			store.save();
			assertEquals("Saved after the cut", store.read(key).fields().get("name"));
			assertEquals("33", store.read(key).fields().get("probability"));
		}
	}

	@Test
	void removingAndAddingRecords() throws Exception {
		try (SalesStore store = open(); SalesStore other = open()) {
			Opportunity gone = store.workspace().getOpportunities().get(60);
			RecordKey key = RecordKey.opportunity(gone.getId());
			store.workspace().getOpportunities().remove(gone);
			Opportunity added = org.eclipse.emf.ecore.util.EcoreUtil.copy(store.workspace().getOpportunities().get(61));
			added.setId("OPP-NEW-1");
			store.workspace().getOpportunities().add(added);
			store.save();
			assertEquals(0, store.read(key).version());
			assertEquals(1, store.read(RecordKey.opportunity("OPP-NEW-1")).version());
			other.refresh(List.of(key, RecordKey.opportunity("OPP-NEW-1")));
			assertTrue(other.workspace().getOpportunities().stream().noneMatch(o -> o.getId().equals(key.id())));
			assertTrue(other.workspace().getOpportunities().stream().anyMatch(o -> o.getId().equals("OPP-NEW-1")));
			assertTrue(other.changes().isEmpty());
		}
	}

	@Test
	void backupWithPgDumpAndRestoreWithPgRestoreGiveTheSameStore() throws Exception {
		Path dump = java.nio.file.Files.createTempFile("bidbench-store", ".dump");
		PgTestServer restored = PgTestServer.freshDatabase();
		try {
			Map<RecordKey, SortedMap<String, String>> before;
			try (SalesStore store = open()) {
				before = RecordFields.flattenAll(store.workspace());
			}
			run("pg_dump", "--format=custom", "--no-owner", "--file=" + dump, "--host=" + server.host, "--port=" + server.port,
					"--username=" + server.adminUser, server.database);
			run("pg_restore", "--no-owner", "--exit-on-error", "--host=" + server.host, "--port=" + server.port,
					"--username=" + server.adminUser, "--dbname=" + restored.database, dump.toString());
			try (SalesStore store = SalesStores.open(restored.adminUrl())) {
				assertEquals(before, RecordFields.flattenAll(store.workspace()));
			}
		} finally {
			restored.close();
			java.nio.file.Files.deleteIfExists(dump);
		}
	}

	private static void run(String tool, String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		Path debian = Path.of("/usr/lib/postgresql/15/bin", tool);
		command.add(java.nio.file.Files.isExecutable(debian) ? debian.toString() : tool);
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", server.adminPassword);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), tool + " failed: " + output);
	}

	@Test
	void aServerThatIsDownOrADatabaseWithoutStoreIsAClearError() throws Exception {
		StoreUnavailableException down = assertThrows(StoreUnavailableException.class,
				() -> SalesStores.open("postgresql://nobody:pw@localhost:1/none"));
		assertTrue(down.getMessage().startsWith("cannot reach the team store at postgresql://nobody@localhost:1/none"), down.getMessage());
		assertFalse(down.getMessage().contains("pw"), "no password in messages");
		StoreException wrongPassword = assertThrows(StoreException.class, () -> SalesStores.open(server.url(salesUser, "wrong")));
		assertTrue(wrongPassword.getMessage().contains("refused the login"), wrongPassword.getMessage());
		try (PgTestServer empty = PgTestServer.freshDatabase()) {
			StoreException none = assertThrows(StoreException.class, () -> SalesStores.open(empty.adminUrl()));
			assertTrue(none.getMessage().contains("bidbench store init"), none.getMessage());
			Map<String, String> status = new PgStoreProvider().status(empty.adminUrl(), null);
			assertTrue(status.get("schema").startsWith("none"), status.toString());
		}
		Map<String, String> status = new PgStoreProvider().status(server.adminUrl(), null);
		assertEquals("0", status.get("pending"));
		assertNull(status.get("nonsense"));
		assertTrue(Long.parseLong(status.get("opportunity records")) > 100, status.toString());
	}
}
