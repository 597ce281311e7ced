package org.bidbench.geometry.webifc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometryOptions;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The first products of a large model come from a small excerpt of it in the second runtime while
 * the first loads the whole; they must be the meshes the whole model gives, to the last bit. The
 * samples are small, so the tests lower the size a preview needs and let it run through all its
 * products.
 */
class PreviewTest {

	@BeforeEach
	void previewEveryModel() {
		WebIfcSession.previewMinBytes = 0;
		WebIfcSession.previewToTheEnd = true;
	}

	@AfterEach
	void back() {
		WebIfcSession.previewMinBytes = WebIfcSession.PREVIEW_MIN_BYTES;
		WebIfcSession.previewToTheEnd = false;
	}

	@TestFactory
	Stream<DynamicTest> thePreviewGivesTheMeshesOfTheWholeModelOnEverySample() throws Exception {
		return Samples.all().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
	}

	private static void check(Path file) throws Exception {
		IfcModel model = IfcModel.open(file);
		GeometryEngine engine = GeometryEngines.getDefault();
		List<ProductGeometry> whole = new ArrayList<>();
		WebIfcSession.previewMinBytes = Long.MAX_VALUE;
		try (GeometrySession session = engine.open(model, GeometryOptions.defaults().withThreads(1))) {
			session.streamAll(whole::add, GeometryMonitor.NONE);
		}
		WebIfcSession.previewMinBytes = 0;
		List<ProductGeometry> previewed = new ArrayList<>();
		try (GeometrySession session = engine.open(model, GeometryOptions.defaults().withThreads(2))) {
			session.streamAll(previewed::add, GeometryMonitor.NONE);
			int count = ((WebIfcSession) session).previewedProducts();
			if (whole.size() > 1) {
				assertTrue(count > 0, file.getFileName() + ": products came from the preview");
			}
			System.out.printf("%s: %d of %d products from the preview%n", file.getFileName(), count, whole.size());
		}
		assertEquals(whole.size(), previewed.size(), file.getFileName() + ": one result per product");
		for (int i = 0; i < whole.size(); i++) {
			ParallelGeometryTest.assertSameGeometry(whole.get(i), previewed.get(i), file.getFileName() + " result " + i);
		}
	}
}
