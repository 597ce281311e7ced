package org.bidbench.geometry.webifc.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** The shared sample models (system property {@code bidbench.samples}); tests skip, saying so, without them. */
final class Samples {

	static final List<String> ARCHICAD = List.of("ROOT-kalkzandsteen.ifc", "ROOT-kanaalplaatvloer.ifc",
			"ROOT-houten_kozijnen.ifc", "AC20-FZK-Haus.ifc", "AC11-Institute-Var-2-IFC.ifc");

	private Samples() {
	}

	/**
	 * The sample folder. Where it is absent the calling test fails when the environment variable
	 * {@code CI} is set (a CI set-up without samples is broken) and is skipped otherwise, saying so.
	 */
	static Path folder() {
		String property = System.getProperty("bidbench.samples");
		Path dir = property == null ? null : Path.of(property);
		require(dir != null && holdsModels(dir), "the sample models are not at " + property);
		return dir;
	}

	static Path file(String name) {
		Path f = folder().resolve(name);
		require(Files.isRegularFile(f), "sample " + f + " is missing");
		return f;
	}

	private static void require(boolean present, String what) {
		if (present) {
			return;
		}
		String ci = System.getenv("CI");
		if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
			Assertions.fail(what + " but CI is set: the CI machine must provide ../shared/samples/ifc (or -Dbidbench.samples=DIR)");
		}
		System.out.println("skipped: " + what + " (set -Dbidbench.samples); outside CI the tests that need it are skipped");
		Assumptions.assumeTrue(false, "skipped: " + what);
	}

	static List<Path> all() throws IOException {
		try (Stream<Path> files = Files.list(folder())) {
			return files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".ifc")).sorted().toList();
		}
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
