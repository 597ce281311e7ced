package org.bidbench.ui.sales.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.operations.TeamRole;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.quote.takeoff.TakeoffSources;
import org.bidbench.sales.model.ActivityKind;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.BidBenchPerspectives;
import org.bidbench.ui.sales.SalesSession;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of the board, the deadlines view with a notification showing, and the approvals
 * inbox on the demo workspace, for people to look at: taken only when the system property
 * {@code bidbench.shots} names a folder (PNGs named by view and language, e.g. board-zh.png).
 * Captured with ImageMagick's {@code import -window root} on the test's X display.
 */
class ViewScreenshotsTest {

	@Test
	void boardDeadlinesAndInbox() throws Exception {
		String shots = System.getProperty("bidbench.shots"); //$NON-NLS-1$
		Assumptions.assumeTrue(shots != null, "set -Dbidbench.shots=DIR to take screenshots");
		Path out = Files.createDirectories(Path.of(shots));
		String language = SalesWording.chinese() ? "zh" : "en"; //$NON-NLS-1$ //$NON-NLS-2$

		LocalDate day = LocalDate.of(2026, 12, 3);
		Path folder = Files.createTempDirectory("bidbench-shots").resolve("sales"); //$NON-NLS-1$ //$NON-NLS-2$
		DemoWorkspaceFactory.write(folder, DemoWorkspaceFactory.DEFAULT_SEED, day);
		SalesSession session = SalesSession.get();
		Instant now = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
		session.setClock(Clock.fixed(now, ZoneOffset.UTC));
		session.load(folder);
		SalesWorkspace workspace = session.workspace();
		SalesOperations ops = new SalesOperations(workspace, session.clock());

		// A deal in qualification whose first visit was 44 h 48 min ago: the 48-hour report is due in 3 h 12 min.
		Opportunity qualifying = workspace.getOpportunities().stream()
				.filter(o -> o.getStatus() == OpportunityStatus.OPEN && "stage-qualification".equals(o.getStage().getId())) //$NON-NLS-1$
				.findFirst().orElseThrow();
		qualifying.getActivities().removeIf(a -> a.getKind() == ActivityKind.VISIT);
		qualifying.getDeliverables().clear();
		Employee salesLead = qualifying.getTeam().getSalesLead();
		run(() -> ops.logActivity(qualifying, ActivityKind.VISIT, now.minus(Duration.ofHours(44).plusMinutes(48)), "First visit", null, salesLead)); //$NON-NLS-1$
		session.setCurrentUser(salesLead);

		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.SALES,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1600, 1000);
		// The pointer away from the cards: a card's tooltip would hide the board.
		Display.getCurrent().setCursorLocation(1598, 2);
		BoardView board = (BoardView) page.showView(BoardView.ID);
		page.setPartState(page.getReference(board), IWorkbenchPage.STATE_MAXIMIZED);
		board.refresh();
		settle(800);
		capture(out.resolve("board-" + language + ".png")); //$NON-NLS-1$ //$NON-NLS-2$
		page.setPartState(page.getReference(board), IWorkbenchPage.STATE_RESTORED);
		settle(500);

		// A revised quote from the AC20-FZK-Haus take-off in review: one line changed.
		Opportunity quoting = workspace.getOpportunities().stream()
				.filter(o -> o.getStatus() == OpportunityStatus.OPEN && o.getQuotes().isEmpty() && o.getTeam() != null)
				.findFirst().orElseThrow();
		Employee technical = employee(workspace, EmployeeRole.TECHNICAL_LEAD);
		Employee finance = employee(workspace, EmployeeRole.FINANCE);
		Path model = Path.of(System.getProperty("bidbench.samples", "../shared/samples/ifc"), "AC20-FZK-Haus.ifc"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		RulePack pack = RulePacks.builtIn(RulePacks.GB50500);
		PriceCatalog catalog = PriceCatalogFile.sample(pack.getId());
		var takeoff = TakeoffSources.of(new TakeoffSession(IfcModel.open(model), ComputedQuantitySource.NONE).run(pack));
		Quote second = run(() -> {
			workspace.getPriceCatalogs().add(catalog);
			ops.setTeamMember(quoting, TeamRole.TECHNICAL, technical);
			Quote first = ops.createQuoteRevision(quoting, takeoff, catalog, null, salesLead);
			ops.submitQuoteForReview(first);
			ops.approveQuote(first, technical, "Quantities match the model."); //$NON-NLS-1$
			ops.approveQuote(first, finance, "Costs checked."); //$NON-NLS-1$
			ops.releaseQuote(first, salesLead);
			Quote next = ops.newQuoteRevision(first, salesLead);
			QuoteLine line = next.getLines().get(1);
			ops.editQuoteLine(line, line.getQuantity().multiply(new BigDecimal("1.08")).setScale(3, RoundingMode.HALF_UP), //$NON-NLS-1$
					line.getUnitPrice(), line.getDiscountPercent());
			ops.submitQuoteForReview(next);
			ops.approveQuote(next, technical, "Changed line checked."); //$NON-NLS-1$
			return next;
		});
		session.setCurrentUser(finance);
		ApprovalsView inbox = (ApprovalsView) page.showView(ApprovalsView.ID);
		page.bringToTop(inbox);
		page.activate(inbox);
		page.setPartState(page.getReference(inbox), IWorkbenchPage.STATE_MAXIMIZED);
		ApprovalInbox.Request request = inbox.requests().stream().filter(r -> r.quote() == second).findFirst().orElse(null);
		assertNotNull(request, "finance has the revised quote in its inbox");
		assertEquals(1, request.asked().size());
		inbox.select(request);
		settle(1500);
		capture(out.resolve("approvals-" + language + ".png")); //$NON-NLS-1$ //$NON-NLS-2$
		page.setPartState(page.getReference(inbox), IWorkbenchPage.STATE_RESTORED);
		session.setCurrentUser(salesLead);
		DeadlinesView deadlines = (DeadlinesView) page.showView(DeadlinesView.ID);
		page.setPartState(page.getReference(deadlines), IWorkbenchPage.STATE_MAXIMIZED);
		deadlines.setScope(DueItems.Scope.TEAM);
		DeadlineWatch.forget();
		List<DueItem> notified = DeadlineWatch.check(Display.getCurrent());
		assertFalse(notified.isEmpty(), "something is due within 4 hours or overdue");
		settle(1500);
		capture(out.resolve("deadlines-" + language + ".png")); //$NON-NLS-1$ //$NON-NLS-2$
		page.setPartState(page.getReference(deadlines), IWorkbenchPage.STATE_RESTORED);
		DeadlineWatch.closeNotification();

		session.setClock(Clock.systemDefaultZone());
	}

	private static <T> T run(Supplier<T> change) {
		return SalesSession.get().execute("screenshot set-up", change); //$NON-NLS-1$
	}

	private static Employee employee(SalesWorkspace workspace, EmployeeRole role) {
		return workspace.getEmployees().stream().filter(e -> e.getRole() == role).findFirst().orElseThrow();
	}

	private static void settle(long millis) throws InterruptedException {
		Display display = Display.getCurrent();
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
	}

	private static void capture(Path png) throws Exception {
		Process process = new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(0, process.waitFor(), "import wrote " + png);
		assertTrue(Files.size(png) > 0);
	}
}
