package org.bidbench.ui.bim.internal;

import static org.bidbench.ui.bim.internal.ModelEditorUiTest.drain;
import static org.bidbench.ui.bim.internal.ModelEditorUiTest.waitFor;
import static org.bidbench.ui.bim.internal.ModelEditorUiTest.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.qto.ConfirmedMatches;
import org.bidbench.qto.ElementMatch;
import org.bidbench.qto.ModelDiffResult;
import org.bidbench.ui.BidBenchPerspectives;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The take-off view compares an older version of the open model with it: a window the exporter gave
 * a new GlobalId, renamed and nudged by a centimetre is not paired for sure but offered as a doubtful
 * pair; the person confirms it in the dialog, the pair is saved beside the two files' hashes, and
 * the next comparison pairs it as confirmed: nothing added, nothing removed.
 */
class RevisionMatchesUiTest {

	private static final String WINDOW = "1srAI$R4T8ihLXSNHmUSET";
	private static final String NEW_ID = "3Zz9YyXxWwVvUuTtSsRrQq";

	@AfterEach
	void closeEditors() {
		window().getActivePage().closeAllEditors(false);
		drain();
	}

	/** AC20 as the next export writes it: one window with a new GlobalId, another name, 1 cm to the side. */
	private static Path revised(Path original, Path folder) throws Exception {
		String text = Files.readString(original, StandardCharsets.ISO_8859_1);
		String before = "#23024= IFCWINDOW('" + WINDOW + "',#12,'EG-Fenster-6',";
		assertTrue(text.contains(before), "the sample still has window EG-Fenster-6");
		text = text.replace(before, "#23024= IFCWINDOW('" + NEW_ID + "',#12,'EG-Fenster-6 (neu)',");
		String point = "#22369= IFCCARTESIANPOINT((-1.,0.,0.));";
		assertTrue(text.contains(point));
		text = text.replace(point, "#22369= IFCCARTESIANPOINT((-0.99,0.,0.));");
		Path out = folder.resolve("AC20-FZK-Haus-r2.ifc");
		Files.writeString(out, text, StandardCharsets.ISO_8859_1);
		return out;
	}

	private static RevisionComparison compare(TakeoffView view, Path oldFile, RevisionComparison previous) throws Exception {
		Job job = view.compareRevision(oldFile);
		assertNotNull(job, "the open model has a file to compare with");
		job.join();
		waitFor(() -> view.revisionComparison() != null && view.revisionComparison() != previous, 60_000, "the comparison");
		drain();
		return view.revisionComparison();
	}

	@Test
	void aDoubtfulPairIsConfirmedInTheTakeoffViewAndReusedByTheNextComparison(@TempDir Path folder) throws Exception {
		Path original = ModelEditorUiTest.sample();
		Path revised = revised(original, folder);
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(BidBenchPerspectives.PRESALES_BIM, window());
		ModelEditor editor = (ModelEditor) OpenModelHandler.open(page, revised);
		assertNotNull(editor);
		waitFor(editor::isLoaded, 120_000, "the revised model to load");
		TakeoffView view = (TakeoffView) page.showView(TakeoffView.ID);
		view.askPerson(false);
		assertTrue(view.choosePack("general-building"));
		page.activate(editor);
		drain();

		RevisionComparison first = compare(view, original, null);
		ModelDiffResult d = first.diff();
		ElementMatch window = d.doubtful().stream().filter(m -> m.oldGlobalId().equals(WINDOW) && m.newGlobalId().equals(NEW_ID))
				.findFirst().orElseThrow(() -> new AssertionError("the window is offered as a doubtful pair: " + d.doubtful()));
		assertTrue(window.confidence() >= 0.5 && window.confidence() < 0.9, "neither sure nor hopeless: " + window.confidence());
		assertTrue(d.removed().stream().anyMatch(c -> c.globalId().equals(WINDOW)), "not paired yet: removed");
		assertTrue(d.added().stream().anyMatch(c -> c.globalId().equals(NEW_ID)), "and added");
		assertTrue(view.summaryText().contains(RevisionMatchesDialog.counts(d)), view.summaryText());

		RevisionMatchesDialog dialog = new RevisionMatchesDialog(view.getSite().getShell(), first);
		dialog.setBlockOnOpen(false);
		dialog.open();
		drain();
		assertEquals(d.doubtful().size(), dialog.table().getTable().getItemCount(), "every doubtful pair is listed");
		dialog.table().setChecked(window, true);
		assertTrue(dialog.globalIdsFit(), "both GlobalIds are shown whole");
		// as narrow as a take-off view docked at the side: the ids keep their width (the table scrolls)
		dialog.getShell().setSize(520, dialog.getShell().getSize().y);
		drain();
		assertTrue(dialog.globalIdsFit(), "both GlobalIds are still shown whole in a narrow dialog");
		Path shotsNarrow = Path.of(System.getProperty("bidbench.screenshots", "target/screenshots")).toAbsolutePath();
		Files.createDirectories(shotsNarrow);
		dialog.getShell().setLocation(40, 40);
		drain();
		Thread.sleep(300);
		drain();
		assertEquals(0, new ProcessBuilder("import", "-window", "root", shotsNarrow.resolve("revision-matches-narrow.png").toString())
				.inheritIO().start().waitFor());
		dialog.getShell().setSize(dialog.getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT));
		drain();
		Path shots = Path.of(System.getProperty("bidbench.screenshots", "target/screenshots")).toAbsolutePath();
		Files.createDirectories(shots);
		dialog.getShell().setLocation(40, 40);
		drain();
		Thread.sleep(300);
		drain();
		Process capture = new ProcessBuilder("import", "-window", "root", shots.resolve("revision-matches.png").toString()).inheritIO()
				.start();
		assertEquals(0, capture.waitFor());
		dialog.confirmButton().notifyListeners(SWT.Selection, new Event());
		drain();
		assertEquals(java.util.List.of(window), dialog.confirmedPairs());
		Path saved = first.confirmed().file();
		assertTrue(Files.isRegularFile(saved) && saved.startsWith(folder.resolve(ConfirmedMatches.FOLDER)),
				"saved beside the new model: " + saved);
		assertTrue(Files.readString(saved).contains(WINDOW + "\t" + NEW_ID));

		RevisionComparison second = compare(view, original, first);
		ModelDiffResult again = second.diff();
		assertEquals(1, again.matchedByConfirmation(), "the confirmed pair is reused");
		assertEquals(0, again.added().size(), again.added().toString());
		assertEquals(0, again.removed().size(), again.removed().toString());
		assertFalse(again.doubtful().stream().anyMatch(m -> m.newGlobalId().equals(NEW_ID)), "no longer doubtful");
	}
}
