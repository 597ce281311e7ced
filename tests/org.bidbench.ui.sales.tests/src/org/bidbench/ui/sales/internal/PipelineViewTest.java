package org.bidbench.ui.sales.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.BidBenchPerspectives;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The pipeline view in the real workbench, on the demo sales data. */
class PipelineViewTest {

	@Test
	void showsEveryOpenOpportunityOfTheDemoLargestFirst() throws Exception {
		Path folder = Files.createTempDirectory("bidbench-pipeline").resolve("sales");
		DemoWorkspaceFactory.write(folder, DemoWorkspaceFactory.DEFAULT_SEED, LocalDate.of(2026, 11, 26));
		SalesWorkspace workspace = SalesWorkspaceFolder.load(folder).workspace();
		long open = workspace.getOpportunities().stream().filter(o -> o.getStatus() == OpportunityStatus.OPEN).count();
		assertTrue(open > 5, "the demo has an open pipeline");

		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.SALES,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		PipelineView view = (PipelineView) page.showView(PipelineView.ID);
		Job job = view.load(folder);
		while (job.getResult() == null) {
			Display.getCurrent().readAndDispatch();
		}
		// The session tells every open sales view after the load (board, deadlines, inbox too): let the
		// UI thread work through all of them, on a loaded machine as well.
		for (int i = 0; i < 400 && view.rows().size() != open; i++) {
			while (Display.getCurrent().readAndDispatch()) {
				// drain the queue
			}
			Thread.sleep(50);
		}

		List<PipelineView.PipelineRow> rows = view.rows();
		assertEquals(open, rows.size());
		for (int i = 1; i < rows.size(); i++) {
			BigDecimal previous = rows.get(i - 1).opportunity().getAmount().amount();
			assertTrue(previous.compareTo(rows.get(i).opportunity().getAmount().amount()) >= 0, "sorted by amount, largest first");
		}
		assertTrue(rows.stream().allMatch(r -> r.forecast().probability() >= 0 && r.forecast().probability() <= 1));
		String summary = PipelineView.describe(workspace, rows);
		assertTrue(summary.contains(open + " open opportunities"), summary);
	}

	@Test
	void aFolderWithoutSalesDataSaysWhatToDo() throws Exception {
		Path empty = Files.createTempDirectory("bidbench-empty");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PipelineView view = (PipelineView) page.showView(PipelineView.ID);
		Job job = view.load(empty);
		while (job.getResult() == null) {
			Display.getCurrent().readAndDispatch();
		}
		// the session tells its listeners through the display once the job is done
		while (Display.getCurrent().readAndDispatch()) {
			// run what is queued
		}
		assertTrue(view.rows().isEmpty());
		assertTrue(org.bidbench.ui.sales.SalesSession.get().loadMessage().contains(empty.toString()),
				org.bidbench.ui.sales.SalesSession.get().loadMessage());
	}
}
