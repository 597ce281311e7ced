package org.bidbench.ui.bim.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The launcher's half of following a link from outside: {@code java -cp org.bidbench.ui.bim_*.jar
 * org.bidbench.ui.bim.internal.LinkInboxDrop LINK WORKSPACE [WORKSPACE...]}. It runs without an
 * OSGi framework so that a click on a link costs one short JVM start, not a second BidBench.
 * <p>
 * The link goes into the inbox of the first workspace a workbench holds (exit 0). When none is
 * held, it goes into the first workspace's inbox and the exit code is 3: the launcher then starts
 * the workbench there, which follows the link once it is up. A bad link exits with 2, a folder that
 * cannot be written with 1; both print one line on stderr.
 */
public final class LinkInboxDrop {

	static final int HANDED_OVER = 0;
	static final int FAILED = 1;
	static final int BAD_LINK = 2;
	static final int NO_WORKBENCH = 3;

	private LinkInboxDrop() {
	}

	public static void main(String[] args) {
		int code;
		try {
			code = run(List.of(args));
		} catch (Throwable e) {
			// The last guard of the link handler: whatever happens, one line and a failure code, never exit 0.
			System.err.println("bidbench: the link could not be handed over (" + e + "); open the model with"
					+ " 'bidbench' and use File > Show Element by Link...");
			code = FAILED;
		}
		System.exit(code);
	}

	static int run(List<String> args) {
		if (args.size() < 2) {
			System.err.println("bidbench: LinkInboxDrop needs a link and at least one workspace folder; the launcher passes them.");
			return BAD_LINK;
		}
		String link = args.get(0);
		try {
			ElementLink.parse(link);
		} catch (IllegalArgumentException e) {
			System.err
					.println("bidbench: " + e.getMessage() + ". Copy the link again from the quote, or run 'bidbench' and use File > Show Element by Link...");
			return BAD_LINK;
		}
		List<Path> workspaces = args.subList(1, args.size()).stream().filter(s -> !s.isBlank()).map(Path::of).toList();
		if (workspaces.isEmpty()) {
			System.err.println("bidbench: no workspace folder to hand the link to; set BIDBENCH_WORKSPACE or HOME.");
			return FAILED;
		}
		Path target = workspaces.get(0);
		boolean running = false;
		for (Path workspace : workspaces) {
			try {
				if (LinkInbox.workbenchRunning(workspace)) {
					target = workspace;
					running = true;
					break;
				}
			} catch (IOException e) {
				// A lock file that cannot be opened is no proof of a running workbench; try the next one.
			}
		}
		try {
			Path file = LinkInbox.drop(target, link);
			if (running) {
				System.err.println("bidbench: handed the link to the workbench running on " + target + " (" + file.getFileName() + ")");
				return HANDED_OVER;
			}
			return NO_WORKBENCH;
		} catch (IOException e) {
			System.err.println("bidbench: cannot write the link into " + LinkInbox.folder(target) + " (" + e
					+ "); check that the workspace folder is writable, or set BIDBENCH_WORKSPACE to one that is.");
			return FAILED;
		}
	}
}
