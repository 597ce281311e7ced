package org.bidbench.ui.bim.internal;

import static org.bidbench.ui.bim.internal.ModelEditorUiTest.drain;
import static org.bidbench.ui.bim.internal.ModelEditorUiTest.waitFor;
import static org.bidbench.ui.bim.internal.ModelEditorUiTest.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bidbench.ifc.IfcEntity;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Element links reaching the running workbench from outside, as the launcher hands them over: a
 * link file dropped into the workspace's inbox selects its element in the open model; a malformed
 * or stale file is reported and the next link still works. And File > Show Element by Link...,
 * offering the link on the clipboard.
 */
class LinkInboxUiTest {

	private static IWorkbenchPage page;
	private static ModelEditor editor;
	private final List<IStatus> logged = Collections.synchronizedList(new ArrayList<>());
	private final ILogListener logListener = (status, plugin) -> logged.add(status);

	@BeforeAll
	static void openFzkHaus() throws Exception {
		editor = ModelEditorUiTest.openSampleInBimPerspective();
		page = editor.getSite().getPage();
	}

	@AfterAll
	static void close() {
		page.closeAllEditors(false);
		drain();
	}

	@AfterEach
	void closeReports() {
		Platform.removeLogListener(logListener);
		for (Shell shell : reportShells()) {
			shell.close();
		}
		drain();
	}

	@Test
	void aDroppedLinkSelectsItsElementAndABadOneIsReportedWithoutStoppingTheNext() throws Exception {
		Path workspace = StartupModel.instanceDirectory();
		assertNotNull(workspace, "the test workbench runs on a local workspace");
		waitFor(() -> LinkInboxWatcher.watchedFolder() != null, 30_000, "the link inbox to be watched (early startup)");
		assertEquals(LinkInbox.folder(workspace), LinkInboxWatcher.watchedFolder(), "the launcher and the workbench agree on the folder");
		Platform.addLogListener(logListener);
		List<IfcEntity> doors = editor.model().instancesOf("IfcDoor");
		IfcEntity door = doors.get(0);
		editor.scene().select(new BitSet());

		// Malformed: reported (log and a dialog that does not block), and the file is taken out of the inbox.
		Path bad = LinkInbox.drop(workspace, "bidbench://select/not-a-globalid");
		waitFor(() -> warned(bad.getFileName().toString()), 20_000, "the malformed link to be reported");
		String report = warnings().filter(m -> m.contains(bad.getFileName().toString())).findFirst().orElseThrow();
		assertTrue(report.contains("not an element link") && report.contains("Copy the link again"), report);
		assertEquals(1, reportShells().size(), "the problem is shown");
		assertEquals(0, reportShells().get(0).getStyle() & SWT.APPLICATION_MODAL, "the report does not block the workbench");
		assertTrue(inbox(workspace).isEmpty(), "the malformed file is taken out: " + inbox(workspace));

		// Stale: written long before a workbench watched (it was closing); not followed, reported.
		String staleLink = "bidbench://select/" + doors.get(doors.size() - 1).globalId();
		dropWritten(workspace, staleLink, Instant.now().minus(LinkInboxWatcher.MAX_AGE).minus(Duration.ofMinutes(5)));
		waitFor(() -> warned(staleLink), 20_000, "the stale link to be reported");
		assertTrue(warnings().anyMatch(m -> m.contains(staleLink) && m.contains("Click it again")));

		// The next link is followed as if nothing happened.
		LinkInbox.drop(workspace, "bidbench://select/" + door.globalId());
		waitFor(() -> List.of(door.globalId()).equals(editor.scene().selectedGlobalIds()), 20_000,
				"the door of the link to be selected; selected: " + editor.scene().selectedGlobalIds());
		assertEquals(editor, page.getActiveEditor(), "the model holding the element is in front");
		assertTrue(inbox(workspace).isEmpty(), "every link was taken: " + inbox(workspace));
		assertEquals(2, warnings().count(), "only the two bad links were reported: " + warnings().toList());
	}

	@Test
	void showElementByLinkOffersTheClipboardLinkAndFollowsIt() throws Exception {
		IfcEntity window = editor.model().instancesOf("IfcWindow").get(0);
		String link = "bidbench://select/" + window.globalId();
		editor.scene().select(new BitSet());
		Display display = Display.getCurrent();
		Clipboard clipboard = new Clipboard(display);
		try {
			clipboard.setContents(new Object[]{"some other text"}, new Transfer[]{TextTransfer.getInstance()});
			assertEquals("", ShowElementByLinkHandler.linkOnClipboard(display), "text that is no link is not offered");
			clipboard.setContents(new Object[]{link + "\n"}, new Transfer[]{TextTransfer.getInstance()});
		} finally {
			clipboard.dispose();
		}
		assertEquals(link, ShowElementByLinkHandler.linkOnClipboard(display));
		assertNull(ShowElementByLinkHandler.VALIDATOR.isValid(link));
		String bad = ShowElementByLinkHandler.VALIDATOR.isValid("bidbench://select/123");
		assertTrue(bad != null && bad.contains("22 characters") && bad.contains("Copy the link again"), bad);
		assertNotNull(ShowElementByLinkHandler.VALIDATOR.isValid(" "));

		// The dialog opens with the clipboard's link; OK follows it.
		String[] offered = new String[1];
		display.asyncExec(new Runnable() {
			private int tries;

			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.getData() instanceof InputDialog dialog && ShowElementByLinkHandler.TITLE.equals(shell.getText())) {
						offered[0] = dialog.getValue();
						shell.getDefaultButton().notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
				if (tries++ < 200) {
					display.timerExec(50, this);
				}
			}
		});
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		var command = ParameterizedCommand.generateCommand(commands.getCommand(ShowElementByLinkHandler.COMMAND_ID), Map.of());
		assertEquals(Boolean.TRUE, handlers.executeCommand(command, null), "the link is followed");
		drain();
		assertEquals(link, offered[0], "the dialog offered the clipboard's link");
		assertEquals(List.of(window.globalId()), editor.scene().selectedGlobalIds(), "the window is selected");
	}

	/** Drops a link the way the launcher does, but with an older time, as one left waiting would have. */
	private static void dropWritten(Path workspace, String link, Instant written) throws Exception {
		Path folder = LinkInbox.folder(workspace);
		Path temporary = folder.resolve("000000000000001-stale.tmp");
		Files.writeString(temporary, link + "\n", StandardCharsets.UTF_8);
		Files.setLastModifiedTime(temporary, FileTime.from(written));
		Files.move(temporary, folder.resolve("000000000000001-stale" + LinkInbox.SUFFIX), StandardCopyOption.ATOMIC_MOVE);
	}

	private boolean warned(String part) {
		return warnings().anyMatch(m -> m.contains(part));
	}

	private Stream<String> warnings() {
		synchronized (logged) {
			return logged.stream().filter(s -> s.getSeverity() == IStatus.WARNING && "org.bidbench.ui.bim".equals(s.getPlugin()))
					.map(IStatus::getMessage).toList().stream();
		}
	}

	private static List<String> inbox(Path workspace) throws Exception {
		try (Stream<Path> files = Files.list(LinkInbox.folder(workspace))) {
			return files.map(f -> f.getFileName().toString()).toList();
		}
	}

	private static List<Shell> reportShells() {
		List<Shell> shells = new ArrayList<>();
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && LinkInboxWatcher.DIALOG_TITLE.equals(shell.getText())) {
				shells.add(shell);
			}
		}
		return shells;
	}
}
