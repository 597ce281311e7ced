package org.bidbench.sales.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.bidbench.sales.core.audit.ActingUser;
import org.bidbench.sales.core.audit.AuditAction;
import org.bidbench.sales.core.audit.AuditEntry;
import org.bidbench.sales.core.audit.AuditKeys;
import org.bidbench.sales.core.audit.AuditLogs;
import org.bidbench.sales.core.audit.AuditProblem.Kind;
import org.bidbench.sales.core.audit.AuditStoreProvider;
import org.bidbench.sales.core.audit.AuditVerification;
import org.bidbench.sales.core.audit.ChainedAuditLog;
import org.bidbench.sales.core.audit.SigningAuditHook;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStores;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.store.pg.PgStoreProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit chain in the team store's {@code audit_log} table, on the real PostgreSQL server: a
 * save's audited changes are appended in its transaction, and what the database owner does to the
 * rows behind the application's back is named by verify.
 */
class PgAuditLogTest {

	private PgTestServer server;
	private final ActingUser sales = new ActingUser("E001", AuditKeys.generate());

	@BeforeEach
	void storeWithTwoStageChanges() throws Exception {
		server = PgTestServer.freshDatabase();
		new PgStoreProvider().initialise(server.adminUrl(), null);
		try (SalesStore store = SalesStores.openEmpty(server.adminUrl(), Path.of(""))) {
			SalesStores.copyInto(DemoWorkspaceFactory.create(5, LocalDate.of(2026, 11, 26)), store.workspace());
			store.save();
		}
		try (SalesStore store = SalesStores.open(server.adminUrl())) {
			ChainedAuditLog log = AuditLogs.of(store, sales);
			log.registerKey(null);
			store.setAuditHook(new SigningAuditHook(((AuditStoreProvider) store).auditStore(), sales));
			for (int i = 0; i < 3; i++) {
				Opportunity o = store.workspace().getOpportunities().get(i);
				List<Stage> stages = store.workspace().getProcess().getStages();
				o.setStage(stages.get((stages.indexOf(o.getStage()) + 1) % stages.size()));
				o.setName(o.getName() + " (renamed, not audited)");
				store.save();
			}
		}
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		if (server != null) {
			server.close();
		}
	}

	private AuditVerification verify() throws Exception {
		try (SalesStore store = SalesStores.open(server.adminUrl())) {
			return AuditLogs.of(store, null).verify();
		}
	}

	private void asOwner(String... sql) throws SQLException {
		try (Connection c = server.admin(server.database); Statement s = c.createStatement()) {
			for (String statement : sql) {
				s.execute(statement);
			}
		}
	}

	@Test
	void eachSaveAppendsItsStageChangeSignedAndTheChainVerifies() throws Exception {
		AuditVerification result = verify();
		assertTrue(result.intact(), String.valueOf(result.problem()));
		assertEquals(4, result.entries(), "a key registration and three stage changes; the renames are not audited");
		try (SalesStore store = SalesStores.open(server.adminUrl())) {
			List<AuditEntry> entries = AuditLogs.of(store, null).entries();
			assertEquals(AuditAction.STAGE_CHANGE, entries.get(1).action());
			assertEquals(store.workspace().getOpportunities().get(0).getId(), entries.get(1).opportunityId());
			assertEquals(1, AuditLogs.of(store, null).entries(entries.get(2).opportunityId()).size());
		}
	}

	@Test
	void theApplicationCannotUpdateOrDeleteRows() {
		SQLException refused = assertThrows(SQLException.class, () -> asOwner("UPDATE audit_log SET actor = 'E999' WHERE seq = 2"));
		assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
		assertThrows(SQLException.class, () -> asOwner("DELETE FROM audit_log WHERE seq = 2"));
	}

	@Test
	void theOwnerEditingARowDirectlyIsNamed() throws Exception {
		asOwner("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
				"UPDATE audit_log SET details = replace(details, 'to=', 'to=x') WHERE seq = 3",
				"ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
		AuditVerification result = verify();
		assertEquals(Kind.ALTERED, result.problem().kind(), result.problem().message());
		assertEquals(3, result.problem().sequence());
		assertTrue(result.problem().message().contains("audit_log row seq=3"), result.problem().message());
	}

	@Test
	void theOwnerDeletingARowDirectlyIsNamed() throws Exception {
		asOwner("ALTER TABLE audit_log DISABLE TRIGGER USER", "DELETE FROM audit_log WHERE seq = 2",
				"ALTER TABLE audit_log ENABLE TRIGGER USER");
		AuditVerification result = verify();
		assertEquals(Kind.REMOVED, result.problem().kind(), result.problem().message());
		assertEquals(2, result.problem().sequence());
	}

	@Test
	void theOwnerSwappingRowsDirectlyIsNamed() throws Exception {
		asOwner("ALTER TABLE audit_log DISABLE TRIGGER USER", "UPDATE audit_log SET seq = 100 WHERE seq = 2",
				"UPDATE audit_log SET seq = 2 WHERE seq = 3", "UPDATE audit_log SET seq = 3 WHERE seq = 100",
				"ALTER TABLE audit_log ENABLE TRIGGER USER");
		AuditVerification result = verify();
		assertEquals(Kind.ALTERED, result.problem().kind(), "the sequence number is signed: " + result.problem().message());
		assertEquals(2, result.problem().position());
	}

	@Test
	void anAuditedSaveWithoutAKeyIsRefusedOnceTheLogHasEntries() throws Exception {
		try (SalesStore store = SalesStores.open(server.adminUrl())) {
			store.setAuditHook(new SigningAuditHook(((AuditStoreProvider) store).auditStore(), null));
			Opportunity o = store.workspace().getOpportunities().get(5);
			List<Stage> stages = store.workspace().getProcess().getStages();
			o.setStage(stages.get((stages.indexOf(o.getStage()) + 1) % stages.size()));
			StoreException refused = assertThrows(StoreException.class, store::save);
			assertTrue(refused.getMessage().contains("BIDBENCH_AUDIT_USER"), refused.getMessage());
		}
		assertEquals(4, verify().entries(), "nothing was appended and nothing saved");
	}
}
