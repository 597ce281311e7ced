package org.bidbench.ui.sales.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.bidbench.sales.core.quote.QuoteFlags;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.quote.takeoff.TakeoffSources;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.FlagSeverity;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteFlag;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.BidBenchPerspectives;
import org.bidbench.ui.sales.SalesSession;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The technical reviewer acknowledges a quote revision's take-off flags as part of the approval
 * from the inbox: the dialog needs every error ticked and a comment; the acknowledgement and the
 * approval are one undoable command; others approve without being asked.
 */
class FlagAcknowledgementTest {

	private final SalesSession session = SalesSession.get();
	private SalesWorkspace workspace;
	private Quote quote;
	private QuoteFlag error;
	private QuoteFlag warning;
	private Employee technical;
	private Employee finance;
	private IWorkbenchPage page;
	private ApprovalsView inbox;

	@BeforeEach
	void quoteWithFlagsInReview() throws Exception {
		LocalDate day = LocalDate.of(2026, 12, 3);
		Path folder = Files.createTempDirectory("bidbench-flags").resolve("sales"); //$NON-NLS-1$ //$NON-NLS-2$
		DemoWorkspaceFactory.write(folder, DemoWorkspaceFactory.DEFAULT_SEED, day);
		session.setClock(Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		session.load(folder);
		workspace = session.workspace();
		SalesOperations ops = new SalesOperations(workspace, session.clock());
		Opportunity deal = workspace.getOpportunities().stream()
				.filter(o -> o.getStatus() == OpportunityStatus.OPEN && o.getQuotes().isEmpty() && o.getTeam() != null)
				.findFirst().orElseThrow();
		technical = employee(EmployeeRole.TECHNICAL_LEAD);
		finance = employee(EmployeeRole.FINANCE);
		Employee salesLead = deal.getTeam().getSalesLead();
		Path model = Path.of(System.getProperty("bidbench.samples", "../shared/samples/ifc"), "AC20-FZK-Haus.ifc"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(Files.isRegularFile(model), "the sample model is at " + model.toAbsolutePath());
		RulePack pack = RulePacks.builtIn(RulePacks.GB50500);
		PriceCatalog catalog = PriceCatalogFile.sample(pack.getId());
		var takeoff = TakeoffSources.of(new TakeoffSession(IfcModel.open(model), ComputedQuantitySource.NONE).run(pack));
		quote = run(() -> {
			workspace.getPriceCatalogs().add(catalog);
			ops.setTeamMember(deal, TeamRole.TECHNICAL, technical);
			Quote q = ops.createQuoteRevision(deal, takeoff, catalog, null, salesLead);
			q.getFlags().clear();
			error = flag(q, "missing-quantity", FlagSeverity.ERROR, q.getLines().get(0).getGlobalIds().get(0),
					"IfcWall 'Wand-Ext-ERDG-1': no NetSideArea and the solid is open"); //$NON-NLS-1$ //$NON-NLS-2$
			warning = flag(q, "source-mismatch", FlagSeverity.WARNING, q.getLines().get(1).getGlobalIds().get(0),
					"authored NetVolume 2.90 but computed 2.96, 2.1 % apart"); //$NON-NLS-1$ //$NON-NLS-2$
			ops.submitQuoteForReview(q);
			return q;
		});
		page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.SALES,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		inbox = (ApprovalsView) page.showView(ApprovalsView.ID);
	}

	@AfterEach
	void realDialogsAndClock() {
		inbox.setPrompts(null);
		session.setClock(Clock.systemDefaultZone());
	}

	private static QuoteFlag flag(Quote q, String kind, FlagSeverity severity, String globalId, String message) {
		QuoteFlag f = SalesFactory.eINSTANCE.createQuoteFlag();
		f.setKind(kind);
		f.setSeverity(severity);
		f.setGlobalId(globalId);
		f.setMessage(message);
		q.getFlags().add(f);
		return f;
	}

	private Employee employee(EmployeeRole role) {
		return workspace.getEmployees().stream().filter(e -> e.getRole() == role).findFirst().orElseThrow();
	}

	private <T> T run(Supplier<T> change) {
		return session.execute("test set-up", change); //$NON-NLS-1$
	}

	private ApprovalInbox.Request request() {
		return inbox.requests().stream().filter(r -> r.quote() == quote).findFirst().orElse(null);
	}

	/** Answers like a reviewer: the comment of the approval and what the flag dialog returns. */
	private static final class Answers implements ApprovalsView.Prompts {
		FlagAcknowledgementDialog.Acknowledgement flags;
		int flagQuestions;

		@Override
		public String comment(Shell shell, ApprovalInbox.Request request, boolean approve) {
			return "Quantities checked."; //$NON-NLS-1$
		}

		@Override
		public void refused(Shell shell, String message) {
			throw new AssertionError(message);
		}

		@Override
		public FlagAcknowledgementDialog.Acknowledgement flags(Shell shell, Quote q, Employee user) {
			flagQuestions++;
			return user.getRole() == EmployeeRole.TECHNICAL_LEAD ? flags : FlagAcknowledgementDialog.Acknowledgement.NONE;
		}
	}

	@Test
	void theTechnicalReviewAcknowledgesTheFlagsWithTheApprovalInOneUndoableCommand() {
		Answers answers = new Answers();
		inbox.setPrompts(answers);
		session.setCurrentUser(technical);
		assertNotNull(request(), "the technical lead has the quote in the inbox");

		answers.flags = null; // the reviewer cancels the flag dialog: nothing is recorded
		assertNull(inbox.decide(request(), true));
		assertTrue(quote.getApprovals().isEmpty(), "cancelled: no approval");
		assertFalse(error.isAcknowledged());

		answers.flags = new FlagAcknowledgementDialog.Acknowledgement(List.of(error, warning),
				"Gable walls measured by hand from the drawings: 2 x 7.8 m2."); //$NON-NLS-1$
		assertNull(inbox.decide(request(), true));
		assertEquals(1, quote.getApprovals().size(), "approved");
		assertTrue(error.isAcknowledged() && warning.isAcknowledged());
		assertSame(technical, error.getAcknowledgedBy());
		assertEquals(Instant.parse("2026-12-03T09:00:00Z"), error.getAcknowledgedAt());
		assertEquals("Gable walls measured by hand from the drawings: 2 x 7.8 m2.", error.getComment()); //$NON-NLS-1$
		assertTrue(QuoteFlags.unacknowledged(quote, FlagSeverity.ERROR).isEmpty(), "nothing blocks the release any more");

		session.commandStack().undo();
		assertTrue(quote.getApprovals().isEmpty(), "undo takes the approval back");
		assertFalse(error.isAcknowledged(), "and the acknowledgement with it");
		assertNull(error.getComment());
		session.commandStack().redo();
		assertTrue(error.isAcknowledged());
		assertEquals(1, quote.getApprovals().size());

		// Finance approves next and is not asked about flags.
		session.setCurrentUser(finance);
		int asked = answers.flagQuestions;
		assertNull(inbox.decide(request(), true));
		assertEquals(asked + 1, answers.flagQuestions);
		assertEquals(2, quote.getApprovals().size());
	}

	@Test
	void theDialogNeedsEveryErrorTickedAndAComment() throws Exception {
		assertSame(FlagAcknowledgementDialog.Acknowledgement.NONE, FlagAcknowledgementDialog.ask(null, quote, finance),
				"only the technical lead is asked");
		FlagAcknowledgementDialog dialog = new FlagAcknowledgementDialog(page.getWorkbenchWindow().getShell(), quote);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			spin();
			Button ok = dialog.okButton();
			assertEquals(List.of(error, warning), List.of(dialog.flagTable().getTable().getItem(0).getData(),
					dialog.flagTable().getTable().getItem(1).getData()), "errors first");
			assertTrue(dialog.flagTable().getChecked(error), "errors come ticked");
			// the kind in words of the workbench's language, not the code stored on the quote
			assertEquals(FlagMessages.FlagAck_kindMissingQuantity, dialog.flagTable().getTable().getItem(0).getText(1));
			assertEquals(FlagMessages.FlagAck_kindSourceMismatch, dialog.flagTable().getTable().getItem(1).getText(1));
			assertFalse(dialog.flagTable().getTable().getItem(0).getText(1).contains("-"), "no code: " //$NON-NLS-1$ //$NON-NLS-2$
					+ dialog.flagTable().getTable().getItem(0).getText(1));
			for (org.bidbench.qto.FlagKind kind : org.bidbench.qto.FlagKind.values()) {
				assertFalse(FlagMessages.kindText(kind.label()).equals(kind.label()), "words for " + kind.label()); //$NON-NLS-1$
			}
			assertEquals("some-future-kind", FlagMessages.kindText("some-future-kind"), "an unknown kind shows as stored"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			assertFalse(dialog.flagTable().getChecked(warning), "warnings are the reviewer's choice");
			assertFalse(ok.isEnabled(), "no comment yet");
			assertEquals(FlagMessages.FlagAck_commentNeeded, dialog.missing());
			dialog.commentField().setText("Checked against the drawings."); //$NON-NLS-1$
			assertTrue(ok.isEnabled());
			dialog.flagTable().setChecked(error, false);
			dialog.flagTable().setChecked(error, false);
			dialog.refreshState();
			assertFalse(ok.isEnabled(), "an unticked error blocks the OK");
			assertTrue(dialog.missing().contains("1"), dialog.missing()); //$NON-NLS-1$
			dialog.flagTable().setChecked(error, true);
			dialog.flagTable().setChecked(warning, true);
			dialog.refreshState();
			assertTrue(ok.isEnabled());
			String shots = System.getProperty("bidbench.shots"); //$NON-NLS-1$
			if (shots != null) {
				dialog.getShell().setLocation(40, 40);
				spin();
				Thread.sleep(300);
				spin();
				String language = FlagMessages.FlagAck_ok.equals("Acknowledge") ? "en" : "zh"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Path png = Files.createDirectories(Path.of(shots)).resolve("flag-acknowledgement-" + language + ".png"); //$NON-NLS-1$ //$NON-NLS-2$
				Process process = new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				assertEquals(0, process.waitFor());
			}
			ok.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			FlagAcknowledgementDialog.Acknowledgement result = dialog.result();
			assertNotNull(result);
			assertEquals(List.of(error, warning), result.flags());
			assertEquals("Checked against the drawings.", result.comment()); //$NON-NLS-1$
		} finally {
			dialog.close();
		}
	}

	private static void spin() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let the dialog lay out and paint
		}
	}
}
