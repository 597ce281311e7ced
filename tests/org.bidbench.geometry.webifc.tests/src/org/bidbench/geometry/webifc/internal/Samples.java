package org.bidbench.geometry.webifc.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.bidbench.testing.SampleModels;

/** The shared sample models ({@link SampleModels}) and the ones written by ArchiCAD. */
final class Samples {

	static final List<String> ARCHICAD = List.of("ROOT-kalkzandsteen.ifc", "ROOT-kanaalplaatvloer.ifc",
			"ROOT-houten_kozijnen.ifc", "AC20-FZK-Haus.ifc", "AC11-Institute-Var-2-IFC.ifc");

	private Samples() {
	}

	/** The sample folder ({@link SampleModels#folder()}: absent, the test fails under CI, else is skipped). */
	static Path folder() {
		return SampleModels.folder();
	}

	static Path file(String name) {
		return SampleModels.file(name);
	}

	static List<Path> all() throws IOException {
		return SampleModels.all();
	}
}
