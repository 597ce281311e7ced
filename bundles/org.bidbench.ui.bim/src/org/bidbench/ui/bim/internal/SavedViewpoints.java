package org.bidbench.ui.bim.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.bidbench.viewer.BcfViewpoints;
import org.bidbench.viewer.Viewpoint;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Where a model's saved viewpoints live: a BCF 2.1 file per model in the workspace's
 * {@code viewpoints/} folder, named after the model and a hash of its path so two models called
 * {@code house.ifc} in different folders keep their own views. Being BCF, the file is also what
 * "Export as BCF" writes.
 */
final class SavedViewpoints {

	static final String FOLDER = "viewpoints";

	private SavedViewpoints() {
	}

	/** The viewpoints file of a model in a workspace directory. */
	static Path fileFor(Path workspace, Path model) {
		String absolute = model.toAbsolutePath().normalize().toString();
		String hash;
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(absolute.getBytes(StandardCharsets.UTF_8));
			hash = HexFormat.of().formatHex(digest, 0, 4);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the Java runtime has no SHA-256", e);
		}
		return workspace.resolve(FOLDER).resolve(model.getFileName() + "-" + hash + ".bcf");
	}

	/** The file for a model in the running workbench's workspace. */
	static Path fileFor(Path model) {
		return fileFor(workspace(), model);
	}

	static List<Viewpoint> load(Path file) throws IOException {
		return Files.isRegularFile(file) ? BcfViewpoints.read(file) : List.of();
	}

	static void save(Path file, List<Viewpoint> viewpoints) throws IOException {
		BcfViewpoints.write(viewpoints, file);
	}

	/**
	 * Moves a viewpoints file that could not be read out of the way, beside it as
	 * {@code NAME.unreadable-YYYYMMDD-HHMMSS}, so that saving new viewpoints does not destroy what
	 * may still be recovered from it by hand. Returns where it went, or {@code null} when there was no
	 * file.
	 */
	static Path keepAside(Path file) throws IOException {
		if (!Files.exists(file)) {
			return null;
		}
		String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp);
		for (int n = 2; Files.exists(aside); n++) {
			aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp + "-" + n);
		}
		return Files.move(file, aside);
	}

	/** The instance location, or the user's BidBench state folder when the workbench runs without one. */
	static Path workspace() {
		Location location = Platform.getInstanceLocation();
		URL url = location == null || !location.isSet() ? null : location.getURL();
		if (url != null && "file".equals(url.getProtocol())) {
			return Path.of(url.getPath());
		}
		String state = System.getenv("XDG_STATE_HOME");
		return (state == null ? Path.of(System.getProperty("user.home"), ".local", "state") : Path.of(state))
				.resolve("bidbench");
	}
}
