package org.bidbench.ui.sales.internal.editors;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.ui.BidBenchPerspectives;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.navigator.SalesNavigator;
import org.bidbench.ui.sales.internal.views.MoveRefusal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of the navigator, every page of the opportunity editor, the customer editor and the
 * refused-move dialog, for people to look at. Runs only when {@code -Dbidbench.shots=FOLDER} is
 * given (run it once with {@code -Duser.language=zh -Duser.country=CN} for the Chinese ones).
 */
class SalesEditorsScreenshots {

	@Test
	void shoot() throws Exception {
		String target = System.getProperty("bidbench.shots");
		if (target == null) {
			System.out.println("SalesEditorsScreenshots: no screenshots without -Dbidbench.shots=FOLDER"); //$NON-NLS-1$
			return;
		}
		Path shots = Files.createDirectories(Path.of(target));
		String language = org.bidbench.ui.sales.internal.views.SalesWording.chinese() ? "zh" : "en"; //$NON-NLS-1$ //$NON-NLS-2$
		// The pointer away from the parts: a tooltip over a card or a row would hide what the shot is for.
		Display.getCurrent().setCursorLocation(Display.getCurrent().getPrimaryMonitor().getBounds().width - 2, 2);
		Path folder = Files.createTempDirectory("bidbench-shots").resolve("sales");
		DemoWorkspaceFactory.write(folder, DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.of(2026, 11, 26));
		SalesSession session = SalesSession.get();
		session.setClock(Clock.fixed(Instant.parse("2026-11-26T18:00:00Z"), ZoneOffset.UTC));
		session.load(folder);
		SalesWorkspace workspace = session.workspace();

		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(Display.getCurrent().getPrimaryMonitor().getBounds());
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.SALES, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		page.resetPerspective();
		SalesNavigator navigator = (SalesNavigator) page.showView(SalesNavigator.ID);
		settle();
		navigator.viewer().expandToLevel(2);
		Opportunity opportunity = workspace.getOpportunities().stream()
				.filter(o -> o.getStatus() == OpportunityStatus.OPEN && o.getContract() == null && !o.getQuotes().isEmpty()
						&& !o.getActivities().isEmpty() && o.getStage() != null && o.getStage().getName().equals("Quote"))
				.findFirst().orElse(workspace.getOpportunities().get(0));
		navigator.reveal(opportunity);
		settle();
		save(shell, shots.resolve("navigator-" + language + ".png"));

		OpportunityEditor editor = (OpportunityEditor) SalesEditors.open(page, opportunity);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		for (SalesFormPage formPage : editor.salesPages()) {
			editor.setActivePage(formPage.getId());
			settle();
			save(shell, shots.resolve("opportunity-" + formPage.getId() + "-" + language + ".png"));
		}
		Opportunity won = workspace.getOpportunities().stream().filter(o -> o.getContract() != null && !o.getContract().getMilestones().isEmpty())
				.findFirst().orElseThrow();
		OpportunityEditor wonEditor = (OpportunityEditor) SalesEditors.open(page, won);
		wonEditor.setActivePage(ContractPage.ID);
		settle();
		save(shell, shots.resolve("opportunity-contract-signed-" + language + ".png"));

		// The line diff between the two latest revisions of a deal that has two.
		Opportunity revised = workspace.getOpportunities().stream().filter(o -> o.getQuotes().size() > 1).findFirst().orElse(null);
		if (revised != null) {
			Quote latest = revised.getQuotes().stream().max(java.util.Comparator.comparingInt(Quote::getRevision)).orElseThrow();
			QuoteDiffDialog diff = new QuoteDiffDialog(shell, revised.getQuotes(), latest);
			diff.setBlockOnOpen(false);
			diff.open();
			settle();
			save(shell, shots.resolve("quote-diff-" + language + ".png"));
			diff.close();
		}

		CustomerEditor customer = (CustomerEditor) SalesEditors.open(page, opportunity.getCustomer());
		settle();
		save(shell, shots.resolve("customer-" + language + ".png"));
		page.setPartState(page.getReference(customer), IWorkbenchPage.STATE_RESTORED);

		Stage solution = workspace.getProcess().getStages().get(2);
		Opportunity early = workspace.getOpportunities().stream().filter(o -> o.getStatus() == OpportunityStatus.OPEN && o.getStage() != null
				&& o.getStage().getName().equals("Qualification") && !MoveRefusal.of(o, solution, null).blocking().isEmpty())
				.findFirst().orElseThrow();
		String reason = session.operations().checkMove(early, solution).message();
		RefusedMoveDialog dialog = new RefusedMoveDialog(shell, MoveRefusal.of(early, solution, reason));
		dialog.setBlockOnOpen(false);
		dialog.open();
		settle();
		save(shell, shots.resolve("refused-move-" + language + ".png"));
		dialog.close();
		page.closeAllEditors(false);
		assertTrue(Files.size(shots.resolve("navigator-" + language + ".png")) > 0);
	}

	private static void settle() throws InterruptedException {
		Display display = Display.getCurrent();
		for (int i = 0; i < 20; i++) {
			while (display.readAndDispatch()) {
				// run what is queued
			}
			Thread.sleep(25);
		}
	}

	/** The whole screen (the workbench window and any dialog over it) as a PNG. */
	private static void save(Shell shell, Path file) {
		Display display = shell.getDisplay();
		Rectangle bounds = display.getPrimaryMonitor().getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		gc.copyArea(image, 0, 0);
		gc.dispose();
		ImageData data = image.getImageData();
		image.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[]{data};
		loader.save(file.toString(), SWT.IMAGE_PNG);
	}
}
