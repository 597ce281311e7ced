package org.bidbench.geometry.webifc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.bidbench.geometry.GeometryException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Puts the web-ifc files packed in this bundle where Node.js can {@code require()} them: a folder
 * on disk, the bundle's data area inside OSGi. Node.js cannot load modules from inside a jar.
 */
final class WebIfcFiles {

	/** The files the build copies from npm into {@code webifc-dist/}, and the driver of ours. */
	private static final String[] FILES = {"webifc-dist/web-ifc-api-node.js", "webifc-dist/web-ifc-node.wasm",
			"webifc-dist/package.json", "js/webifc-driver.js"};

	private WebIfcFiles() {
	}

	/** The folder (with all {@link #FILES} inside, flattened) for this bundle version. */
	static Path materialize() throws GeometryException {
		Bundle bundle = FrameworkUtil.getBundle(WebIfcFiles.class);
		Path root;
		String version;
		if (bundle != null && bundle.getDataFile("") != null) {
			root = bundle.getDataFile("").toPath();
			version = bundle.getVersion().toString();
		} else {
			root = Path.of(System.getProperty("java.io.tmpdir"), "bidbench-webifc-" + System.getProperty("user.name"));
			version = "dev";
		}
		// One folder per bundle version (the qualifier changes with each build), so an upgrade never
		// runs old files; the copy goes to a temporary folder first and is renamed when complete.
		Path target = root.resolve("web-ifc-" + version);
		if (Files.isRegularFile(target.resolve("webifc-driver.js"))) {
			return target;
		}
		Path partial = root.resolve("web-ifc-" + version + ".partial-" + ProcessHandle.current().pid());
		removeAbandonedCopies(root);
		try {
			Files.createDirectories(partial);
			for (String name : FILES) {
				try (InputStream in = WebIfcFiles.class.getClassLoader().getResourceAsStream(name)) {
					if (in == null) {
						throw new GeometryException("the bundle org.bidbench.geometry.webifc lacks " + name
								+ ": it was built without npm (see its pom.xml); rebuild it with npm on the PATH");
					}
					Files.copy(in, partial.resolve(name.substring(name.indexOf('/') + 1)),
							StandardCopyOption.REPLACE_EXISTING);
				}
			}
			try {
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			} catch (IOException raced) {
				if (!Files.isRegularFile(target.resolve("webifc-driver.js"))) {
					throw raced;
				}
			}
			return target;
		} catch (IOException e) {
			throw new GeometryException("cannot copy the web-ifc files to " + target + " (" + e.getMessage()
					+ "): check that the folder is writable and the disk not full", e);
		}
	}

	/**
	 * Deletes copies left half-done by a process that was killed while copying: their folder names
	 * end in the pid of a process that no longer runs. A live process's copy is left alone.
	 */
	static void removeAbandonedCopies(Path root) {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (DirectoryStream<Path> copies = Files.newDirectoryStream(root, "web-ifc-*.partial-*")) {
			for (Path copy : copies) {
				String name = copy.getFileName().toString();
				long pid;
				try {
					pid = Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
				} catch (NumberFormatException e) {
					continue;
				}
				if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
					continue;
				}
				try (Stream<Path> files = Files.walk(copy)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(file);
					}
				}
			}
		} catch (IOException ignored) {
			// Only tidying: a leftover folder takes disk space, nothing else.
		}
	}
}
