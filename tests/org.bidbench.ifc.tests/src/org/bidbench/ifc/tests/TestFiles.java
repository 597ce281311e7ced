package org.bidbench.ifc.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.IfcReadException;
import org.bidbench.ifc.ReadOptions;
import org.bidbench.testing.SampleModels;

/** Where the samples and the repository are, and small hand-made Part-21 files. */
final class TestFiles {

	private TestFiles() {
	}

	/** The shared sample folder ({@link SampleModels#folder()}: absent, the test fails under CI, else is skipped). */
	static Path samples() {
		return SampleModels.folder();
	}

	static Path sample(String name) {
		return SampleModels.file(name);
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
}
