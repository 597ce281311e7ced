package org.bidbench.ui.demo.render;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometryOptions;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.ModelImporters;
import org.bidbench.viewer.Scene;

/**
 * A model opened for a demo: the IFC model, its geometry (kept: room tours and walking need the
 * triangles) and the scene drawn from it.
 */
public record ModelScene(IfcModel model, List<ProductGeometry> geometry, Scene scene) {

	/** The GlobalIds that have something to draw. */
	public Set<String> meshed() {
		Set<String> out = new HashSet<>();
		for (ProductGeometry g : geometry) {
			if (g.isMeshed()) {
				out.add(g.globalId());
			}
		}
		return out;
	}

	/**
	 * Opens and tessellates a model.
	 *
	 * @param progress told the percentage done (0..100); may be null
	 */
	public static ModelScene load(Path file, IntConsumer progress) throws IOException, GeometryException {
		IfcModel model = ModelImporters.open(file);
		return of(model, progress);
	}

	public static ModelScene of(IfcModel model, IntConsumer progress) throws GeometryException {
		List<ProductGeometry> geometry = new ArrayList<>();
		Scene scene = new Scene();
		try (GeometrySession session = GeometryEngines.getDefault().open(model,
				new GeometryOptions(Duration.ofSeconds(60), null))) {
			int[] last = {-1};
			session.streamAll(g -> {
				geometry.add(g);
				scene.add(g);
			}, new GeometryMonitor() {
				@Override
				public void worked(int done, int total) {
					int percent = total == 0 ? 100 : done * 100 / total;
					if (progress != null && percent / 10 != last[0]) {
						last[0] = percent / 10;
						progress.accept(percent);
					}
				}
			});
		}
		scene.publish();
		return new ModelScene(model, List.copyOf(geometry), scene);
	}
}
