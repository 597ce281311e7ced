package org.bidbench.geometry.webifc.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/** The shared sample models (system property {@code bidbench.samples}); tests skip, saying so, without them. */
final class Samples {

	static final List<String> ARCHICAD = List.of("ROOT-kalkzandsteen.ifc", "ROOT-kanaalplaatvloer.ifc",
			"ROOT-houten_kozijnen.ifc", "AC20-FZK-Haus.ifc", "AC11-Institute-Var-2-IFC.ifc");

	private Samples() {
	}

	static Path folder() {
		String property = System.getProperty("bidbench.samples");
		Path dir = property == null ? null : Path.of(property);
		Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
				"skipped: the sample models are not at " + property + " (set -Dbidbench.samples)");
		return dir;
	}

	static Path file(String name) {
		Path f = folder().resolve(name);
		Assumptions.assumeTrue(Files.isRegularFile(f), "skipped: sample " + f + " is missing");
		return f;
	}

	static List<Path> all() throws IOException {
		try (Stream<Path> files = Files.list(folder())) {
			return files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".ifc")).sorted().toList();
		}
	}
}
