package org.bidbench.cli.internal.links;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.cli.internal.CommandLine;

/**
 * {@code bidbench unregister-links}: undoes {@code register-links}: removes the desktop entry and
 * its line in {@code mimeapps.list}, leaving any other handler of {@code bidbench://} links there.
 */
public class UnregisterLinksCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		if (!arguments.isEmpty()) {
			throw new UsageException("takes no arguments, got '" + arguments.get(0) + "'");
		}
		RegisterLinksCommand.requireLinuxDesktop("unregister-links");
		XdgFolders folders = XdgFolders.current();
		Path entry = folders.applications().resolve(LinkHandlerEntry.DESKTOP_ID);
		boolean removed;
		try {
			removed = Files.deleteIfExists(entry);
		} catch (IOException e) {
			throw new CommandException("cannot remove " + entry + " (" + e.getMessage() + "); delete it yourself", e);
		}
		context.out().println(removed ? "removed " + entry : "no " + entry + ": nothing to remove");
		Path mimeApps = folders.mimeAppsList();
		try {
			if (LinkHandlerEntry.removeFromMimeApps(mimeApps)) {
				context.out().println("removed " + LinkHandlerEntry.DESKTOP_ID + " as handler of " + LinkHandlerEntry.MIME_TYPE + " from "
						+ mimeApps);
			}
		} catch (IOException e) {
			throw new CommandException("cannot update " + mimeApps + " (" + e.getMessage() + "); remove the line "
					+ LinkHandlerEntry.MIME_TYPE + "=" + LinkHandlerEntry.DESKTOP_ID + " yourself", e);
		}
		if (removed) {
			RegisterLinksCommand.refreshCache(context, folders);
		}
		return CommandLine.EXIT_OK;
	}
}
