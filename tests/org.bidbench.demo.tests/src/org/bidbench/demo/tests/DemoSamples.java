package org.bidbench.demo.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryOptions;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcModel;

/** The shared sample models, opened once per test run, with their web-ifc geometry. */
final class DemoSamples {

	static final String HOUSE = "AC20-FZK-Haus.ifc";
	private static IfcModel house;
	private static List<ProductGeometry> houseGeometry;

	private DemoSamples() {
	}

	static Path sample(String name) {
		String dir = System.getProperty("bidbench.samples", "");
		Path p = dir.isEmpty() ? null : Path.of(dir, name);
		assumeTrue(p != null && Files.isRegularFile(p),
				"SKIPPED: sample " + name + " not available (system property bidbench.samples='" + dir + "')");
		return p;
	}

	static synchronized IfcModel house() throws IOException {
		if (house == null) {
			house = IfcModel.open(sample(HOUSE));
		}
		return house;
	}

	static synchronized List<ProductGeometry> houseGeometry() throws Exception {
		if (houseGeometry == null) {
			houseGeometry = geometry(house());
		}
		return houseGeometry;
	}

	static List<ProductGeometry> geometry(IfcModel model) throws Exception {
		List<ProductGeometry> out = new ArrayList<>();
		try (GeometrySession s = GeometryEngines.getDefault().open(model, new GeometryOptions(Duration.ofSeconds(60), null))) {
			s.streamAll(out::add, org.bidbench.geometry.GeometryMonitor.NONE);
		}
		return out;
	}

	static Set<String> meshed(List<ProductGeometry> geometry) {
		return geometry.stream().filter(ProductGeometry::isMeshed).map(ProductGeometry::globalId).collect(Collectors.toSet());
	}
}
