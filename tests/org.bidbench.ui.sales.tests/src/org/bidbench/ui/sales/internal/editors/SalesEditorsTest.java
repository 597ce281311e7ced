package org.bidbench.ui.sales.internal.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.operations.SalesOperations;
import org.bidbench.sales.core.operations.TeamRole;
import org.bidbench.sales.core.process.RefusedException;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.model.ActivityKind;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.EmployeeRole;
import org.bidbench.sales.model.Gate;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.LeadStatus;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.BidBenchPerspectives;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.handlers.SalesSave;
import org.bidbench.ui.sales.internal.navigator.NavigatorFilter;
import org.bidbench.ui.sales.internal.navigator.SalesNavigator;
import org.bidbench.ui.sales.internal.views.MoveRefusal;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The navigator and the sales editors in the running workbench, on a fresh demo workspace: every
 * page shows, every kind of edit undoes and redoes through the session, a refused stage move
 * names its gate, the editors follow changes made elsewhere, and a save never overwrites a file
 * another program changed.
 */
class SalesEditorsTest {

	private static final LocalDate DEMO_DAY = LocalDate.of(2026, 11, 26);

	private Path folder;
	private SalesSession session;
	private SalesWorkspace workspace;
	private SalesOperations ops;
	private IWorkbenchPage page;

	@BeforeEach
	void loadDemo() throws Exception {
		folder = Files.createTempDirectory("bidbench-editors").resolve("sales");
		DemoWorkspaceFactory.write(folder, DemoWorkspaceFactory.DEFAULT_SEED, DEMO_DAY);
		session = SalesSession.get();
		session.setClock(Clock.fixed(Instant.parse("2026-11-26T18:00:00Z"), ZoneOffset.UTC));
		session.load(folder);
		workspace = session.workspace();
		ops = session.operations();
		page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.SALES, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		dispatch();
	}

	@AfterEach
	void closeEditors() {
		SalesSave.answerConflictsWith(null);
		page.closeAllEditors(false);
		dispatch();
	}

	@Test
	void theOpportunityEditorShowsEveryPageAndTheCustomerEditorItsContactsAndHistory() throws Exception {
		Opportunity opportunity = open(workspace);
		OpportunityEditor editor = (OpportunityEditor) SalesEditors.open(page, opportunity);
		assertNotNull(editor);
		assertEquals(7, editor.salesPages().size());
		for (int i = 0; i < editor.salesPages().size(); i++) {
			editor.setActivePage(editor.salesPages().get(i).getId());
			dispatch();
			SalesFormPage shown = editor.salesPages().get(i);
			assertNotNull(shown.getManagedForm(), shown.getTitle() + " was built");
			assertFalse(shown.getManagedForm().getForm().getText().isBlank(), shown.getTitle() + " has a heading");
			assertTrue(shown.getManagedForm().getForm().getBody().getChildren().length > 0, shown.getTitle() + " has sections");
		}
		OverviewPage overview = (OverviewPage) editor.salesPages().get(0);
		assertTrue(overview.winProbabilityText().contains("%"), overview.winProbabilityText());
		assertEquals(opportunity.getName(), editor.getPartName());

		Customer customer = opportunity.getCustomer();
		CustomerEditor customerEditor = (CustomerEditor) SalesEditors.open(page, customer);
		dispatch();
		assertEquals(customer.getContacts().size(), customerEditor.page().contacts().getTable().getItemCount());
		long theirs = workspace.getOpportunities().stream().filter(o -> o.getCustomer() == customer).count();
		assertEquals(theirs, customerEditor.page().opportunities().getTable().getItemCount());
	}

	@Test
	void everyKindOfEditUndoesAndRedoes() throws Exception {
		Customer customer = workspace.getCustomers().get(0);
		Employee salesLead = employee(EmployeeRole.SALES_LEAD);
		Employee technicalLead = employee(EmployeeRole.TECHNICAL_LEAD);
		Opportunity fresh = session.execute("New opportunity",
				() -> ops.createOpportunity(customer, "Test plant room", Money.of("100000", workspace.getCurrency()), salesLead));
		Stage qualification = workspace.getProcess().getStages().get(1);
		Gate requirements = qualification.getGates().get(0);

		undoRedo("Edit name", () -> fresh.getName(),
				() -> ops.editOpportunity(fresh, "Renamed plant room", fresh.getAmount(), fresh.getExpectedClose(), fresh.getProbability()));
		undoRedo("Set technical lead", () -> TeamRole.TECHNICAL.holder(fresh.getTeam()),
				() -> ops.setTeamMember(fresh, TeamRole.TECHNICAL, technicalLead));
		undoRedo("Move to Qualification", () -> fresh.getStage().getName() + " " + fresh.getStageHistory().size(),
				() -> ops.moveToStage(fresh, qualification, salesLead, null));
		undoRedo("Log visit", () -> fresh.getActivities().size(),
				() -> ops.logActivity(fresh, ActivityKind.VISIT, session.clock().instant(), "First visit", "Met the plant manager", salesLead));
		undoRedo("Submit requirements report", () -> fresh.getDeliverables().size(),
				() -> ops.submitDeliverable(fresh, requirements, folder.resolve("report.pdf").toString(), null, salesLead));
		undoRedo("Accept requirements report", () -> fresh.getDeliverables().get(0).getStatus(),
				() -> ops.reviewDeliverable(fresh.getDeliverables().get(0), technicalLead, true, null));

		Lead lead = workspace.getLeads().stream().filter(l -> l.getStatus() == LeadStatus.NEW && l.getCustomer() != null).findFirst().orElseThrow();
		undoRedo("Convert lead", () -> lead.getStatus() + " " + (lead.getOpportunity() == null ? "-" : lead.getOpportunity().getId())
				+ " " + workspace.getOpportunities().size(), () -> ops.convertLead(lead, null, null, salesLead));

		PaymentMilestone milestone = workspace.getOpportunities().stream().filter(o -> o.getContract() != null)
				.flatMap(o -> o.getContract().getMilestones().stream())
				.filter(m -> m.getInvoicedOn() != null && SalesOperations.outstanding(m).amount().signum() > 0).findFirst().orElseThrow();
		var contract = (org.bidbench.sales.model.Contract) milestone.eContainer();
		int number = contract.getMilestones().indexOf(milestone) + 1;
		LocalDate on = milestone.getInvoicedOn().isAfter(DEMO_DAY) ? milestone.getInvoicedOn() : DEMO_DAY;
		undoRedo("Record collection", () -> String.valueOf(milestone.getCollectedAmount()),
				() -> ops.recordCollection(contract, number, new Money(new BigDecimal("1.00"), SalesOperations.outstanding(milestone).currency()), on));
	}

	@Test
	void aRefusedStageMoveNamesTheGateWhoAndWhatToDoAndChangesNothing() {
		Employee salesLead = employee(EmployeeRole.SALES_LEAD);
		Opportunity fresh = session.execute("New opportunity",
				() -> ops.createOpportunity(workspace.getCustomers().get(1), "Gate test", null, salesLead));
		List<Stage> stages = workspace.getProcess().getStages();
		session.execute("Move to Qualification", () -> {
			ops.moveToStage(fresh, stages.get(1), salesLead, null);
			return null;
		});
		int history = fresh.getStageHistory().size();
		String undoLabel = session.commandStack().getUndoCommand().getLabel();

		RefusedException refused = assertThrows(RefusedException.class, () -> session.execute("Move to Solution", () -> {
			ops.moveToStage(fresh, stages.get(2), salesLead, null);
			return null;
		}));
		assertTrue(refused.getMessage().contains("Requirements analysis report"), refused.getMessage());
		assertTrue(refused.getMessage().contains("responsible"), refused.getMessage());
		assertEquals(stages.get(1), fresh.getStage(), "the refused move changed nothing");
		assertEquals(history, fresh.getStageHistory().size());
		assertEquals(undoLabel, session.commandStack().getUndoCommand().getLabel(), "nothing reached the undo stack");

		MoveRefusal refusal = MoveRefusal.of(fresh, stages.get(2), refused.getMessage());
		assertEquals(1, refusal.blocking().size());
		assertEquals("Requirements analysis report", refusal.blocking().get(0).gate().getName());
		assertTrue(refusal.blocking().get(0).responsible().contains(salesLead.getName()), refusal.blocking().get(0).responsible());
		assertTrue(refusal.blocking().get(0).toDo().contains("Requirements analysis report"), refusal.blocking().get(0).toDo());

		// The editors' move action shows the same refusal the board shows, and changes nothing.
		List<String> shown = new java.util.ArrayList<>();
		SalesActions.showRefusalsTo(shown::add);
		try {
			session.setCurrentUser(salesLead);
			assertFalse(SalesActions.moveStage(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), fresh, stages.get(2)));
		} finally {
			SalesActions.showRefusalsTo(null);
		}
		assertEquals(List.of(refusal.message()), shown);
		assertEquals(stages.get(1), fresh.getStage());
		// The one refusal dialog opens on it (board and editors share it).
		RefusedMoveDialog dialog = new RefusedMoveDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), refusal);
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertTrue(dialog.getShell().isVisible());
		dialog.close();
	}

	@Test
	void theEditorFollowsChangesMadeThroughTheSessionElsewhere() throws Exception {
		Opportunity opportunity = open(workspace);
		OpportunityEditor editor = (OpportunityEditor) SalesEditors.open(page, opportunity);
		editor.setActivePage(TeamPage.ID);
		editor.setActivePage(OverviewPage.ID);
		dispatch();
		String before = opportunity.getName();

		session.execute("Edit name", () -> {
			ops.editOpportunity(opportunity, before + " (phase 2)", opportunity.getAmount(), opportunity.getExpectedClose(),
					opportunity.getProbability());
			return null;
		});
		dispatch();
		assertEquals(before + " (phase 2)", editor.getPartName());
		assertTrue(texts(editor.salesPages().get(0).getManagedForm().getForm().getBody()).contains(before + " (phase 2)"));
		assertTrue(editor.isDirty());

		Employee pm = workspace.getEmployees().stream().filter(e -> e.getRole() == EmployeeRole.PROJECT_MANAGER
				&& e != TeamRole.PROJECT_MANAGER.holder(opportunity.getTeam())).findFirst().orElseThrow();
		session.execute("Set project manager", () -> {
			ops.setTeamMember(opportunity, TeamRole.PROJECT_MANAGER, pm);
			return null;
		});
		dispatch();
		assertTrue(combos(editor.salesPages().get(1).getManagedForm().getForm().getBody()).contains(SalesLabels.employee(pm)));

		session.execute("Empty sales seat", () -> {
			ops.setTeamMember(opportunity, TeamRole.SALES, null);
			return null;
		});
		dispatch();
		assertNotNull(((TeamPage) editor.salesPages().get(1)).warning(), "an empty seat is warned about");

		session.commandStack().undo();
		session.commandStack().undo();
		session.commandStack().undo();
		dispatch();
		assertEquals(before, editor.getPartName());
		assertFalse(SalesOperations.emptyTeamRoles(opportunity).contains(TeamRole.SALES), "the sales seat is back");
		assertEquals(SalesOperations.emptyTeamRoles(opportunity).isEmpty(), ((TeamPage) editor.salesPages().get(1)).warning() == null);
	}

	@Test
	void theNavigatorFiltersSearchesInChineseAndCounts() throws Exception {
		SalesNavigator navigator = (SalesNavigator) page.showView(SalesNavigator.ID);
		dispatch();
		NavigatorFilter.Result all = navigator.result();
		assertEquals(workspace.getCustomers().size(), all.customers());

		String chinese = workspace.getCustomers().stream().map(Customer::getName).filter(n -> n.codePointAt(0) > 0x2e80).findFirst()
				.orElseThrow().substring(0, 2);
		navigator.filter().search = chinese;
		navigator.applyFilter();
		NavigatorFilter.Result found = navigator.result();
		assertTrue(found.customers() >= 1, chinese);
		assertTrue(found.customers() < all.customers(), chinese);
		assertTrue(found.children().keySet().stream().allMatch(c -> c.getName().contains(chinese)
				|| found.children().get(c).stream().anyMatch(o -> SalesLabels.name(o).contains(chinese))));
		navigator.filter().search = "harbour";
		navigator.applyFilter();
		assertTrue(navigator.result().children().keySet().stream().allMatch(c -> c.getName().toLowerCase().contains("harbour")
				|| navigator.result().children().get(c).stream().anyMatch(o -> SalesLabels.name(o).toLowerCase().contains("harbour"))));

		navigator.filter().search = "";
		navigator.filter().overdue = true;
		navigator.applyFilter();
		var late = NavigatorFilter.overdueOpportunities(workspace, session.clock().instant());
		NavigatorFilter.Result overdue = navigator.result();
		assertTrue(overdue.opportunities() > 0, "the demo has overdue opportunities");
		assertTrue(overdue.children().values().stream().flatMap(List::stream).allMatch(late::contains));
		assertEquals(0, overdue.leads());

		navigator.filter().overdue = false;
		navigator.filter().mine = true;
		navigator.applyFilter();
		Employee me = session.currentUser();
		assertTrue(navigator.result().children().values().stream().flatMap(List::stream)
				.allMatch(o -> o instanceof Opportunity opp
						? opp.getTeam() != null && List.of(TeamRole.values()).stream()
								.anyMatch(r -> r.holder(opp.getTeam()) == me)
						: ((Lead) o).getOwner() == me));
		navigator.filter().mine = false;
		navigator.applyFilter();
	}

	@Test
	void aFileChangedByAnotherProgramIsNeverOverwritten() throws Exception {
		Opportunity opportunity = open(workspace);
		session.execute("Edit name", () -> {
			ops.editOpportunity(opportunity, "Mine", opportunity.getAmount(), opportunity.getExpectedClose(), opportunity.getProbability());
			return null;
		});
		Path changed = folder.resolve(SalesWorkspaceFolder.ROOT);
		String theirs = Files.readString(changed, StandardCharsets.UTF_8) + "<!-- changed by another program -->\n";
		Files.writeString(changed, theirs, StandardCharsets.UTF_8);

		Path elsewhere = folder.getParent().resolve("mine");
		Path[] asked = new Path[1];
		SalesSave.answerConflictsWith(new SalesSave.ConflictAnswer() {
			@Override
			public int choose(Path changedFile) {
				asked[0] = changedFile;
				return 1;
			}

			@Override
			public Path elsewhere() {
				return elsewhere;
			}
		});
		assertTrue(SalesSave.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()));
		assertNotNull(asked[0], "the user was asked");
		assertEquals(theirs, Files.readString(changed, StandardCharsets.UTF_8), "the other program's version is kept");
		assertTrue(Files.isRegularFile(elsewhere.resolve(SalesWorkspaceFolder.ROOT)));
		assertEquals(elsewhere, session.folder());
		assertTrue(session.workspace().getOpportunities().stream().anyMatch(o -> "Mine".equals(o.getName())), "my edit is in my copy");
		assertFalse(session.isDirty());
	}

	private void undoRedo(String label, Supplier<Object> observe, Runnable change) {
		CommandStack stack = session.commandStack();
		Object before = observe.get();
		session.execute(label, () -> {
			change.run();
			return null;
		});
		Object after = observe.get();
		assertNotEquals(before, after, label + " changed something");
		assertEquals(label, stack.getUndoCommand().getLabel(), "Edit > Undo names " + label);
		stack.undo();
		assertEquals(before, observe.get(), label + " undone");
		stack.redo();
		assertEquals(after, observe.get(), label + " redone");
	}

	private Employee employee(EmployeeRole role) {
		return workspace.getEmployees().stream().filter(e -> e.getRole() == role).findFirst().orElseThrow();
	}

	private static Opportunity open(SalesWorkspace workspace) {
		return workspace.getOpportunities().stream().filter(o -> o.getStatus() == OpportunityStatus.OPEN && o.getTeam() != null
				&& o.getTeam().getSalesLead() != null).findFirst().orElseThrow();
	}

	private static String texts(Composite composite) {
		StringBuilder all = new StringBuilder();
		for (Control child : composite.getChildren()) {
			if (child instanceof Text text) {
				all.append(text.getText()).append('\n');
			} else if (child instanceof Composite inner) {
				all.append(texts(inner));
			}
		}
		return all.toString();
	}

	private static String combos(Composite composite) {
		StringBuilder all = new StringBuilder();
		for (Control child : composite.getChildren()) {
			if (child instanceof Combo combo) {
				all.append(combo.getText()).append('\n');
			} else if (child instanceof Composite inner) {
				all.append(combos(inner));
			}
		}
		return all.toString();
	}

	private static void dispatch() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run what is queued
		}
	}
}
