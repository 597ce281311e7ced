package org.bidbench.ui.sales.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.quote.QuoteApprovalRequirements;
import org.bidbench.sales.core.quote.QuoteApprovals;
import org.bidbench.sales.core.store.FieldConflict;
import org.bidbench.sales.core.store.RecordKind;
import org.bidbench.sales.core.store.SalesStore;
import org.bidbench.sales.core.store.SalesStoreProvider;
import org.bidbench.sales.core.store.SalesStoreProvider.StoreLogin;
import org.bidbench.sales.core.store.SalesStores;
import org.bidbench.sales.core.store.StoreUnavailableException;
import org.bidbench.sales.model.ApprovalRule;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.BidBenchPerspectives;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.editors.OpportunityEditor;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.bidbench.ui.sales.internal.handlers.SalesSave;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workbench's session on a real team store (the local PostgreSQL of {@code .ci/run}): a second
 * client, the plain store API in this test as another person, saves, and the open opportunity
 * editor shows it without any refresh while the session keeps its own unsaved edits; a field both
 * changed comes back as a conflict with both values; a connection lost during a save keeps the
 * edit; a server that is down leaves the last local copy, read-only.
 *
 * <p>Screenshots of the editor after a live update go to {@code -Dbidbench.shots=FOLDER} (or the
 * environment variable {@code BIDBENCH_SHOTS}) when given.
 */
class TeamStoreSessionTest {

	private static final String HOST = System.getProperty("bidbench.pg.host", "localhost");
	private static final int PORT = Integer.parseInt(System.getProperty("bidbench.pg.port", "5432"));
	private static final String ADMIN = System.getProperty("bidbench.pg.user", "bidbench_admin");
	private static final String ADMIN_PASSWORD = System.getProperty("bidbench.pg.password", "bidbench_admin");
	private static final String PASSWORD = "team 'store' pw";

	private static String database;
	private static String salesUser;
	private static String financeUser;

	private SalesSession session;
	private IWorkbenchPage page;
	private final List<SalesStore> others = new ArrayList<>();

	@BeforeAll
	static void teamStoreWithTheDemoWorkspace() throws Exception {
		String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
		database = "bidbench_ui_" + suffix;
		try (Connection c = admin("postgres"); Statement statement = c.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		SalesStoreProvider provider = SalesStores.providerFor(adminUrl());
		assertFalse(provider.initialise(adminUrl(), null).isEmpty(), "the schema was created");
		SalesWorkspace demo = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.of(2026, 11, 26));
		try (SalesStore store = SalesStores.openEmpty(adminUrl(), Path.of(""))) {
			SalesStores.copyInto(demo, store.workspace());
			store.save();
		}
		salesUser = "ui_sales_" + suffix;
		financeUser = "ui_finance_" + suffix;
		provider.addUser(adminUrl(), null, salesUser, PASSWORD.toCharArray(), EmployeeRole.SALES_LEAD);
		provider.addUser(adminUrl(), null, financeUser, PASSWORD.toCharArray(), EmployeeRole.FINANCE);
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		if (database == null) {
			return;
		}
		try (Connection c = admin("postgres"); Statement statement = c.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			statement.execute("DROP ROLE IF EXISTS " + salesUser);
			statement.execute("DROP ROLE IF EXISTS " + financeUser);
		}
	}

	@BeforeEach
	void connectTheWorkbench() throws Exception {
		session = SalesSession.get();
		session.setClock(Clock.fixed(Instant.parse("2026-11-26T18:00:00Z"), ZoneOffset.UTC));
		session.connect(storeUrl(), login(salesUser));
		assertNotNull(session.store(), "the session works on the team store");
		page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.SALES, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		dispatch();
	}

	@AfterEach
	void closeEverything() {
		TeamStoreSave.answerWith(null);
		page.closeAllEditors(false);
		for (SalesStore other : others) {
			other.close();
		}
		// Back to a folder, so that other test classes find the session as they expect it.
		try {
			Path folder = Files.createTempDirectory("bidbench-after-store").resolve("sales");
			DemoWorkspaceFactory.write(folder, DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.of(2026, 11, 26));
			session.load(folder);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		dispatch();
	}

	@Test
	void anotherClientsSaveShowsInTheOpenEditorWithoutRefreshAndMyUnsavedEditStays() throws Exception {
		Opportunity mine = openOpportunity(session.workspace());
		OpportunityEditor editor = (OpportunityEditor) SalesEditors.open(page, mine);
		dispatch();
		assertEquals(mine.getName(), editor.getPartName());
		LocalDate myClose = LocalDate.of(2027, 3, 31);
		assertNotEquals(myClose, mine.getExpectedClose());
		session.run("close date", () -> mine.setExpectedClose(myClose));
		assertTrue(session.isDirty());

		SalesStore finance = other(financeUser);
		Opportunity theirs = find(finance.workspace(), mine.getId());
		theirs.setName("Renamed by finance");
		finance.save();

		waitFor(() -> "Renamed by finance".equals(editor.getPartName()), "the editor shows the other client's new name");
		assertEquals("Renamed by finance", mine.getName(), "the same object changed in place");
		assertEquals(myClose, mine.getExpectedClose(), "my unsaved edit survived the refresh");
		assertTrue(session.isDirty(), "and is still to be saved");
		shoot("team-store-live-update.png");

		assertTrue(SalesSave.save(shell()));
		assertFalse(session.isDirty());
		finance.refresh(List.of(new org.bidbench.sales.core.store.RecordKey(org.bidbench.sales.core.store.RecordKind.OPPORTUNITY, mine.getId())));
		assertEquals(myClose, find(finance.workspace(), mine.getId()).getExpectedClose(), "my edit reached the other client");
		assertEquals("Renamed by finance", find(finance.workspace(), mine.getId()).getName(), "and theirs stayed: the fields merged");
	}

	@Test
	void anApprovalGivenByFinanceAppearsInTheSalesLeadsSession() throws Exception {
		String quoteId;
		try (SalesStore owner = SalesStores.open(adminUrl())) {
			// A quote waiting for finance: the approvals due before finance's are given by the store's owner first.
			Quote waiting = org.bidbench.sales.core.demo.DemoScenarios.quoteWaitingForFinance(owner.workspace());
			quoteId = waiting.getId();
			int financeSequence = QuoteApprovalRequirements.missingApprovals(waiting).stream().filter(r -> r.getRole() == EmployeeRole.FINANCE)
					.findFirst().orElseThrow().getSequence();
			for (ApprovalRule rule : QuoteApprovalRequirements.missingApprovals(waiting)) {
				if (rule.getRole() != EmployeeRole.FINANCE && rule.getSequence() < financeSequence) {
					Employee earlier = owner.workspace().getEmployees().stream().filter(e -> e.getRole() == rule.getRole()).findFirst().orElseThrow();
					QuoteApprovals.approve(waiting, earlier, Instant.parse("2026-11-26T09:00:00Z"), "before finance");
				}
			}
			owner.save();
		}
		// The quote must be there first: allMatch over no quote at all would pass before the owner's save arrives.
		waitFor(() -> session.workspace().getOpportunities().stream().flatMap(o -> o.getQuotes().stream())
				.anyMatch(q -> quoteId.equals(q.getId()))
				&& session.workspace().getOpportunities().stream().flatMap(o -> o.getQuotes().stream())
						.filter(q -> quoteId.equals(q.getId())).allMatch(q -> QuoteApprovalRequirements.missingApprovals(q).stream()
								.filter(r -> r.getRole() != EmployeeRole.FINANCE).allMatch(r -> r.getSequence() > QuoteApprovalRequirements
										.missingApprovals(q).stream().filter(f -> f.getRole() == EmployeeRole.FINANCE).findFirst().orElseThrow()
										.getSequence())),
				"the owner's approvals reach the session");
		SalesStore finance = other(financeUser);
		SalesWorkspace theirWorkspace = finance.workspace();
		Employee approver = theirWorkspace.getEmployees().stream().filter(e -> e.getRole() == EmployeeRole.FINANCE).findFirst().orElseThrow();
		Quote quote = theirWorkspace.getOpportunities().stream().flatMap(o -> o.getQuotes().stream()).filter(q -> quoteId.equals(q.getId()))
				.findFirst().orElseThrow();
		assertTrue(QuoteApprovals.checkApproval(quote, approver).isAllowed(), QuoteApprovals.checkApproval(quote, approver).message());
		Opportunity theirOpportunity = (Opportunity) quote.eContainer();
		Opportunity mine = find(session.workspace(), theirOpportunity.getId());
		Quote myQuote = mine.getQuotes().stream().filter(q -> quoteId.equals(q.getId())).findFirst().orElseThrow();
		int approvalsBefore = myQuote.getApprovals().size();
		OpportunityEditor editor = (OpportunityEditor) SalesEditors.open(page, mine);
		dispatch();
		List<ApprovalRule> missingBefore = QuoteApprovalRequirements.missingApprovals(myQuote);
		assertTrue(missingBefore.stream().anyMatch(r -> r.getRole() == EmployeeRole.FINANCE), "finance's approval is missing before");

		editor.setActivePage(org.bidbench.ui.sales.internal.editors.QuotesPage.ID);
		dispatch();
		shoot("team-store-approval-before.png");
		QuoteApprovals.approve(quote, approver, Instant.parse("2026-11-26T17:00:00Z"), "costs checked");
		finance.save();

		waitFor(() -> myQuote.getApprovals().size() == approvalsBefore + 1, "the approval reaches the sales lead's session");
		shoot("team-store-approval-after.png");
		assertEquals(EmployeeRole.FINANCE, myQuote.getApprovals().get(approvalsBefore).getRole());
		assertEquals("costs checked", myQuote.getApprovals().get(approvalsBefore).getComment());
		assertTrue(QuoteApprovalRequirements.missingApprovals(myQuote).stream().noneMatch(r -> r.getRole() == EmployeeRole.FINANCE),
				"the session no longer waits for finance");
		assertFalse(session.isDirty(), "taking another's save in is not an edit of mine");
		assertNotNull(editor.opportunity());
	}

	@Test
	void aFieldBothChangedIsAConflictWithBothValuesAndTheUserChooses() throws Exception {
		Opportunity mine = openOpportunity(session.workspace());
		String base = mine.getName();
		session.run("rename", () -> mine.setName("Mine"));
		SalesStore finance = other(financeUser);
		find(finance.workspace(), mine.getId()).setName("Theirs");
		finance.save();
		// Their save reaches the session by notification; my unsaved edit stays over theirs until I save.
		dispatch();
		assertEquals("Mine", mine.getName());
		List<FieldConflict> asked = new CopyOnWriteArrayList<>();
		TeamStoreSave.answerWith(new TeamStoreSave.Answers() {
			@Override
			public Boolean keepMine(FieldConflict conflict) {
				asked.add(conflict);
				return Boolean.FALSE;
			}

			@Override
			public boolean retry(StoreUnavailableException lost) {
				return false;
			}
		});
		assertTrue(SalesSave.save(shell()));
		assertEquals(1, asked.size(), "one conflict: " + asked);
		FieldConflict conflict = asked.get(0);
		assertEquals("name", conflict.path());
		assertEquals("Mine", conflict.mine());
		assertEquals("Theirs", conflict.theirs());
		assertEquals(base, conflict.base());
		assertEquals("Theirs", mine.getName(), "taking theirs puts their value in the open object");
		assertFalse(session.isDirty());
	}

	@Test
	void aConnectionLostDuringTheSaveKeepsTheEditAndTheSaveIsRetried() throws Exception {
		Opportunity mine = openOpportunity(session.workspace());
		session.run("rename", () -> mine.setName("Saved after the cut"));
		int[] retriesAsked = {0};
		boolean[] retry = {false};
		TeamStoreSave.answerWith(new TeamStoreSave.Answers() {
			@Override
			public Boolean keepMine(FieldConflict conflict) {
				return null;
			}

			@Override
			public boolean retry(StoreUnavailableException lost) {
				retriesAsked[0]++;
				return retry[0];
			}
		});
		assertTrue(cutConnectionsOf(salesUser) > 0, "the session's connection was cut");
		assertFalse(SalesSave.save(shell()), "nothing saved over a cut connection");
		assertEquals(1, retriesAsked[0], "the user was told and asked to retry");
		assertTrue(session.isDirty(), "the edit is kept");
		assertEquals("Saved after the cut", mine.getName());
		assertNotEquals("Saved after the cut", storedName(mine.getId()));

		// The failed save dropped its dead connection; the next use of the store opens a new one. Use
		// it (as the live refresh or an editor would), so that the second cut hits a connection in use:
		// cutting while the session holds none cuts nothing and the save simply succeeds at once.
		session.store().list(RecordKind.OPPORTUNITY);
		assertTrue(cutConnectionsOf(salesUser) > 0, "the session's new connection was cut");
		retry[0] = true;
		assertTrue(SalesSave.save(shell()), "the retry reconnects and saves");
		assertEquals(2, retriesAsked[0]);
		assertFalse(session.isDirty());
		assertEquals("Saved after the cut", storedName(mine.getId()));
	}

	@Test
	void undoAfterAnotherClientsChangeNeverTakesTheirChangeBack() throws Exception {
		List<Opportunity> open = session.workspace().getOpportunities().stream().filter(o -> o.getStatus() == OpportunityStatus.OPEN).toList();
		Opportunity a = open.get(open.size() - 1);
		Opportunity b = open.get(open.size() - 2);
		String aName = a.getName();
		String bName = b.getName();
		SalesStore other = other(salesUser);

		// My edit of B, their change of A: undo of my edit is untouched by their change.
		session.run("rename B", () -> b.setName("B renamed here"));
		int theirProbability = a.getProbability() == 13 ? 14 : 13;
		find(other.workspace(), a.getId()).setProbability(theirProbability);
		other.save();
		waitFor(() -> a.getProbability() == theirProbability, "their change of A arrives");
		assertTrue(session.commandStack().canUndo(), "my edit of another record is still undoable");
		session.commandStack().undo();
		assertEquals(bName, b.getName(), "undo took my edit back");
		assertEquals(theirProbability, a.getProbability(), "and left theirs");
		assertFalse(session.isDirty());

		// My edit of A, then their change of A (another field) and an activity they logged on it.
		session.run("rename A", () -> a.setName("A renamed here"));
		int activities = a.getActivities().size();
		Opportunity theirs = find(other.workspace(), a.getId());
		other.refresh(List.of(new org.bidbench.sales.core.store.RecordKey(RecordKind.OPPORTUNITY, a.getId())));
		theirs.setSource("their source");
		new org.bidbench.sales.core.operations.SalesOperations(other.workspace(), Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC))
				.logActivity(theirs, org.bidbench.sales.model.ActivityKind.CALL, Instant.parse("2026-11-27T09:00:00Z"), "Their call", null, null);
		other.save();
		waitFor(() -> "their source".equals(a.getSource()), "their change of A arrives");
		assertEquals(activities + 1, a.getActivities().size(), "their activity arrived");
		if (session.commandStack().canUndo()) {
			session.commandStack().undo();
		}
		assertEquals("their source", a.getSource(), "undo never takes their change back");
		assertEquals(activities + 1, a.getActivities().size(), "nor their activity");
		assertTrue(session.isDirty(), "my edit is still to be saved");
		assertEquals("A renamed here", a.getName(), "undo stopped at their change: my edit stays");
		assertFalse(session.commandStack().canUndo());
		assertTrue(SalesSave.save(shell()));
		assertFalse(session.isDirty());
		assertEquals("A renamed here", storedName(a.getId()));
		assertEquals(bName, storedName(b.getId()));
		session.run("rename A back", () -> a.setName(aName));
		assertTrue(SalesSave.save(shell()));
	}

	@Test
	void fileDisconnectLeavesTheStoreForTheFolderAndForgetsIt() throws Exception {
		var node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.bidbench.ui.sales");
		node.put(TeamStoreConnection.URL_PREFERENCE, storeUrl());
		var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
		var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
		var disconnect = commands.getCommand("org.bidbench.ui.sales.commands.disconnectTeamStore");
		dispatch();
		assertTrue(disconnect.isEnabled(), "enabled on a team store");
		handlers.executeCommand("org.bidbench.ui.sales.commands.disconnectTeamStore", null);
		// The folder loads in a job: it holds the demo or nothing (then the session says so).
		waitFor(() -> session.isLoaded() || session.loadMessage() != null, "the workspace's folder is loaded (or found empty)");
		assertEquals(null, session.store(), "the session left the store");
		assertEquals(null, TeamStoreConnection.rememberedUrl(), "and forgot it: the next start opens the folder");
		assertEquals(0, connectionsOf(salesUser), "no connection of the store is left open");
		assertFalse(disconnect.isEnabled(), "nothing to disconnect from any more");
		// The File menu holds it, in the workbench's language.
		assertTrue(List.of("Disconnect from Team Store", "\u65ad\u5f00\u56e2\u961f\u6570\u636e\u5e93").contains(disconnect.getName()),
				disconnect.getName());
	}

	@Test
	void aServerDownAtStartLeavesTheLastLocalCopyReadOnly() throws Exception {
		try (Relay relay = new Relay()) {
			String throughRelay = "postgresql://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + relay.port() + "/" + database;
			session.connect(throughRelay, login(salesUser));
			int opportunities = session.workspace().getOpportunities().size();
			String someName = session.workspace().getOpportunities().get(0).getName();
			relay.goDown();
			StoreUnavailableException down = assertThrows(StoreUnavailableException.class,
					() -> session.connect(throughRelay, login(salesUser)));
			assertTrue(down.getMessage().startsWith("cannot reach the team store"), down.getMessage());
			assertFalse(down.getMessage().contains(PASSWORD), "no password in the message");

			assertTrue(session.openLocalCopy(throughRelay, salesUser), "a local copy was kept at the connection");
			assertEquals(opportunities, session.workspace().getOpportunities().size());
			assertEquals(someName, session.workspace().getOpportunities().get(0).getName());
			assertNotNull(session.readOnlyReason());
			Opportunity opportunity = session.workspace().getOpportunities().get(0);
			RefusedException refused = assertThrows(RefusedException.class, () -> session.run("rename", () -> opportunity.setName("x")));
			assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
			assertEquals(someName, opportunity.getName(), "nothing changed");
			assertFalse(session.openLocalCopy("postgresql://" + HOST + ":1/never_connected", salesUser), "no copy of a store never reached");
		}
	}

	// ---------------------------------------------------------------------------------------------

	private SalesStore other(String user) throws Exception {
		SalesStore store = SalesStores.open(storeUrl(), login(user));
		others.add(store);
		return store;
	}

	private static StoreLogin login(String user) {
		return new StoreLogin(user, PASSWORD.toCharArray());
	}

	private static Opportunity openOpportunity(SalesWorkspace workspace) {
		return workspace.getOpportunities().stream().filter(o -> o.getStatus() == OpportunityStatus.OPEN && o.getTeam() != null
				&& o.getTeam().getSalesLead() != null).findFirst().orElseThrow();
	}

	private static Opportunity find(SalesWorkspace workspace, String id) {
		return workspace.getOpportunities().stream().filter(o -> o.getId().equals(id)).findFirst().orElseThrow();
	}

	private static String storedName(String opportunityId) throws SQLException {
		try (Connection c = admin(database);
				PreparedStatement select = c.prepareStatement("SELECT value FROM store_field WHERE kind = 'opportunity' AND id = ? AND path = 'name'")) {
			select.setString(1, opportunityId);
			try (var rs = select.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

	/**
	 * Ends every server process of that user, as a network failure or a server restart would, and
	 * waits until they are gone (pg_terminate_backend only signals them); returns how many there were.
	 */
	private static int cutConnectionsOf(String user) throws SQLException, InterruptedException {
		// First the processes, then one terminate each: in a single query's WHERE the server may call
		// pg_terminate_backend before it filters by user, and end every connection on the server.
		List<Integer> pids = new ArrayList<>();
		try (Connection c = admin("postgres")) {
			try (PreparedStatement select = c.prepareStatement("SELECT pid FROM pg_stat_activity WHERE usename = ?")) {
				select.setString(1, user);
				try (var rs = select.executeQuery()) {
					while (rs.next()) {
						pids.add(rs.getInt(1));
					}
				}
			}
			try (PreparedStatement terminate = c.prepareStatement("SELECT pg_terminate_backend(?)");
					PreparedStatement alive = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ?")) {
				for (int pid : pids) {
					terminate.setInt(1, pid);
					terminate.executeQuery().close();
				}
				long giveUp = System.nanoTime() + 10_000_000_000L;
				for (int pid : pids) {
					alive.setInt(1, pid);
					while (System.nanoTime() < giveUp) {
						try (var rs = alive.executeQuery()) {
							rs.next();
							if (rs.getInt(1) == 0) {
								break;
							}
						}
						Thread.sleep(20);
					}
				}
			}
		}
		return pids.size();
	}

	private static int connectionsOf(String user) throws SQLException, InterruptedException {
		try (Connection c = admin("postgres");
				PreparedStatement count = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE usename = ?")) {
			count.setString(1, user);
			// A closed connection's server process ends a moment after the client closed it.
			for (int i = 0;; i++) {
				try (var rs = count.executeQuery()) {
					rs.next();
					if (rs.getInt(1) == 0 || i == 250) {
						return rs.getInt(1);
					}
				}
				Thread.sleep(20);
			}
		}
	}

	private static String storeUrl() {
		return "postgresql://" + HOST + ":" + PORT + "/" + database;
	}

	private static String adminUrl() {
		return "postgresql://" + ADMIN + ":" + ADMIN_PASSWORD + "@" + HOST + ":" + PORT + "/" + database;
	}

	private static Connection admin(String db) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", ADMIN);
		properties.setProperty("password", ADMIN_PASSWORD);
		try {
			return new org.postgresql.Driver().connect("jdbc:postgresql://" + HOST + ":" + PORT + "/" + db, properties);
		} catch (SQLException e) {
			String message = "PostgreSQL is not reachable at " + HOST + ":" + PORT + " as " + ADMIN + " (" + e.getMessage()
					+ "); start it as .ci/run does";
			if (System.getenv("CI") != null) {
				fail(message, e);
			}
			Assumptions.abort(message);
			throw e;
		}
	}

	/** Runs the UI thread until the condition holds; fails after a generous while (a hang, not a slow machine). */
	private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
		Display display = Display.getCurrent();
		long giveUp = System.nanoTime() + 30_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > giveUp) {
				fail("never happened: " + what);
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		dispatch();
	}

	private static void dispatch() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run what is queued
		}
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	private static void shoot(String name) throws IOException {
		// The environment reaches the forked test runtime; a -D on the build's command line does not.
		String target = System.getProperty("bidbench.shots", System.getenv("BIDBENCH_SHOTS"));
		if (target == null) {
			return;
		}
		Path folder = Files.createDirectories(Path.of(target));
		Display display = Display.getCurrent();
		Shell shell = shell();
		dispatch();
		Image image = new Image(display, shell.getBounds().width, shell.getBounds().height);
		GC gc = new GC(shell);
		try {
			gc.copyArea(image, 0, 0);
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[]{data};
			loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** A TCP relay to the server that can be switched off: the server "goes down" for whoever connects through it. */
	private static final class Relay implements AutoCloseable {
		private final ServerSocket listening;
		private final List<Socket> sockets = new CopyOnWriteArrayList<>();
		/**
		 * A server that is down, without giving its port back: a closed port may be taken by another
		 * socket (or the client connect to itself on it), and the test once reached something there.
		 */
		private volatile boolean down;

		Relay() throws IOException {
			listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			Thread accepting = new Thread(() -> {
				while (!listening.isClosed()) {
					try {
						Socket client = listening.accept();
						if (down) {
							client.close();
							continue;
						}
						Socket server = new Socket(HOST, PORT);
						sockets.add(client);
						sockets.add(server);
						pump(client, server);
						pump(server, client);
					} catch (IOException e) {
						return;
					}
				}
			}, "relay to PostgreSQL");
			accepting.setDaemon(true);
			accepting.start();
		}

		int port() {
			return listening.getLocalPort();
		}

		private static void pump(Socket from, Socket to) {
			Thread thread = new Thread(() -> {
				try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
					in.transferTo(out);
				} catch (IOException e) {
					// one side closed
				} finally {
					try {
						from.close();
						to.close();
					} catch (IOException e) {
						// closing anyway
					}
				}
			}, "relay pump");
			thread.setDaemon(true);
			thread.start();
		}

		/** Every connection through the relay is cut and every new one closed at once. */
		void goDown() throws IOException {
			down = true;
			for (Socket socket : sockets) {
				socket.close();
			}
		}

		@Override
		public void close() throws IOException {
			down = true;
			listening.close();
			for (Socket socket : sockets) {
				socket.close();
			}
		}
	}

}
