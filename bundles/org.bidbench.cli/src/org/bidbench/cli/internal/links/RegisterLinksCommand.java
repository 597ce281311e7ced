package org.bidbench.cli.internal.links;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.bidbench.cli.internal.CommandLine;

/**
 * {@code bidbench register-links [--launcher PATH]}: makes the launcher the handler of
 * {@code bidbench://} links on a Linux desktop, so a click on a link in a quote PDF shows the
 * element in the workbench. Writes a desktop entry into the user's {@code applications} folder,
 * then sets it as the default with {@code xdg-mime} and refreshes the folder's cache with
 * {@code update-desktop-database}, each when installed.
 */
public class RegisterLinksCommand implements CliCommand {

	/** Set by the launcher script: its own absolute path. */
	static final String LAUNCHER_PROPERTY = "bidbench.launcher";

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--launcher"), Set.of());
		if (!options.positional().isEmpty()) {
			throw new UsageException("takes no arguments but --launcher, got '" + options.positional().get(0) + "'");
		}
		requireLinuxDesktop("register-links");
		Path launcher = launcher(context, options.value("--launcher"));
		XdgFolders folders = XdgFolders.current();
		Path entry = folders.applications().resolve(LinkHandlerEntry.DESKTOP_ID);
		try {
			LinkHandlerEntry.write(entry, LinkHandlerEntry.text(launcher));
		} catch (IOException e) {
			throw new CommandException("cannot write " + entry + " (" + e.getMessage() + "); check that "
					+ folders.applications() + " is writable, or set XDG_DATA_HOME to a folder that is", e);
		}
		context.out().println("wrote " + entry + ": bidbench:// links open with " + launcher);

		Optional<XdgTool> xdgMime = XdgTool.find("xdg-mime");
		if (xdgMime.isEmpty()) {
			context.out().println("xdg-mime not found: the default handler was not set; desktops that read "
					+ folders.applications() + " may still offer BidBench. Install xdg-utils and run 'bidbench register-links' again.");
		} else {
			XdgTool.Result set = run(xdgMime.get(), folders, "default", LinkHandlerEntry.DESKTOP_ID, LinkHandlerEntry.MIME_TYPE);
			if (!set.ok()) {
				throw new CommandException("'xdg-mime default " + LinkHandlerEntry.DESKTOP_ID + " " + LinkHandlerEntry.MIME_TYPE
						+ "' failed (exit " + set.exitCode() + ": " + set.firstLine() + "); " + entry
						+ " is in place, run that command yourself to make it the default");
			}
			context.out().println("set " + LinkHandlerEntry.DESKTOP_ID + " as the default handler of " + LinkHandlerEntry.MIME_TYPE
					+ " (xdg-mime default, " + folders.mimeAppsList() + ")");
		}
		refreshCache(context, folders);
		context.out().println("try it: xdg-open 'bidbench://select/<GlobalId>' (a GlobalId from a quote of yours)");
		return CommandLine.EXIT_OK;
	}

	/** Runs update-desktop-database on the applications folder when installed; a failure is reported, not fatal. */
	static void refreshCache(CommandContext context, XdgFolders folders) throws CommandException {
		Optional<XdgTool> update = XdgTool.find("update-desktop-database");
		if (update.isEmpty()) {
			return;
		}
		XdgTool.Result result = run(update.get(), folders, folders.applications().toString());
		if (result.ok()) {
			context.out().println("refreshed the handler cache of " + folders.applications() + " (update-desktop-database)");
		} else {
			context.err().println("warning: update-desktop-database " + folders.applications() + " failed (exit " + result.exitCode()
					+ ": " + result.firstLine() + "); the entry still works on desktops that read the folder directly");
		}
	}

	static XdgTool.Result run(XdgTool tool, XdgFolders folders, String... arguments) throws CommandException {
		try {
			return tool.run(folders.environment(), arguments);
		} catch (IOException e) {
			throw new CommandException("cannot run " + tool.executable() + " (" + e.getMessage() + "); check the xdg-utils installation", e);
		}
	}

	/** The bidbench:// scheme is registered through XDG desktop entries, which only Linux and BSD desktops read. */
	static void requireLinuxDesktop(String command) throws CommandException {
		String os = System.getProperty("os.name", "");
		if (os.startsWith("Windows") || os.startsWith("Mac")) {
			throw new CommandException(command + " sets up Linux desktops; on " + os
					+ " register the bidbench: scheme as docs/element-links.md shows");
		}
	}

	private static Path launcher(CommandContext context, String given) throws CommandException {
		String path = given != null ? given : System.getProperty(LAUNCHER_PROPERTY);
		if (path == null || path.isBlank()) {
			throw new CommandException("cannot tell where the bidbench launcher is; run register-links through the bidbench script"
					+ " of the installation, or give --launcher PATH");
		}
		Path launcher = context.resolve(path).toAbsolutePath();
		if (!Files.isRegularFile(launcher) || !Files.isExecutable(launcher)) {
			throw new CommandException(launcher + " is not an executable file; give --launcher with the path of the bidbench script"
					+ " at the root of the installation");
		}
		return launcher;
	}
}
