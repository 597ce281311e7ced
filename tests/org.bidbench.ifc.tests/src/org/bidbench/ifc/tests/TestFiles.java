package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.IfcReadException;
import org.bidbench.ifc.ReadOptions;

/** Where the samples and the repository are, and small hand-made Part-21 files. */
final class TestFiles {

	private TestFiles() {
	}

	/**
	 * The shared sample folder. Where it is absent the calling test fails when the environment
	 * variable {@code CI} is set (a CI set-up without samples is broken) and is skipped otherwise,
	 * saying so on the test output.
	 */
	static Path samples() {
		String dir = System.getProperty("bidbench.samples", "");
		Path path = dir.isEmpty() ? null : Path.of(dir);
		require(path != null && holdsModels(path), "the sample folder "
				+ (dir.isEmpty() ? "(system property bidbench.samples unset)" : dir) + " is absent");
		return path;
	}

	static Path sample(String name) {
		Path p = samples().resolve(name);
		require(Files.isRegularFile(p), "sample " + p + " is absent");
		return p;
	}

	private static void require(boolean present, String what) {
		if (present) {
			return;
		}
		String ci = System.getenv("CI");
		if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
			fail(what + " but CI is set: the CI machine must provide ../shared/samples/ifc (or -Dbidbench.samples=DIR)");
		}
		System.out.println("SKIPPED: " + what + "; outside CI the tests that need it are skipped");
		assumeTrue(false, "SKIPPED: " + what);
	}

	/** The repository root; the calling test is skipped when it cannot be found. */
	static Path repository() {
		String dir = System.getProperty("bidbench.repo", "");
		Path path = dir.isEmpty() ? null : Path.of(dir);
		if (path == null || !Files.isDirectory(path.resolve("bundles/org.bidbench.ifc"))) {
			// Tycho runs tests with the test project as working directory.
			Path cwd = Path.of("").toAbsolutePath();
			for (Path p = cwd; p != null; p = p.getParent()) {
				if (Files.isDirectory(p.resolve("bundles/org.bidbench.ifc"))) {
					path = p;
					break;
				}
			}
		}
		assumeTrue(path != null && Files.isDirectory(path.resolve("bundles/org.bidbench.ifc")),
				"SKIPPED: repository root not found (system property bidbench.repo='" + dir + "')");
		return path;
	}

	/** A whole Part-21 file around the given DATA lines. */
	static String file(String schema, String data) {
		return "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('ViewDefinition [CoordinationView]'),'2;1');\n"
				+ "FILE_NAME('test.ifc','2024-01-01T00:00:00',('tester'),('BidBench'),'pre','BidBench tests','');\n"
				+ "FILE_SCHEMA(('" + schema + "'));\nENDSEC;\nDATA;\n" + data + "\nENDSEC;\nEND-ISO-10303-21;\n";
	}

	static IfcModel read(String schema, String data) throws IfcReadException {
		return read(file(schema, data));
	}

	static IfcModel read(String text) throws IfcReadException {
		return IfcModel.read(text.getBytes(StandardCharsets.ISO_8859_1), "test.ifc", ReadOptions.defaults());
	}

	/** A folder with at least one {@code .ifc}: an empty or emptied sample folder counts as absent. */
	private static boolean holdsModels(Path folder) {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			return files.anyMatch(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ifc"));
		} catch (java.io.IOException e) {
			return false;
		}
	}
}
