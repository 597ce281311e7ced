package org.bidbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared sample models of the test fragments: the folder named by the system property
 * {@code bidbench.samples} (the build passes {@code ../shared/samples/ifc} in {@code bidbench.testArgs}).
 * Where it or a model is absent the calling test fails when the environment variable {@code CI} is set
 * (a CI set-up without samples is broken) and is skipped otherwise, saying so on the test output.
 *
 * <p>A bundle of its own because the test fragments cannot see each other's classes: each lives
 * inside its own host.
 */
public final class SampleModels {

	private SampleModels() {
	}

	/** The sample folder, holding at least one {@code .ifc}. */
	public static Path folder() {
		String dir = System.getProperty("bidbench.samples", "");
		Path path = dir.isEmpty() ? null : Path.of(dir);
		require(path != null && holdsModels(path),
				"the sample folder " + (dir.isEmpty() ? "(system property bidbench.samples unset)" : dir) + " is absent");
		return path;
	}

	/** One sample model by its file name. */
	public static Path file(String name) {
		Path p = folder().resolve(name);
		require(Files.isRegularFile(p), "sample " + p + " is absent");
		return p;
	}

	/** Every {@code .ifc} of the sample folder, sorted by name. */
	public static List<Path> all() throws IOException {
		try (Stream<Path> files = Files.list(folder())) {
			return files.filter(SampleModels::isIfc).sorted().toList();
		}
	}

	private static void require(boolean present, String what) {
		if (present) {
			return;
		}
		String ci = System.getenv("CI");
		if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
			Assertions.fail(what + " but CI is set: the CI machine must provide ../shared/samples/ifc (or -Dbidbench.samples=DIR)");
		}
		System.out.println("SKIPPED: " + what + "; outside CI the tests that need it are skipped");
		Assumptions.assumeTrue(false, "SKIPPED: " + what);
	}

	/** An empty or emptied sample folder counts as absent. */
	private static boolean holdsModels(Path folder) {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch(SampleModels::isIfc);
		} catch (IOException e) {
			return false;
		}
	}

	private static boolean isIfc(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ifc");
	}
}
