package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.EngineQuantitySource;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.junit.jupiter.api.Test;

/**
 * Prints, per sample, the time of a take-off with computed quantities (one tessellation by the
 * installed engine) and of re-runs with another pack on the loaded model, for docs/benchmarks.md.
 * Asserts only what must hold whatever the machine: one tessellation per model.
 */
class TakeoffTimingTest {

	@Test
	void reRunsWithAnotherPackDoNotTessellateAgain() throws Exception {
		GeometryEngine engine = GeometryEngines.getDefault();
		RulePack general = RulePacks.builtIn(RulePacks.GENERAL);
		RulePack gb = RulePacks.builtIn(RulePacks.GB50500);
		Path folder = Samples.sample("AC20-FZK-Haus.ifc").getParent();
		List<Path> files;
		try (var list = Files.list(folder)) {
			files = list.filter(p -> p.toString().endsWith(".ifc")).sorted().toList();
		}
		System.out.println("| file | MB | open s | tessellate s | first take-off s | re-run GB pack s | re-run general s |");
		for (Path file : files) {
			long t0 = System.nanoTime();
			IfcModel model = IfcModel.open(file);
			long t1 = System.nanoTime();
			try (GeometrySession geometry = engine.open(model)) {
				EngineQuantitySource source = new EngineQuantitySource(geometry, engine.name(), null);
				TakeoffSession session = new TakeoffSession(model, source);
				source.prepare();
				long t2 = System.nanoTime();
				session.run(general);
				long t3 = System.nanoTime();
				session.run(gb);
				long t4 = System.nanoTime();
				session.run(general);
				long t5 = System.nanoTime();
				assertEquals(1, source.tessellationCount(), file.getFileName().toString());
				System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.2f | %.2f | %.3f | %.3f |",
						file.getFileName(), Files.size(file) / 1e6, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
						(t4 - t3) / 1e9, (t5 - t4) / 1e9));
			}
		}
	}
}
