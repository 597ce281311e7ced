package org.bidbench.sales.store.pg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.quote.QuoteApprovals;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStoreProvider.StoreLogin;
import org.bidbench.sales.core.store.SalesStores;
import org.bidbench.sales.core.store.StoreException;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.store.pg.PgStoreProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may approve what, enforced by the database (V5__approval_roles.sql): a sales lead connecting
 * with plain JDBC, as psql would, cannot insert or change a finance approval; finance can, through
 * the store; the technical review is the technical lead's alone.
 */
class PgApprovalRolesTest {

	private static final String PASSWORD = "approval-pw";

	private static PgTestServer server;
	private static String salesUser;
	private static String financeUser;
	private static String technicalUser;

	@BeforeAll
	static void storeWithTheDemoWorkspace() throws Exception {
		server = PgTestServer.freshDatabase();
		new PgStoreProvider().initialise(server.adminUrl(), null);
		SalesWorkspace demo = DemoWorkspaceFactory.create(3, LocalDate.of(2026, 11, 26));
		try (SalesStore store = SalesStores.openEmpty(server.adminUrl(), Path.of(""))) {
			SalesStores.copyInto(demo, store.workspace());
			store.save();
		}
		String suffix = server.database.substring("bidbench_test_".length());
		salesUser = "sales_" + suffix;
		financeUser = "finance_" + suffix;
		technicalUser = "technical_" + suffix;
		PgStoreProvider provider = new PgStoreProvider();
		provider.addUser(server.adminUrl(), null, salesUser, PASSWORD.toCharArray(), EmployeeRole.SALES_LEAD);
		provider.addUser(server.adminUrl(), null, financeUser, PASSWORD.toCharArray(), EmployeeRole.FINANCE);
		provider.addUser(server.adminUrl(), null, technicalUser, PASSWORD.toCharArray(), EmployeeRole.TECHNICAL_LEAD);
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		if (server != null) {
			server.close();
			server.dropRole(salesUser);
			server.dropRole(financeUser);
			server.dropRole(technicalUser);
		}
	}

	@Test
	void aSalesLeadWithPlainJdbcCannotInsertOrChangeAFinanceApproval() throws Exception {
		String[] finance = anApproval("finance");
		try (Connection c = server.connect(server.database, salesUser, PASSWORD)) {
			c.setAutoCommit(false);
			// A new approval in finance's name, written row by row as the store would.
			String prefix = finance[1].substring(0, finance[1].lastIndexOf("approvals[")) + "approvals[#99]/";
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO store_field (kind, id, path, value) VALUES ('opportunity', ?, ?, ?)")) {
				for (String[] field : new String[][]{{"@class", "Approval"}, {"role", "finance"}, {"verdict", "approved"}}) {
					insert.setString(1, finance[0]);
					insert.setString(2, prefix + field[0]);
					insert.setString(3, field[1]);
					insert.executeUpdate();
				}
			}
			SQLException refused = assertThrows(SQLException.class, c::commit);
			assertEquals("42501", refused.getSQLState(), refused.getMessage());
			assertTrue(refused.getMessage().contains("only the finance or commercial lead role may give or change a 'finance' approval"),
					refused.getMessage());
			c.rollback();

			// Moving the time of finance's existing approval.
			String atPath = finance[1].substring(0, finance[1].length() - "role".length()) + "at";
			try (PreparedStatement update = c
					.prepareStatement("UPDATE store_field SET value = '2027-01-01T00:00:00Z' WHERE kind = 'opportunity' AND id = ? AND path = ?")) {
				update.setString(1, finance[0]);
				update.setString(2, atPath);
				assertEquals(1, update.executeUpdate(), "the row is there to change");
			}
			refused = assertThrows(SQLException.class, c::commit);
			assertEquals("42501", refused.getSQLState(), refused.getMessage());
			c.rollback();

			// Relabelling it as the sales lead's own approval does not get around the check either.
			try (PreparedStatement update = c
					.prepareStatement("UPDATE store_field SET value = 'sales lead' WHERE kind = 'opportunity' AND id = ? AND path = ?")) {
				update.setString(1, finance[0]);
				update.setString(2, finance[1]);
				update.executeUpdate();
			}
			assertThrows(SQLException.class, c::commit);
			c.rollback();
		}
		assertEquals("finance", storedValue(finance[0], finance[1]), "the approval is untouched");
	}

	@Test
	void financeApprovesThroughTheStoreButNotTheTechnicalReview() throws Exception {
		String quoteId;
		try (SalesStore owner = SalesStores.open(server.adminUrl())) {
			// A quote waiting for finance: the approvals due before finance's are given by the owner first.
			Quote waiting = org.bidbench.sales.core.demo.DemoScenarios.quoteWaitingForFinance(owner.workspace());
			quoteId = waiting.getId();
			for (var rule : org.bidbench.sales.core.quote.QuoteApprovalRequirements.missingApprovals(waiting)) {
				var role = rule.getRole();
				if (role != EmployeeRole.FINANCE && rule.getSequence() < org.bidbench.sales.core.quote.QuoteApprovalRequirements
						.missingApprovals(waiting).stream().filter(r -> r.getRole() == EmployeeRole.FINANCE).findFirst().orElseThrow().getSequence()) {
					Employee earlier = owner.workspace().getEmployees().stream().filter(e -> e.getRole() == role).findFirst().orElseThrow();
					QuoteApprovals.approve(waiting, earlier, Instant.parse("2026-11-26T09:00:00Z"), "before finance");
				}
			}
			owner.save();
		}
		try (SalesStore store = SalesStores.open(server.url(financeUser, PASSWORD))) {
			Employee approver = store.workspace().getEmployees().stream().filter(e -> e.getRole() == EmployeeRole.FINANCE).findFirst().orElseThrow();
			Quote quote = store.workspace().getOpportunities().stream().flatMap(o -> o.getQuotes().stream())
					.filter(q -> quoteId.equals(q.getId())).findFirst().orElseThrow();
			assertTrue(QuoteApprovals.checkApproval(quote, approver).isAllowed(), QuoteApprovals.checkApproval(quote, approver).message());
			int before = quote.getApprovals().size();
			QuoteApprovals.approve(quote, approver, Instant.parse("2026-11-26T10:00:00Z"), "costs checked");
			store.save();
			assertEquals(before + 1, quote.getApprovals().size());
		}
		String[] technical = anApproval("technical lead");
		try (SalesStore store = SalesStores.open(server.url(financeUser, PASSWORD))) {
			var opportunity = store.workspace().getOpportunities().stream().filter(o -> o.getId().equals(technical[0])).findFirst().orElseThrow();
			var approval = opportunity.getQuotes().stream().flatMap(q -> q.getApprovals().stream())
					.filter(a -> a.getRole() == EmployeeRole.TECHNICAL_LEAD).findFirst().orElseThrow();
			approval.setComment("changed by finance");
			StoreException refused = assertThrows(StoreException.class, store::save);
			assertTrue(refused.getMessage().contains("only the technical lead role may give or change a 'technical lead' approval"),
					refused.getMessage());
			assertNotNull(approval.getComment(), "the edit stays in the working copy");
		}
		try (SalesStore store = SalesStores.open(server.url(technicalUser, PASSWORD), (StoreLogin) null)) {
			var opportunity = store.workspace().getOpportunities().stream().filter(o -> o.getId().equals(technical[0])).findFirst().orElseThrow();
			var approval = opportunity.getQuotes().stream().flatMap(q -> q.getApprovals().stream())
					.filter(a -> a.getRole() == EmployeeRole.TECHNICAL_LEAD).findFirst().orElseThrow();
			approval.setComment("clarified by the technical lead");
			store.save();
		}
		assertTrue(List.of("clarified by the technical lead").contains(
				storedValue(technical[0], technical[1].substring(0, technical[1].length() - "role".length()) + "comment")));
	}

	/** The opportunity id and the role field's path of the first stored approval of that role. */
	private static String[] anApproval(String role) throws SQLException {
		try (Connection c = server.admin(server.database);
				PreparedStatement select = c.prepareStatement("SELECT id, path FROM store_field r WHERE kind = 'opportunity' "
						+ "AND path LIKE '%approvals[%]/role' AND value = ? AND NOT EXISTS (SELECT FROM store_field c "
						+ "WHERE c.kind = r.kind AND c.id = r.id AND c.path = left(r.path, -4) || 'carriedOver' AND c.value = 'true') "
						+ "ORDER BY id, path LIMIT 1")) {
			select.setString(1, role);
			try (ResultSet rs = select.executeQuery()) {
				assertTrue(rs.next(), "the demo holds a " + role + " approval");
				return new String[]{rs.getString(1), rs.getString(2)};
			}
		}
	}

	private static String storedValue(String id, String path) throws SQLException {
		try (Connection c = server.admin(server.database);
				PreparedStatement select = c.prepareStatement("SELECT value FROM store_field WHERE kind = 'opportunity' AND id = ? AND path = ?")) {
			select.setString(1, id);
			select.setString(2, path);
			try (ResultSet rs = select.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

}
