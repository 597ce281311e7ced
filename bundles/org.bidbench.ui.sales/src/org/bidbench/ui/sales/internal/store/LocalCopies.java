package org.bidbench.ui.sales.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.sales.SalesSession;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.FrameworkUtil;

/**
 * The local copy of a team store that each successful connection leaves in this bundle's state
 * folder, one per store location and user (what a user may see depends on their role), so that
 * a server that is down at start-up still leaves the data readable.
 */
public final class LocalCopies {

	private static final String FOLDER = "team-store-copies";

	private LocalCopies() {
	}

	/**
	 * Writes a copy of the workspace for that location: into a new folder first, which then
	 * replaces the previous copy, so that a failure part-way leaves the previous copy whole.
	 * A copy that cannot be written is logged, never in the way of the connection.
	 */
	public static void keep(String location, String user, SalesWorkspace workspace) {
		Path target = folderOf(location, user);
		if (target == null) {
			return;
		}
		Path fresh = target.resolveSibling(target.getFileName() + ".new");
		Path old = target.resolveSibling(target.getFileName() + ".old");
		try {
			deleteTree(fresh);
			deleteTree(old);
			SalesWorkspaceFolder.create(fresh, EcoreUtil.copy(workspace)).save();
			Files.writeString(fresh.resolve("location.txt"), key(location, user) + "\n", StandardCharsets.UTF_8);
			if (Files.exists(target)) {
				Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
			}
			Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
			deleteTree(old);
		} catch (IOException | WorkspaceFileException | RuntimeException e) {
			Platform.getLog(LocalCopies.class).warn("No local copy of " + key(location, user) + " kept: " + e.getMessage());
		}
	}

	/** The local copy of that location, or null when none was kept. */
	public static SalesWorkspace read(String location, String user) throws WorkspaceFileException {
		Path folder = folderOf(location, user);
		if (folder == null || !Files.isRegularFile(folder.resolve(SalesWorkspaceFolder.ROOT))) {
			return null;
		}
		return SalesWorkspaceFolder.load(folder).workspace();
	}

	/** Where the copy of a location is kept (null outside a running platform). */
	public static Path folderOf(String location, String user) {
		var bundle = FrameworkUtil.getBundle(SalesSession.class);
		if (bundle == null) {
			return null;
		}
		Path state = Platform.getStateLocation(bundle).toPath();
		return state.resolve(FOLDER).resolve(digest(key(location, user)));
	}

	/**
	 * What names a copy: the location without user and password, and the user (from the login,
	 * else from the location), since what a store shows depends on who reads it.
	 */
	public static String key(String location, String user) {
		java.util.regex.Matcher credentials = java.util.regex.Pattern.compile("//([^/@:]*)(:[^/@]*)?@").matcher(location);
		String who = user;
		String where = location;
		if (credentials.find()) {
			if (who == null || who.isEmpty()) {
				who = java.net.URLDecoder.decode(credentials.group(1), StandardCharsets.UTF_8);
			}
			where = location.substring(0, credentials.start()) + "//" + location.substring(credentials.end());
		}
		return where + " as " + (who == null ? "" : who);
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
