package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.workspace.ConcurrentChangeException;
import org.bidbench.sales.core.workspace.LoadProblem;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.SaveStep;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesWorkspaceFolderTest {

	@TempDir
	Path folder;

	private SalesWorkspace demo;

	private void writeDemo() throws WorkspaceFileException {
		demo = DemoWorkspaceFactory.create(3, LocalDate.of(2026, 11, 26));
		SalesWorkspaceFolder.create(folder, demo).save();
	}

	@Test
	void oneFilePerCustomerAndOpportunityAndEverythingLoadsBack() throws Exception {
		writeDemo();
		assertTrue(Files.exists(folder.resolve("workspace.xmi")));
		assertTrue(Files.exists(folder.resolve("process.xmi")));
		assertEquals(demo.getCustomers().size(), count(folder.resolve("customers")));
		assertEquals(150, count(folder.resolve("opportunities")));

		SalesWorkspaceFolder loaded = SalesWorkspaceFolder.load(folder);
		assertEquals(List.of(), loaded.problems());
		SalesWorkspace ws = loaded.workspace();
		assertEquals(150, ws.getOpportunities().size());
		Opportunity first = ws.getOpportunities().get(0);
		assertFalse(first.eIsProxy());
		assertEquals(first.getStage(), ws.getProcess().getStages().get(ws.getProcess().getStages().indexOf(first.getStage())),
				"stage references resolve into process.xmi");
		assertTrue(EcoreUtil.equals(demo.getOpportunities().get(0), first));
		assertTrue(EcoreUtil.equals(demo, ws), "the whole workspace survives the round trip");
	}

	@Test
	void aCorruptOpportunityIsReportedAndTheOthersStillLoad() throws Exception {
		writeDemo();
		Path broken = folder.resolve("opportunities/O0007.xmi");
		String text = Files.readString(broken);
		String corrupt = text.replaceFirst("<stageHistory", "<stageHistory <");
		Files.writeString(broken, corrupt);

		SalesWorkspaceFolder loaded = SalesWorkspaceFolder.load(folder);
		List<LoadProblem> problems = loaded.problems();
		assertEquals(1, problems.size());
		assertEquals(broken, problems.get(0).file());
		assertTrue(problems.get(0).line() > 0);
		assertTrue(problems.get(0).message().startsWith(broken + ":" + problems.get(0).line() + ":"), problems.get(0).message());
		long resolved = loaded.workspace().getOpportunities().stream().filter(o -> !o.eIsProxy()).count();
		assertEquals(149, resolved);

		loaded.workspace().setName("saved with a broken part");
		loaded.save();
		assertEquals(corrupt, Files.readString(broken), "the broken file is not saved over");
		SalesWorkspaceFolder again = SalesWorkspaceFolder.load(folder);
		assertEquals("saved with a broken part", again.workspace().getName());
		assertEquals(150, again.workspace().getOpportunities().size(), "the link to the broken part is kept");
	}

	@Test
	void aConcurrentExternalChangeIsDetectedOnSave() throws Exception {
		writeDemo();
		SalesWorkspaceFolder ours = SalesWorkspaceFolder.load(folder);
		SalesWorkspaceFolder theirs = SalesWorkspaceFolder.load(folder);
		theirs.workspace().getCustomers().get(0).setIndustry("changed by them");
		theirs.save();

		ours.workspace().getCustomers().get(1).setIndustry("changed by us");
		ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class, ours::save);
		assertEquals(folder.resolve("customers/C001.xmi"), e.file());
		assertEquals("changed by them", SalesWorkspaceFolder.load(folder).workspace().getCustomers().get(0).getIndustry());
		assertFalse(Files.readString(folder.resolve("customers/C002.xmi")).contains("changed by us"), "nothing was written");
	}

	@Test
	void unchangedFilesAreNotRewrittenAndAnInterruptedSaveKeepsEveryFileWhole() throws Exception {
		writeDemo();
		SalesWorkspaceFolder loaded = SalesWorkspaceFolder.load(folder);
		List<SaveStep> steps = new ArrayList<>();
		loaded.setSaveObserver(steps::add);
		loaded.save();
		assertEquals(List.of(), steps, "nothing changed, nothing written");

		byte[] before = Files.readAllBytes(folder.resolve("opportunities/O0001.xmi"));
		loaded.workspace().getOpportunities().get(0).setName("renamed");
		loaded.workspace().getOpportunities().get(1).setName("renamed too");
		loaded.setSaveObserver(step -> {
			if (step == SaveStep.TEMPORARY_SYNCED) {
				throw new IOException("disk full");
			}
		});
		WorkspaceFileException e = assertThrows(WorkspaceFileException.class, loaded::save);
		assertTrue(e.getMessage().contains("opportunities/O0001.xmi"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(folder.resolve("opportunities/O0001.xmi")));
		assertEquals(List.of(), SalesWorkspaceFolder.load(folder).problems());
	}

	@Test
	void aRemovedOpportunityFileIsKeptAsBackup() throws Exception {
		writeDemo();
		SalesWorkspaceFolder loaded = SalesWorkspaceFolder.load(folder);
		Opportunity last = loaded.workspace().getOpportunities().get(149);
		String id = last.getId();
		EcoreUtil.delete(last, true);
		loaded.save();
		assertFalse(Files.exists(folder.resolve("opportunities/" + id + ".xmi")));
		assertTrue(Files.exists(folder.resolve("opportunities/" + id + ".xmi.bak")));
		SalesWorkspaceFolder again = SalesWorkspaceFolder.load(folder);
		assertEquals(List.of(), again.problems());
		assertEquals(149, again.workspace().getOpportunities().size());
	}

	private static long count(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.toString().endsWith(".xmi")).count();
		}
	}
}
