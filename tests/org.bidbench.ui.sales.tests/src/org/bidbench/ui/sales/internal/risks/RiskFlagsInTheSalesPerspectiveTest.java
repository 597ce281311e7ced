package org.bidbench.ui.sales.internal.risks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.risk.RiskFlag;
import org.bidbench.sales.core.risk.RiskFlags;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.BidBenchPerspectives;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.editors.OpportunityEditor;
import org.bidbench.ui.sales.internal.editors.RisksPage;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.bidbench.ui.sales.internal.views.DeadlinesView;
import org.bidbench.ui.sales.internal.views.DueItems;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The risk flags reach the people in the Sales perspective: the opportunity editor's Risks page
 * lists the deal's flags with owner and next step, the Deadlines view lists the flags the user
 * owns, and a flag acknowledged in one place stops showing as new in both without a reload.
 */
class RiskFlagsInTheSalesPerspectiveTest {

	private static final Instant NOW = Instant.parse("2026-11-26T18:00:00Z");

	private SalesSession session;
	private SalesWorkspace workspace;
	private IWorkbenchPage page;
	private Employee userBefore;

	@BeforeEach
	void loadDemo() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-risk-flags").resolve("sales");
		DemoWorkspaceFactory.write(folder, DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.of(2026, 11, 26));
		session = SalesSession.get();
		session.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
		session.load(folder);
		workspace = session.workspace();
		userBefore = session.currentUser();
		page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.SALES, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		dispatch();
	}

	@AfterEach
	void closeEditors() {
		page.closeAllEditors(false);
		if (userBefore != null && session.workspace() != null) {
			Employee same = session.workspace().getEmployees().stream().filter(e -> e.getId().equals(userBefore.getId())).findFirst()
					.orElse(null);
			if (same != null) {
				session.setCurrentUser(same);
			}
		}
		dispatch();
	}

	@Test
	void theRisksPageListsTheDealsFlagsInWordsAndAnAcknowledgedFlagLeavesTheNewOnes() throws Exception {
		// The open deal with the most flags, so that one acknowledged leaves others behind.
		Map<Opportunity, List<RiskFlag>> byDeal = RiskFlags.of(workspace, NOW).stream()
				.collect(Collectors.groupingBy(RiskFlag::opportunity));
		Opportunity deal = byDeal.keySet().stream().sorted(Comparator.comparing((Opportunity o) -> -byDeal.get(o).size())
				.thenComparing(Opportunity::getId)).findFirst().orElseThrow();
		List<RiskFlag> expected = RiskFlags.of(deal, NOW).stream().filter(RiskFlag::isNew).toList();
		assertTrue(expected.size() >= 2, deal.getId() + " has several flags");

		OpportunityEditor editor = (OpportunityEditor) SalesEditors.open(page, deal);
		editor.setActivePage(RisksPage.ID);
		dispatch();
		RisksPage risks = (RisksPage) editor.salesPages().stream().filter(p -> p instanceof RisksPage).findFirst().orElseThrow();
		RiskFlagTable table = risks.flags();
		assertEquals(keys(expected), keys(table.shown()));
		Table widget = findTable(table);
		assertEquals(expected.size(), widget.getItemCount());
		RiskFlag first = table.shown().get(0);
		// Columns: kind, what, owner, next step, status; the words come from the translations, not the core's English.
		assertEquals(RiskWording.kind(first), widget.getItem(0).getText(0));
		assertEquals(RiskWording.text(first), widget.getItem(0).getText(1));
		assertEquals(RiskWording.owner(first), widget.getItem(0).getText(2));
		assertEquals(RiskWording.nextStep(first), widget.getItem(0).getText(3));
		assertEquals(Messages.Flags_new, widget.getItem(0).getText(4));
		assertNotEquals(first.kind().id(), widget.getItem(0).getText(0));
		shoot("risks-page");

		RiskFlagTable.acknowledge(first, "Agreed a new date with the client.");
		dispatch();
		assertEquals(expected.size() - 1, table.shown().size());
		assertFalse(keys(table.shown()).contains(first.key()), "acknowledged: no longer listed as new");
		table.setShowAcknowledged(true);
		RiskFlag kept = table.shown().stream().filter(f -> f.key().equals(first.key())).findFirst().orElseThrow();
		assertFalse(kept.isNew());
		assertEquals("Agreed a new date with the client.", kept.acknowledgement().getComment());
		assertEquals(expected.size(), table.shown().size());
		assertEquals(first.key(), table.shown().get(table.shown().size() - 1).key(), "acknowledged flags come after the new ones");
		table.setShowAcknowledged(false);

		session.commandStack().undo();
		dispatch();
		assertEquals(keys(expected), keys(table.shown()), "undo makes it new again");
	}

	@Test
	void theDeadlinesViewListsTheFlagsTheUserOwnsAndDropsOneAcknowledgedElsewhere() throws Exception {
		// The person who owns the most new flags.
		Map<Employee, Long> owners = RiskFlags.of(workspace, NOW).stream().filter(f -> f.owner() != null)
				.collect(Collectors.groupingBy(RiskFlag::owner, Collectors.counting()));
		Employee owner = owners.keySet().stream().sorted(Comparator.comparing((Employee e) -> -owners.get(e)).thenComparing(Employee::getId))
				.findFirst().orElseThrow();
		session.setCurrentUser(owner);
		DeadlinesView view = (DeadlinesView) page.showView(DeadlinesView.ID);
		view.setScope(DueItems.Scope.MINE);
		dispatch();
		List<RiskFlag> mine = RiskFlags.ownedBy(workspace, owner, NOW).stream().filter(RiskFlag::isNew).toList();
		assertEquals(keys(mine), keys(view.flags().shown()));
		assertTrue(view.flags().shown().stream().allMatch(f -> f.owner() == owner));
		shoot("deadlines-flags");

		view.setScope(DueItems.Scope.TEAM);
		dispatch();
		assertTrue(view.flags().shown().size() >= mine.size(), "the team's flags include mine");

		view.setScope(DueItems.Scope.MINE);
		RiskFlag flag = view.flags().shown().get(0);
		// Acknowledged through the session (as the cockpit or the Risks page does): the view follows without a reload.
		RiskFlagTable.acknowledge(flag, "Payment promised for Friday.");
		dispatch();
		assertEquals(mine.size() - 1, view.flags().shown().size());
		assertFalse(keys(view.flags().shown()).contains(flag.opportunity().getId() + "/" + flag.key()));
		session.commandStack().undo();
		dispatch();
		assertEquals(keys(mine), keys(view.flags().shown()));
	}

	/** Saves the workbench window to FOLDER/NAME-LANG.png when -Dbidbench.shots=FOLDER is given. */
	private static void shoot(String name) throws Exception {
		String folder = System.getProperty("bidbench.shots");
		if (folder == null) {
			return;
		}
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1600, 1000);
		dispatch();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[]{image.getImageData()};
		Files.createDirectories(Path.of(folder));
		String language = java.util.Locale.getDefault().getLanguage().equals("zh")
				|| org.eclipse.core.runtime.Platform.getNL().startsWith("zh") ? "zh" : "en";
		loader.save(Path.of(folder, name + "-" + language + ".png").toString(), SWT.IMAGE_PNG);
		image.dispose();
	}

	private static List<String> keys(List<RiskFlag> flags) {
		return flags.stream().map(f -> f.opportunity().getId() + "/" + f.key()).sorted().toList();
	}

	private static Table findTable(RiskFlagTable table) {
		return (Table) java.util.Arrays.stream(table.control().getChildren()).filter(c -> c instanceof Table).findFirst().orElseThrow();
	}

	private static void dispatch() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 20; i++) {
			while (display.readAndDispatch()) {
				// let the session's notifications and the layout through
			}
		}
	}
}
