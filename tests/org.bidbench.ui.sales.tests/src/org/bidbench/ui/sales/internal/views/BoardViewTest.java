package org.bidbench.ui.sales.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.BidBenchPerspectives;
import org.bidbench.ui.sales.SalesSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The board on the demo workspace: every open deal once, in its stage's column; the keyboard's move menu. */
class BoardViewTest {

	@AfterEach
	void systemClock() {
		SalesSession.get().setClock(Clock.systemDefaultZone());
	}

	@Test
	void everyOpenDealIsOneCardInItsStageColumn() throws Exception {
		LocalDate day = LocalDate.of(2026, 11, 26);
		Path folder = Files.createTempDirectory("bidbench-board").resolve("sales"); //$NON-NLS-1$ //$NON-NLS-2$
		DemoWorkspaceFactory.write(folder, DemoWorkspaceFactory.DEFAULT_SEED, day);
		SalesSession session = SalesSession.get();
		session.setClock(Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		session.load(folder);
		SalesWorkspace workspace = session.workspace();
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.SALES,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		BoardView board = (BoardView) page.showView(BoardView.ID);

		assertEquals(workspace.getProcess().getStages().size(), board.shown().columns().size(), "a column per stage");
		for (Opportunity opportunity : workspace.getOpportunities()) {
			PipelineBoard.Card card = board.shown().card(opportunity);
			if (opportunity.getStatus() == OpportunityStatus.OPEN) {
				assertNotNull(card, opportunity.getId() + " is open and on the board");
				assertTrue(board.shown().column(opportunity.getStage()).cards().contains(card), "in its own stage's column");
				assertTrue(card.winProbability() >= 0 && card.winProbability() <= 1);
			} else if (opportunity.getStatus() == OpportunityStatus.LOST) {
				assertEquals(null, card, opportunity.getId() + " is lost and off the board");
			}
		}
		long cards = board.shown().columns().stream().mapToLong(c -> c.cards().size()).sum();
		assertEquals(cards, board.cardControls().size(), "one painted card per deal");
		assertTrue(board.shown().columns().stream().flatMap(c -> c.cards().stream()).anyMatch(PipelineBoard.Card::isOverdue),
				"the demo has overdue gates, marked on their cards");

		Opportunity open = workspace.getOpportunities().stream().filter(o -> o.getStatus() == OpportunityStatus.OPEN).findFirst().orElseThrow();
		Menu menu = new Menu(board.getSite().getShell(), SWT.POP_UP);
		board.fillMoveMenu(menu, open);
		MenuItem[] items = menu.getItems();
		assertEquals(workspace.getProcess().getStages().size() + 2, items.length, "every stage, a separator, Close lost");
		int current = workspace.getProcess().getStages().indexOf(open.getStage());
		assertTrue(items[current].getSelection(), "the current stage is checked");
		assertFalse(items[current].isEnabled(), "and cannot be chosen");
		assertEquals(Messages.Board_closeLostMenu, items[items.length - 1].getText());
		menu.dispose();
	}
}
