package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.bidbench.sales.core.workspace.ConcurrentChangeException;
import org.bidbench.sales.core.workspace.SalesWorkspaceFile;
import org.bidbench.sales.core.workspace.SaveStep;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesWorkspaceFileTest {

	@TempDir
	Path folder;

	private SalesWorkspaceFile saved() throws WorkspaceFileException {
		SalesFixture fx = new SalesFixture();
		fx.opportunity("O1", "stage-qualification", Instant.parse("2026-03-01T00:00:00Z"));
		SalesWorkspaceFile file = SalesWorkspaceFile.create(folder.resolve("sales.xmi"), fx.ws);
		file.save();
		return file;
	}

	@Test
	void savesAndLoadsBackEqualWithABackup() throws Exception {
		SalesWorkspaceFile file = saved();
		SalesWorkspaceFile loaded = SalesWorkspaceFile.load(file.file());
		assertTrue(EcoreUtil.equals(file.workspace(), loaded.workspace()));
		assertEquals("stage-qualification", loaded.workspace().getOpportunities().get(0).getStage().getId());

		loaded.workspace().setName("renamed");
		loaded.save();
		assertTrue(Files.exists(folder.resolve("sales.xmi.bak")), "the previous version is kept");
		assertEquals("renamed", SalesWorkspaceFile.load(file.file()).workspace().getName());
		assertTrue(Files.readString(folder.resolve("sales.xmi.bak"), StandardCharsets.UTF_8).contains("杭州地铁集团有限公司"));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(2, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void aSaveInterruptedAtAnyStepLeavesTheOldOrTheNewFile() throws Exception {
		SalesWorkspaceFile file = saved();
		byte[] old = Files.readAllBytes(file.file());
		for (SaveStep failAt : SaveStep.values()) {
			SalesWorkspaceFile loaded = SalesWorkspaceFile.load(file.file());
			byte[] before = Files.readAllBytes(file.file());
			loaded.workspace().setName("changed before " + failAt);
			loaded.setSaveObserver(step -> {
				if (step == failAt) {
					throw new IOException("simulated crash at " + step);
				}
			});
			WorkspaceFileException e = assertThrows(WorkspaceFileException.class, loaded::save);
			assertTrue(e.getMessage().contains("simulated crash at " + failAt), e.getMessage());
			byte[] after = Files.readAllBytes(file.file());
			String name = SalesWorkspaceFile.load(file.file()).workspace().getName();
			if (failAt == SaveStep.RENAMED) {
				assertEquals("changed before " + failAt, name, "after the rename the new version is in place");
			} else {
				assertArrayEquals(before, after, "before the rename the old version is untouched");
			}
			try (Stream<Path> files = Files.list(folder)) {
				assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file removed");
			}
		}
		assertTrue(old.length > 0);
	}

	@Test
	void aCorruptFileIsReportedWithItsPositionAndLeftUntouched() throws Exception {
		SalesWorkspaceFile file = saved();
		String text = Files.readString(file.file());
		String broken = text.replaceFirst("<customers ", "<customers <");
		Files.writeString(file.file(), broken);
		WorkspaceFileException e = assertThrows(WorkspaceFileException.class, () -> SalesWorkspaceFile.load(file.file()));
		int line = lineOf(broken, "<customers <");
		assertTrue(e.getMessage().startsWith(file.file() + ":" + line + ":"), e.getMessage());
		// Saved once, so there is no sales.xmi.bak yet: the message must not send the user to a file that is not there.
		assertTrue(e.getMessage().contains("The file was not changed; fix the file, or restore it from a backup"), e.getMessage());
		assertFalse(e.getMessage().contains(".bak"), e.getMessage());
		assertEquals(line, e.line());
		assertEquals(broken, Files.readString(file.file()));
	}

	@Test
	void anUnknownReferenceIsReportedWithTheFile() throws Exception {
		SalesWorkspaceFile file = saved();
		Files.writeString(file.file(), Files.readString(file.file()).replace("stage=\"stage-qualification\"",
				"stage=\"stage-nowhere\""));
		WorkspaceFileException e = assertThrows(WorkspaceFileException.class, () -> SalesWorkspaceFile.load(file.file()));
		assertTrue(e.getMessage().startsWith(file.file() + ":"), e.getMessage());
		assertTrue(e.getMessage().contains("stage-nowhere"), e.getMessage());
	}

	@Test
	void aChangeByAnotherProgramIsNotOverwritten() throws Exception {
		SalesWorkspaceFile file = saved();
		SalesWorkspaceFile ours = SalesWorkspaceFile.load(file.file());
		String theirs = Files.readString(file.file()).replace("杭州地铁集团有限公司", "Hangzhou Metro Group");
		Files.writeString(file.file(), theirs);

		ours.workspace().setName("ours");
		ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class, ours::save);
		assertTrue(e.getMessage().contains("was changed by another program since it was loaded; nothing was saved."));
		assertEquals(theirs, Files.readString(file.file()));

		ours.saveOverwritingExternalChanges();
		assertEquals("ours", SalesWorkspaceFile.load(file.file()).workspace().getName());
		assertEquals(theirs, Files.readString(folder.resolve("sales.xmi.bak")), "their version is kept as the backup");
	}

	@Test
	void aMissingFileSaysSo() {
		WorkspaceFileException e = assertThrows(WorkspaceFileException.class,
				() -> SalesWorkspaceFile.load(folder.resolve("nothing.xmi")));
		assertEquals("Workspace file " + folder.resolve("nothing.xmi") + " does not exist.", e.getMessage());
	}

	private static int lineOf(String text, String needle) {
		int index = text.indexOf(needle);
		return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
	}
}
