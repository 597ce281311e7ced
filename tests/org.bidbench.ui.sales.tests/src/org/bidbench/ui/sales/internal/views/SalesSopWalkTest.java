package org.bidbench.ui.sales.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.operations.TeamRole;
import org.bidbench.sales.core.process.DefaultSalesProcess;
import org.bidbench.sales.core.quote.LineDifference;
import org.bidbench.sales.core.quote.QuoteAmounts;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.model.ActivityKind;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.CustomerTier;
import org.bidbench.sales.model.Deliverable;
import org.bidbench.sales.model.DeliverableStatus;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.BidBenchPerspectives;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.editors.ActivitiesPage;
import org.bidbench.ui.sales.internal.editors.ContractPage;
import org.bidbench.ui.sales.internal.editors.DeliverablesPage;
import org.bidbench.ui.sales.internal.editors.OpportunityEditor;
import org.bidbench.ui.sales.internal.editors.QuoteDiffDialog;
import org.bidbench.ui.sales.internal.editors.QuoteDocuments;
import org.bidbench.ui.sales.internal.editors.QuotesPage;
import org.bidbench.ui.sales.internal.editors.RefusedMoveDialog;
import org.bidbench.ui.sales.internal.editors.SalesActions;
import org.bidbench.ui.sales.internal.editors.SalesDialog;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.bidbench.ui.sales.internal.editors.SalesFormPage;
import org.bidbench.ui.sales.internal.editors.SalesLabels;
import org.bidbench.ui.sales.internal.editors.TakeoffQuoting;
import org.bidbench.ui.sales.internal.editors.TeamPage;
import org.bidbench.ui.sales.internal.editors.WidgetDriver;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole SOP on a fresh workspace, in the running workbench, through the session, the sales
 * operations and the board, deadlines and approvals views: lead, opportunity, team, first visit,
 * the 48-hour requirements report submitted and reviewed, solution, a quote priced from the
 * AC20-FZK-Haus take-off, technical and finance approvals from the inbox, release, a revision
 * with one changed line (only it asked again), contract, milestones, a partial and a full
 * collection. Refused steps are checked for what they say; undo and redo of a board move and of
 * an approval.
 */
class SalesSopWalkTest {

	/** A clock the walk moves forward by hand. */
	static final class WalkClock extends Clock {
		Instant now;

		WalkClock(Instant start) {
			now = start;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	/** Answers the views' questions as the user would, and records what they showed. */
	static final class Answers implements BoardView.Prompts, ApprovalsView.Prompts {
		final List<MoveRefusal> refusals = new ArrayList<>();
		final List<String> messages = new ArrayList<>();
		String comment = "Checked."; //$NON-NLS-1$
		CloseLostDialog.Answer lost;

		@Override
		public void refused(Shell shell, MoveRefusal refusal) {
			refusals.add(refusal);
		}

		@Override
		public CloseLostDialog.Answer askLost(Shell shell, org.bidbench.sales.model.Opportunity opportunity) {
			return lost;
		}

		@Override
		public void refused(Shell shell, String message) {
			messages.add(message);
		}

		@Override
		public String comment(Shell shell, ApprovalInbox.Request request, boolean approve) {
			return comment;
		}
	}

	private final SalesSession session = SalesSession.get();
	private final WalkClock clock = new WalkClock(Instant.parse("2026-12-01T01:00:00Z"));
	private final Answers answers = new Answers();
	private Path folder;
	private BoardView board;
	private DeadlinesView deadlines;
	private ApprovalsView inbox;
	private OpportunityEditor editor;
	/** What the editors refused, instead of their error dialogs. */
	private final List<String> refusals = new ArrayList<>();
	private Employee liNa;
	private Employee zhangWei;
	private Employee chenJing;
	private Employee wangFang;
	private Employee zhaoLei;

	@BeforeEach
	void freshWorkspace() throws Exception {
		folder = Files.createTempDirectory("bidbench-sop").resolve("sales");
		SalesWorkspace workspace = SalesFactory.eINSTANCE.createSalesWorkspace();
		workspace.setName("SOP walk"); //$NON-NLS-1$
		workspace.setCurrency("CNY"); //$NON-NLS-1$
		DefaultSalesProcess.installInto(workspace);
		employee(workspace, "E01", "Li Na", EmployeeRole.SALES_LEAD); //$NON-NLS-1$ //$NON-NLS-2$
		employee(workspace, "E02", "Zhang Wei", EmployeeRole.TECHNICAL_LEAD); //$NON-NLS-1$ //$NON-NLS-2$
		employee(workspace, "E03", "Chen Jing", EmployeeRole.COMMERCIAL_LEAD); //$NON-NLS-1$ //$NON-NLS-2$
		employee(workspace, "E04", "Wang Fang", EmployeeRole.FINANCE); //$NON-NLS-1$ //$NON-NLS-2$
		employee(workspace, "E05", "Zhao Lei", EmployeeRole.PROJECT_MANAGER); //$NON-NLS-1$ //$NON-NLS-2$
		employee(workspace, "E06", "Wang Qiang", EmployeeRole.SALES_MANAGER); //$NON-NLS-1$ //$NON-NLS-2$
		SalesWorkspaceFolder.create(folder, workspace).save();

		session.setClock(clock);
		session.load(folder);
		SalesWorkspace loaded = session.workspace();
		liNa = loaded.getEmployees().get(0);
		zhangWei = loaded.getEmployees().get(1);
		chenJing = loaded.getEmployees().get(2);
		wangFang = loaded.getEmployees().get(3);
		zhaoLei = loaded.getEmployees().get(4);
		session.setCurrentUser(liNa);

		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.SALES,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		board = (BoardView) page.showView(BoardView.ID);
		deadlines = (DeadlinesView) page.showView(DeadlinesView.ID);
		inbox = (ApprovalsView) page.showView(ApprovalsView.ID);
		board.setPrompts(answers);
		inbox.setPrompts(answers);
		SalesActions.showRefusalsTo(refusals::add);
		DeadlineWatch.forget();
	}

	@AfterEach
	void systemClock() {
		board.setPrompts(null);
		inbox.setPrompts(null);
		SalesActions.showRefusalsTo(null);
		SalesDialog.answerWith(null);
		board.getSite().getPage().closeAllEditors(false);
		session.setClock(Clock.systemDefaultZone());
	}

	private static void employee(SalesWorkspace workspace, String id, String name, EmployeeRole role) {
		Employee employee = SalesFactory.eINSTANCE.createEmployee();
		employee.setId(id);
		employee.setName(name);
		employee.setRole(role);
		employee.setRegion("North"); //$NON-NLS-1$
		workspace.getEmployees().add(employee);
	}

	private SalesOperations ops() {
		return new SalesOperations(session.workspace(), session.clock());
	}

	private <T> T run(Supplier<T> change) {
		return session.execute("test step", change); //$NON-NLS-1$
	}

	/** The editors' next dialogs are filled by {@code answer} (OK when it returns true). */
	private static void answer(SalesDialog.Answer answer) {
		SalesDialog.answerWith(answer);
	}

	private Stage stage(String id) {
		return session.workspace().getProcess().getStages().stream().filter(s -> id.equals(s.getId())).findFirst().orElseThrow();
	}

	private Gate gate(String id) {
		return session.workspace().getProcess().getStages().stream().flatMap(s -> s.getGates().stream())
				.filter(g -> id.equals(g.getId())).findFirst().orElseThrow();
	}

	private PipelineBoard.Column columnOf(Opportunity opportunity) {
		for (PipelineBoard.Column column : board.shown().columns()) {
			if (column.cards().stream().anyMatch(c -> c.opportunity() == opportunity)) {
				return column;
			}
		}
		return null;
	}

	private ApprovalInbox.Request requestFor(Object quoteOrDeliverable) {
		return inbox.requests().stream().filter(r -> r.quote() == quoteOrDeliverable || r.deliverable() == quoteOrDeliverable)
				.findFirst().orElse(null);
	}

	private void as(Employee employee) {
		session.setCurrentUser(employee);
	}

	private static void spin() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the views paint
		}
	}

	@Test
	void walksTheWholeSopThroughTheViews() throws Exception {
		// Lead -> opportunity, with its team.
		Customer customer = run(() -> ops().createCustomer("沈阳热力集团", "energy", "North", CustomerTier.KEY)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Lead lead = run(() -> ops().createLead("Campus heating station", customer, "exhibition", "North", liNa)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		run(() -> {
			ops().qualifyLead(lead);
			return null;
		});
		Opportunity deal = run(() -> ops().convertLead(lead, "Campus heating station", Money.of("2500000", "CNY"), liNa)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertSame(deal, lead.getOpportunity(), "the lead keeps the link to its opportunity");
		// The team picked on the opportunity editor's Team page, one seat at a time (each an undoable command).
		editor = (OpportunityEditor) SalesEditors.open(board.getSite().getPage(), deal);
		TeamPage team = (TeamPage) WidgetDriver.page(editor, TeamPage.ID);
		assertNotNull(team.warning(), "seats are empty: the page warns");
		WidgetDriver.pick(team.getPartControl(), TeamRole.TECHNICAL.ordinal(), SalesLabels.employee(zhangWei));
		WidgetDriver.pick(team.getPartControl(), TeamRole.COMMERCIAL.ordinal(), SalesLabels.employee(chenJing));
		WidgetDriver.pick(team.getPartControl(), TeamRole.PROJECT_MANAGER.ordinal(), SalesLabels.employee(zhaoLei));
		assertSame(zhangWei, deal.getTeam().getTechnicalLead());
		assertSame(chenJing, deal.getTeam().getCommercialLead());
		assertSame(zhaoLei, deal.getTeam().getProjectManager());
		assertNull(team.warning(), "the team is complete: no warning");
		assertTrue(session.commandStack().getUndoCommand().getLabel().contains(zhaoLei.getName()), session.commandStack().getUndoCommand().getLabel());
		assertSame(liNa, deal.getTeam().getSalesLead());
		assertSame(stage("stage-lead"), columnOf(deal).stage(), "the new deal is a card in the Lead column");

		// Lead -> Qualification on the board; Solution is refused by the 48-hour report gate.
		assertNull(board.moveCard(deal, stage("stage-qualification")));
		assertSame(stage("stage-qualification"), columnOf(deal).stage());
		MoveRefusal refused = board.moveCard(deal, stage("stage-solution"));
		assertNotNull(refused, "leaving Qualification needs the requirements report");
		assertEquals(1, answers.refusals.size(), "the refusal was shown");
		assertSame(stage("stage-qualification"), deal.getStage(), "a refused move changes nothing");
		String message = refused.message();
		assertTrue(message.contains(SalesWording.gate(gate("gate-requirements"))), message);
		assertTrue(message.contains("Li Na"), "names who is responsible: " + message); //$NON-NLS-1$
		assertTrue(message.contains(NLS.bind(Messages.Refusal_clockStartsAtVisit, 48)), "says the clock waits for the first visit: " + message);
		RefusedMoveDialog dialog = new RefusedMoveDialog(board.getSite().getShell(), refused);
		dialog.setBlockOnOpen(false);
		dialog.open();
		spin();
		assertTrue(dialog.getShell().isVisible());
		dialog.close();

		// The 48-hour clock: waiting for the first visit, then counting from it.
		DueItem waiting = deadlines.items().stream().filter(i -> i.source() == gate("gate-requirements")).findFirst().orElseThrow();
		assertNull(waiting.dueAt(), "no visit yet: the report's clock has not started");
		Instant visit = clock.instant();
		// Logged on the Activities page: the dialog's time starts at the clock's now.
		answer(form -> {
			form.choose(org.bidbench.ui.sales.internal.Messages.ActivitiesPage_kind, SalesLabels.literal(ActivityKind.VISIT));
			form.type(org.bidbench.ui.sales.internal.Messages.ActivitiesPage_subject, "First visit"); //$NON-NLS-1$
			return true;
		});
		WidgetDriver.press(WidgetDriver.page(editor, ActivitiesPage.ID).getPartControl(), org.bidbench.ui.sales.internal.Messages.ActivitiesPage_log);
		assertEquals(1, deal.getActivities().size());
		assertEquals(visit, deal.getActivities().get(0).getAt(), "the visit is logged at the time the dialog proposed");
		assertEquals(ActivityKind.VISIT, deal.getActivities().get(0).getKind());
		assertEquals("First visit", deal.getActivities().get(0).getSubject()); //$NON-NLS-1$
		DueItem report = deadlines.items().stream().filter(i -> i.source() == gate("gate-requirements")).findFirst().orElseThrow();
		assertEquals(visit.plus(Duration.ofHours(48)), report.dueAt());
		assertEquals(NLS.bind(Messages.Time_left, NLS.bind(Messages.Time_days, 2)), SalesWording.timeLeft(report.dueAt(), clock.instant()));
		clock.advance(Duration.ofHours(43).plusMinutes(48));
		deadlines.refresh();
		report = deadlines.items().stream().filter(i -> i.source() == gate("gate-requirements")).findFirst().orElseThrow();
		assertFalse(report.isDueSoon(clock.instant()), "4 h 12 min left: not yet within 4 hours");
		assertEquals(NLS.bind(Messages.Time_left, NLS.bind(Messages.Time_hoursMinutes, 4, 12)), SalesWording.timeLeft(report.dueAt(), clock.instant()));
		assertTrue(DeadlineWatch.check(Display.getCurrent()).isEmpty(), "nothing to notify yet");
		clock.advance(Duration.ofMinutes(13));
		assertTrue(report.isDueSoon(clock.instant()));
		List<DueItem> notified = DeadlineWatch.check(Display.getCurrent());
		assertTrue(notified.stream().anyMatch(i -> i.source() == gate("gate-requirements")), "within 4 hours: notified");
		assertTrue(DeadlineWatch.check(Display.getCurrent()).isEmpty(), "each item is notified once");
		assertEquals(deadlines.items().get(0).source(), gate("gate-requirements"), "the most urgent first");

		// The requirements report submitted, and reviewed by the technical lead from the inbox.
		// Submitted on the Deliverables page: the row of the gate, then the file in the dialog.
		SalesFormPage deliverables = WidgetDriver.page(editor, DeliverablesPage.ID);
		WidgetDriver.selectRow(deliverables.getPartControl(), 0, r -> ((DeliverablesPage.Row) r).gate() == gate("gate-requirements"));
		answer(form -> {
			form.type(org.bidbench.ui.sales.internal.Messages.DeliverablesPage_fileField, "reports/requirements.pdf"); //$NON-NLS-1$
			return true;
		});
		WidgetDriver.press(deliverables.getPartControl(), org.bidbench.ui.sales.internal.Messages.DeliverablesPage_submit);
		Deliverable submitted = SalesOperations.latestDeliverable(deal, gate("gate-requirements"));
		assertNotNull(submitted, "the page submitted the report");
		assertEquals("reports/requirements.pdf", submitted.getLocation()); //$NON-NLS-1$
		assertNull(requestFor(submitted), "the sales lead does not review the report");
		// The sales lead cannot accept it on the page either: the refusal names the reviewer.
		WidgetDriver.press(deliverables.getPartControl(), org.bidbench.ui.sales.internal.Messages.DeliverablesPage_accept);
		assertEquals(1, refusals.size(), refusals.toString());
		assertTrue(refusals.get(0).contains("technical lead"), refusals.get(0)); //$NON-NLS-1$
		assertEquals(DeliverableStatus.SUBMITTED, submitted.getStatus());
		refusals.clear();
		as(zhangWei);
		ApprovalInbox.Request review = requestFor(submitted);
		assertNotNull(review, "the technical lead's inbox has the report");
		as(liNa);
		String wrongReviewer = inbox.decide(review, true);
		assertNotNull(wrongReviewer, "the sales lead may not accept the report");
		assertTrue(wrongReviewer.contains("technical lead") && wrongReviewer.contains("Zhang Wei"), wrongReviewer); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(DeliverableStatus.SUBMITTED, submitted.getStatus());
		as(zhangWei);
		assertNull(inbox.decide(requestFor(submitted), true));
		assertEquals(DeliverableStatus.ACCEPTED, submitted.getStatus());
		assertNull(requestFor(submitted), "decided requests leave the inbox");

		// Solution, then the quote stage.
		as(liNa);
		assertNull(board.moveCard(deal, stage("stage-solution")));
		run(() -> ops().submitDeliverable(deal, gate("gate-solution"), "solutions/heating.pdf", null, zhangWei)); //$NON-NLS-1$
		assertNull(board.moveCard(deal, stage("stage-quote")));

		// A quote priced from the AC20-FZK-Haus take-off.
		Path model = Path.of(System.getProperty("bidbench.samples", "../shared/samples/ifc"), "AC20-FZK-Haus.ifc"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(Files.isRegularFile(model), "the sample model is at " + model.toAbsolutePath());
		RulePack pack = RulePacks.builtIn(RulePacks.GB50500);
		TakeoffResult takeoff = new TakeoffSession(IfcModel.open(model), ComputedQuantitySource.NONE).run(pack);
		String sampleName = PriceCatalogFile.sample(pack.getId()).getName();
		// "Price into Quote of Opportunity..." (take-off view) and the Quotes page share this dialog: the
		// deal and the rule pack's sample catalog, which joins the workspace in the same command.
		answer(form -> {
			form.choose(org.bidbench.ui.sales.internal.Messages.TakeoffQuoting_catalog,
					NLS.bind(org.bidbench.ui.sales.internal.Messages.TakeoffQuoting_sampleCatalog, sampleName));
			return true;
		});
		Quote first = TakeoffQuoting.price(board.getSite().getShell(), takeoff, deal);
		assertNotNull(first, "priced: " + refusals);
		assertSame(deal, first.eContainer());
		assertEquals(1, session.workspace().getPriceCatalogs().size(), "the sample catalog joined the workspace");
		PriceCatalog catalog = session.workspace().getPriceCatalogs().get(0);
		assertEquals(sampleName, catalog.getName());
		assertTrue(first.getLines().size() > 3, "the house priced into lines");
		assertTrue(first.getLines().stream().allMatch(l -> !l.getGlobalIds().isEmpty()), "every line keeps its model elements");
		MoveRefusal quoteGate = board.moveCard(deal, stage("stage-negotiation"));
		assertNotNull(quoteGate, "no released quote yet");
		assertTrue(quoteGate.message().contains(SalesWording.gate(gate("gate-quote-released"))), quoteGate.message());
		assertTrue(quoteGate.message().contains("Chen Jing"), quoteGate.message()); //$NON-NLS-1$
		run(() -> {
			ops().submitQuoteForReview(first);
			return null;
		});

		// Approvals from the inbox: the wrong role and the wrong order are refused.
		as(zhangWei);
		ApprovalInbox.Request technical = requestFor(first);
		assertNotNull(technical);
		assertEquals(Messages.Inbox_marginHidden, inbox.marginText(technical), "the technical lead sees no margin");
		as(liNa);
		String wrongRole = inbox.decide(technical, true);
		assertNotNull(wrongRole, "a sales lead cannot give the technical review");
		assertTrue(wrongRole.contains("Li Na") && wrongRole.contains("technical review"), wrongRole); //$NON-NLS-1$ //$NON-NLS-2$
		as(wangFang);
		ApprovalInbox.Request finance = requestFor(first);
		assertFalse(finance.isMyTurn(), "finance waits for the technical review");
		assertTrue(inbox.askedText(finance).contains(Messages.Inbox_technicalReview), inbox.askedText(finance));
		assertTrue(inbox.marginText(finance).contains("%"), "finance sees margin and floor: " + inbox.marginText(finance)); //$NON-NLS-1$
		String tooEarly = inbox.decide(finance, true);
		assertNotNull(tooEarly);
		assertTrue(tooEarly.contains("technical review"), tooEarly); //$NON-NLS-1$
		as(zhangWei);
		assertNull(inbox.decide(requestFor(first), true));
		assertEquals(1, first.getApprovals().size());

		// Undo and redo of an approval.
		assertTrue(session.commandStack().getUndoCommand().getLabel().contains(first.getId()), session.commandStack().getUndoCommand().getLabel());
		session.commandStack().undo();
		assertTrue(first.getApprovals().isEmpty(), "undo takes the approval back");
		assertNotNull(requestFor(first), "and the request is back in the inbox");
		session.commandStack().redo();
		assertEquals(1, first.getApprovals().size(), "redo gives it again");
		assertNull(requestFor(first));

		as(wangFang);
		assertTrue(requestFor(first).isMyTurn());
		assertNull(inbox.decide(requestFor(first), true));
		assertEquals(QuoteStatus.APPROVED, first.getStatus());
		// Released on the Quotes page: the button is offered once the approvals allow it.
		as(chenJing);
		SalesFormPage quotes = WidgetDriver.page(editor, QuotesPage.ID);
		WidgetDriver.selectRow(quotes.getPartControl(), 0, q -> q == first);
		assertTrue(WidgetDriver.button(quotes.getPartControl(), org.bidbench.ui.sales.internal.Messages.QuotesPage_release).isEnabled(),
				"approved: release offered");
		WidgetDriver.press(quotes.getPartControl(), org.bidbench.ui.sales.internal.Messages.QuotesPage_release);
		assertEquals(QuoteStatus.RELEASED, first.getStatus());
		assertFalse(WidgetDriver.button(quotes.getPartControl(), org.bidbench.ui.sales.internal.Messages.QuotesPage_release).isEnabled(),
				"released: nothing left to release");

		// The client PDF and the internal review rendered from the editor, in a job.
		Path pdfs = Files.createTempDirectory("bidbench-sop-pdf"); //$NON-NLS-1$
		for (String[] document : new String[][]{{org.bidbench.ui.sales.internal.Messages.QuotesPage_clientPdf, "client.pdf"}, //$NON-NLS-1$
				{org.bidbench.ui.sales.internal.Messages.QuotesPage_internalReview, "review.pdf"}}) { //$NON-NLS-1$
			answer(form -> {
				form.type(org.bidbench.ui.sales.internal.Messages.QuoteDocuments_file, pdfs.resolve(document[1]).toString());
				return true;
			});
			WidgetDriver.press(quotes.getPartControl(), document[0]);
			Job.getJobManager().join(QuoteDocuments.FAMILY, null);
			byte[] pdf = Files.readAllBytes(pdfs.resolve(document[1]));
			assertTrue(pdf.length > 5_000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"), document[1]); //$NON-NLS-1$
		}

		// A revision with one changed line: only it is asked again, the inbox says the rest carried over.
		Quote second = run(() -> ops().newQuoteRevision(first, liNa));
		QuoteLine changed = second.getLines().get(0);
		BigDecimal quantity = changed.getQuantity().multiply(new BigDecimal("1.10")).setScale(3, RoundingMode.HALF_UP); //$NON-NLS-1$
		run(() -> {
			ops().editQuoteLine(changed, quantity, changed.getUnitPrice(), changed.getDiscountPercent());
			ops().submitQuoteForReview(second);
			return null;
		});
		as(zhangWei);
		ApprovalInbox.Request again = requestFor(second);
		assertEquals(List.of(changed), again.asked(), "only the changed line is asked again");
		assertEquals(second.getLines().size() - 1, again.carried().size());
		assertEquals(NLS.bind(Messages.Inbox_changedLines, 1, second.getLines().size() - 1), inbox.linesText(again));
		inbox.select(again);
		assertTrue(inbox.details().contains(NLS.bind(Messages.Inbox_carriedHeading, SalesWording.role(EmployeeRole.TECHNICAL_LEAD))), inbox.details());
		assertNull(inbox.decide(again, true));
		// Finance approves the revision with the inbox's own Approve button.
		as(wangFang);
		assertEquals(1, requestFor(second).asked().size());
		inbox.select(requestFor(second));
		inbox.approveButton().notifyListeners(SWT.Selection, new Event());
		WidgetDriver.dispatch();
		assertEquals(QuoteStatus.APPROVED, second.getStatus(), "the inbox's button approved it");

		// The line diff between the two revisions: the one changed line, the rest unchanged.
		List<LineDifference> diff = QuoteDiffDialog.differences(first, second);
		assertEquals(LineDifference.Change.CHANGED, diff.get(0).change());
		assertEquals(changed.getKey(), diff.get(0).key());
		assertEquals(1, diff.stream().filter(d -> d.change() != LineDifference.Change.UNCHANGED).count());
		QuoteDiffDialog diffDialog = new QuoteDiffDialog(board.getSite().getShell(), deal.getQuotes(), second);
		diffDialog.setBlockOnOpen(false);
		diffDialog.open();
		assertEquals(second.getLines().size(), diffDialog.rowCount());
		assertEquals(NLS.bind(org.bidbench.ui.sales.internal.Messages.QuoteDiff_summary, new Object[]{1, 0, 0, second.getLines().size() - 1,
				SalesLabels.money(QuoteAmounts.total(first)), SalesLabels.money(QuoteAmounts.total(second))}), diffDialog.summary());
		diffDialog.close();

		as(chenJing);
		WidgetDriver.selectRow(quotes.getPartControl(), 0, q -> q == second);
		WidgetDriver.press(quotes.getPartControl(), org.bidbench.ui.sales.internal.Messages.QuotesPage_release);
		assertEquals(QuoteStatus.SUPERSEDED, first.getStatus());

		// Undo and redo of a board move.
		as(liNa);
		assertNull(board.moveCard(deal, stage("stage-negotiation")), "the bid stage is optional; the released quote meets the gate");
		assertSame(stage("stage-negotiation"), columnOf(deal).stage());
		assertTrue(session.commandStack().getUndoCommand().getLabel().contains(SalesWording.stage(stage("stage-negotiation"))));
		session.commandStack().undo();
		assertSame(stage("stage-quote"), deal.getStage());
		assertSame(stage("stage-quote"), columnOf(deal).stage(), "the board follows the undo");
		session.commandStack().redo();
		assertSame(stage("stage-negotiation"), columnOf(deal).stage(), "and the redo");
		assertNull(board.moveCard(deal, stage("stage-contract")));
		assertNotNull(board.moveCard(deal, stage("stage-execution")), "no signed contract yet");

		// Contract, milestones, a partial and a full collection.
		as(chenJing);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		// On the Contract page: the contract from the released quote, then its two milestones.
		SalesFormPage contractPage = WidgetDriver.page(editor, ContractPage.ID);
		WidgetDriver.press(contractPage.getPartControl(), org.bidbench.ui.sales.internal.Messages.ContractPage_create);
		Contract contract = deal.getContract();
		assertNotNull(contract, "the page made the contract: " + refusals);
		assertSame(second, contract.getQuote(), "from the released revision");
		for (String[] milestone : new String[][]{{"Advance", "30", "10", "20"}, {"Completion", "70", "90", "120"}}) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			answer(form -> {
				form.type(org.bidbench.ui.sales.internal.Messages.ContractPage_name, milestone[0]);
				form.type(org.bidbench.ui.sales.internal.Messages.ContractPage_percent, milestone[1]);
				form.type(org.bidbench.ui.sales.internal.Messages.ContractPage_plannedFormat, today.plusDays(Long.parseLong(milestone[2])).toString());
				form.type(org.bidbench.ui.sales.internal.Messages.ContractPage_dueFormat, today.plusDays(Long.parseLong(milestone[3])).toString());
				return true;
			});
			WidgetDriver.press(contractPage.getPartControl(), org.bidbench.ui.sales.internal.Messages.ContractPage_addMilestone);
		}
		assertEquals(2, contract.getMilestones().size());
		PaymentMilestone advance = contract.getMilestones().get(0);
		assertEquals("Advance", advance.getName()); //$NON-NLS-1$
		assertEquals(today.plusDays(20), advance.getDueDate());
		assertTrue(advance.getAmount().amount().compareTo(contract.getMilestones().get(1).getAmount().amount()) < 0, "30 % is less than 70 %");
		assertNull(board.moveCard(deal, stage("stage-execution")));
		assertEquals(OpportunityStatus.WON, deal.getStatus());
		assertSame(stage("stage-execution"), columnOf(deal).stage(), "won with money to collect: still on the board");
		deadlines.setScope(DueItems.Scope.MINE);
		assertEquals(2, deadlines.items().stream().filter(i -> i.kind() == DueItem.Kind.MILESTONE).count(),
				"both milestones are the commercial lead's to collect");
		clock.advance(Duration.ofDays(10));
		LocalDate delivered = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		WidgetDriver.selectRow(contractPage.getPartControl(), 0, m -> m == advance);
		WidgetDriver.press(contractPage.getPartControl(), org.bidbench.ui.sales.internal.Messages.ContractPage_markDelivered);
		WidgetDriver.press(contractPage.getPartControl(), org.bidbench.ui.sales.internal.Messages.ContractPage_markInvoiced);
		assertEquals(delivered, advance.getDeliveredOn());
		assertEquals(delivered, advance.getInvoicedOn());
		Money half = advance.getAmount().times(new BigDecimal("0.5")).rounded(); //$NON-NLS-1$
		// A collection larger than what is due is refused in the dialog's operation and changes nothing.
		answer(form -> {
			form.type(NLS.bind(org.bidbench.ui.sales.internal.Messages.ContractPage_collectAmount, "CNY"), //$NON-NLS-1$
					advance.getAmount().amount().add(BigDecimal.ONE).toPlainString());
			form.type(org.bidbench.ui.sales.internal.Messages.ContractPage_collectedOn, today.plusDays(15).toString());
			return true;
		});
		WidgetDriver.press(contractPage.getPartControl(), org.bidbench.ui.sales.internal.Messages.ContractPage_recordCollection);
		assertEquals(1, refusals.size(), "more than is due is refused: " + refusals);
		assertNull(advance.getCollectedAmount());
		answer(form -> {
			form.type(NLS.bind(org.bidbench.ui.sales.internal.Messages.ContractPage_collectAmount, "CNY"), half.amount().toPlainString()); //$NON-NLS-1$
			form.type(org.bidbench.ui.sales.internal.Messages.ContractPage_collectedOn, today.plusDays(15).toString());
			return true;
		});
		WidgetDriver.press(contractPage.getPartControl(), org.bidbench.ui.sales.internal.Messages.ContractPage_recordCollection);
		assertEquals(0, advance.getCollectedAmount().compareTo(half), "the partial collection is recorded");
		assertEquals(2, deadlines.items().stream().filter(i -> i.kind() == DueItem.Kind.MILESTONE).count(), "a partial collection leaves it due");
		Money rest = SalesOperations.outstanding(advance);
		// The dialog proposes what is still due: accepting it collects the rest.
		answer(form -> {
			form.type(org.bidbench.ui.sales.internal.Messages.ContractPage_collectedOn, today.plusDays(18).toString());
			return true;
		});
		WidgetDriver.press(contractPage.getPartControl(), org.bidbench.ui.sales.internal.Messages.ContractPage_recordCollection);
		assertEquals(0, rest.amount().compareTo(advance.getCollectedAmount().amount().subtract(half.amount())));
		assertEquals(0, advance.getCollectedAmount().compareTo(advance.getAmount()), "fully collected");
		assertEquals(1, deadlines.items().stream().filter(i -> i.kind() == DueItem.Kind.MILESTONE).count(), "only the completion is left to collect");

		// Saved atomically and read back.
		session.save();
		SalesWorkspace reread = SalesWorkspaceFolder.load(folder).workspace();
		Opportunity back = reread.getOpportunities().get(0);
		assertEquals("stage-execution", back.getStage().getId()); //$NON-NLS-1$
		assertEquals(OpportunityStatus.WON, back.getStatus());
		assertEquals(2, back.getQuotes().size());
		assertEquals(QuoteStatus.ACCEPTED, back.getQuotes().get(1).getStatus(), "the contract was signed on it");
		assertEquals(0, back.getContract().getMilestones().get(0).getCollectedAmount().compareTo(advance.getAmount()));
	}

	@Test
	void dropOnClosedLostAsksWhyAndWhoWon() {
		Customer customer = run(() -> ops().createCustomer("华东水务", "water", "East", CustomerTier.STANDARD)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Opportunity deal = run(() -> ops().createOpportunity(customer, "Pump station", Money.of("800000", "CNY"), liNa)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		answers.lost = null;
		assertFalse(board.closeLost(deal), "cancelled: nothing changes");
		assertEquals(OpportunityStatus.OPEN, deal.getStatus());
		answers.lost = new CloseLostDialog.Answer("Price 12 % above the winner", "Grundfos"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(board.closeLost(deal));
		assertEquals(OpportunityStatus.LOST, deal.getStatus());
		assertEquals("Grundfos", deal.getWinningCompetitor()); //$NON-NLS-1$
		assertEquals("Price 12 % above the winner", deal.getLostReason()); //$NON-NLS-1$
		assertNull(columnOf(deal), "a lost deal leaves the board");
		MoveRefusal refusal = board.moveCard(deal, stage("stage-qualification"));
		assertNotNull(refusal, "a lost deal does not move");
		assertTrue(refusal.message().contains("closed lost"), refusal.message()); //$NON-NLS-1$
		session.commandStack().undo();
		assertEquals(OpportunityStatus.OPEN, deal.getStatus(), "undo reopens it");
		assertNotNull(columnOf(deal));
	}

	@Test
	void timeLeftReadsAsPeopleSayIt() {
		Instant now = Instant.parse("2026-12-03T09:00:00Z");
		assertEquals(NLS.bind(Messages.Time_left, NLS.bind(Messages.Time_hoursMinutes, 5, 12)),
				SalesWording.timeLeft(now.plus(Duration.ofMinutes(5 * 60 + 12)), now));
		assertEquals(NLS.bind(Messages.Time_overdueBy, NLS.bind(Messages.Time_hours, 3)), SalesWording.timeLeft(now.minus(Duration.ofHours(3)), now));
		if (!SalesWording.chinese()) {
			assertEquals("5 h 12 min left", SalesWording.timeLeft(now.plus(Duration.ofMinutes(5 * 60 + 12)), now)); //$NON-NLS-1$
			assertEquals("overdue by 3 h", SalesWording.timeLeft(now.minus(Duration.ofHours(3)), now)); //$NON-NLS-1$
			assertEquals("2 d 4 h left", SalesWording.timeLeft(now.plus(Duration.ofHours(52)), now)); //$NON-NLS-1$
		}
	}
}
