package org.bidbench.cli.internal.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.bidbench.cli.internal.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code register-links} and {@code unregister-links} through the installed command line, with the
 * XDG folders pointed at a temporary home: the desktop entry that makes the launcher the handler
 * of bidbench:// links, its removal, and the messages of bad input.
 */
class RegisterLinksCommandTest {

	@TempDir
	Path home;
	private Path launcher;

	@BeforeEach
	void pointXdgFoldersAtTemporaryHome() throws Exception {
		System.setProperty(XdgFolders.DATA_HOME_PROPERTY, home.resolve("data").toString());
		System.setProperty(XdgFolders.CONFIG_HOME_PROPERTY, home.resolve("config").toString());
		// A path with a space, so the Exec line must be quoted.
		launcher = Files.createDirectories(home.resolve("Bid Bench")).resolve("bidbench");
		Files.writeString(launcher, "#!/bin/sh\nexit 0\n");
		Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@AfterEach
	void restoreXdgFolders() {
		System.clearProperty(XdgFolders.DATA_HOME_PROPERTY);
		System.clearProperty(XdgFolders.CONFIG_HOME_PROPERTY);
	}

	@Test
	void registerWritesTheDesktopEntryAndUnregisterRemovesIt() throws Exception {
		CommandRun register = CommandRun.of(home, "register-links", "--launcher", launcher.toString());
		assertEquals(0, register.exitCode, register.toString());
		Path entry = home.resolve("data/applications/bidbench-links.desktop");
		assertTrue(Files.isRegularFile(entry), register.toString());
		assertEquals("""
				[Desktop Entry]
				# Written by 'bidbench register-links'; 'bidbench unregister-links' removes it.
				Type=Application
				Name=BidBench element link
				Comment=Shows the element of a bidbench:// link from a quote in the BidBench workbench
				Exec="%s" %%u
				Terminal=false
				NoDisplay=true
				MimeType=x-scheme-handler/bidbench;
				""".formatted(launcher), Files.readString(entry));
		assertTrue(register.out.contains("wrote " + entry), register.out);

		Path mimeApps = home.resolve("config/mimeapps.list");
		if (XdgTool.find("xdg-mime").isPresent()) {
			assertTrue(Files.readString(mimeApps).contains("x-scheme-handler/bidbench=bidbench-links.desktop"),
					"xdg-mime wrote the default into the temporary config home\n" + register);
		} else {
			assertTrue(register.out.contains("xdg-mime not found") && register.out.contains("xdg-utils"), register.out);
			// As xdg-mime would write it, beside another user's association that must survive unregistering.
			Files.createDirectories(mimeApps.getParent());
			Files.writeString(mimeApps, """
					[Default Applications]
					x-scheme-handler/bidbench=bidbench-links.desktop
					text/plain=org.gnome.TextEditor.desktop
					""");
		}

		CommandRun again = CommandRun.of(home, "register-links", "--launcher", launcher.toString());
		assertEquals(0, again.exitCode, "registering twice replaces the entry\n" + again);

		CommandRun unregister = CommandRun.of(home, "unregister-links");
		assertEquals(0, unregister.exitCode, unregister.toString());
		assertFalse(Files.exists(entry), unregister.toString());
		assertTrue(unregister.out.contains("removed " + entry), unregister.out);
		String left = Files.readString(mimeApps);
		assertFalse(left.contains("bidbench-links.desktop"), left);
		assertTrue(unregister.out.contains("from " + mimeApps), unregister.out);
		if (left.contains("text/plain")) {
			assertTrue(left.contains("text/plain=org.gnome.TextEditor.desktop"), "other handlers stay\n" + left);
		}

		CommandRun nothing = CommandRun.of(home, "unregister-links");
		assertEquals(0, nothing.exitCode, nothing.toString());
		assertTrue(nothing.out.contains("nothing to remove"), nothing.out);
	}

	@Test
	void aMissingLauncherIsOneLineAndExitOne() {
		CommandRun run = CommandRun.of(home, "register-links", "--launcher", "no/such/bidbench");
		assertEquals(1, run.exitCode, run.toString());
		assertEquals(1, run.err.strip().lines().count(), run.err);
		assertTrue(run.err.contains(home.resolve("no/such/bidbench").toString()) && run.err.contains("give --launcher"), run.err);
		assertFalse(Files.exists(home.resolve("data/applications/bidbench-links.desktop")));
	}

	@Test
	void wrongArgumentsAreUsageErrors() {
		CommandRun extra = CommandRun.of(home, "register-links", "now");
		assertEquals(2, extra.exitCode, extra.toString());
		assertTrue(extra.err.contains("usage: bidbench register-links"), extra.err);
		CommandRun unknown = CommandRun.of(home, "unregister-links", "--all");
		assertEquals(2, unknown.exitCode, unknown.toString());
	}

	@Test
	void execArgumentsAreQuotedAsTheDesktopEntrySpecificationSays() {
		assertEquals("/opt/bidbench/bidbench", LinkHandlerEntry.execArgument("/opt/bidbench/bidbench"));
		assertEquals("\"/opt/Bid Bench/bidbench\"", LinkHandlerEntry.execArgument("/opt/Bid Bench/bidbench"));
		assertEquals("\"/opt/a\\\\$b/bidbench\"", LinkHandlerEntry.execArgument("/opt/a$b/bidbench"));
		assertEquals("/opt/100%%/bidbench", LinkHandlerEntry.execArgument("/opt/100%/bidbench"));
	}
}
