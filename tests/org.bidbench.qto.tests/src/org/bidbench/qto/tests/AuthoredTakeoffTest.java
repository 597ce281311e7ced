package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.Contribution;
import org.bidbench.qto.QuantityOrigin;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.junit.jupiter.api.Test;

/**
 * On the ArchiCAD samples, the wall and slab volume lines taken from authored quantities equal the
 * sums of the files' BaseQuantities, summed here from the file text without the IFC engine.
 */
class AuthoredTakeoffTest {

	private static final List<String> WALLS = List.of("IFCWALL", "IFCWALLSTANDARDCASE", "IFCWALLELEMENTEDCASE");
	private static final List<String> SLABS = List.of("IFCSLAB", "IFCSLABSTANDARDCASE", "IFCSLABELEMENTEDCASE");

	@Test
	void fzkHaus() throws Exception {
		check("AC20-FZK-Haus.ifc");
	}

	@Test
	void kalkzandsteen() throws Exception {
		check("ROOT-kalkzandsteen.ifc");
	}

	@Test
	void kanaalplaatvloer() throws Exception {
		check("ROOT-kanaalplaatvloer.ifc");
	}

	@Test
	void institute() throws Exception {
		check("AC11-Institute-Var-2-IFC.ifc");
	}

	private static void check(String name) throws Exception {
		Path file = Samples.sample(name);
		IfcModel model = IfcModel.open(file);
		RulePack pack = RulePacks.builtIn(RulePacks.GENERAL);
		TakeoffResult result = new TakeoffSession(model, ComputedQuantitySource.NONE).run(pack);

		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))),
				result.modelSha256());
		assertEquals("general-building", result.packId());
		assertEquals(pack.getVersion(), result.packVersion());

		checkVolume(file, result, "wall-volume", WALLS);
		checkVolume(file, result, "slab-volume", SLABS);
	}

	private static void checkVolume(Path file, TakeoffResult result, String ruleId, List<String> types) throws Exception {
		Map<Integer, Double> all = Samples.quantities(file, types, "BaseQuantities", "NetVolume");
		// An authored 0 is not counted but flagged as missing.
		Map<Integer, Double> expected = new java.util.HashMap<>(all);
		expected.values().removeIf(v -> v == 0.0);
		Map<Integer, Samples.Raw> raw = Samples.raw(file);
		Set<String> zeroIds = new HashSet<>();
		all.forEach((id, v) -> {
			if (v == 0.0) {
				zeroIds.add(Samples.unquote(raw.get(id).args().get(0)));
			}
		});
		Set<String> flaggedZero = new HashSet<>();
		result.flags(org.bidbench.qto.FlagKind.MISSING_QUANTITY).stream()
				.filter(f -> f.ruleId().equals(ruleId) && f.message().contains("(authored BaseQuantities.NetVolume is 0)"))
				.forEach(f -> flaggedZero.add(f.globalId()));
		assertEquals(zeroIds, flaggedZero, ruleId + ": authored zeros are flagged");
		double expectedSum = expected.values().stream().mapToDouble(Double::doubleValue).sum();
		List<TakeoffLine> lines = result.lines(ruleId);
		// Each line is rounded to the pack's 3 decimals.
		double slack = lines.size() * 0.0005 + 1e-9;
		assertEquals(expectedSum, result.total(ruleId), slack, ruleId + " of " + file.getFileName());
		if (expected.isEmpty()) {
			return;
		}
		assertFalse(lines.isEmpty(), ruleId + " has lines");
		Set<String> expectedIds = new HashSet<>();
		for (int id : expected.keySet()) {
			expectedIds.add(Samples.unquote(raw.get(id).args().get(0)));
		}
		Set<String> counted = new HashSet<>();
		for (TakeoffLine line : lines) {
			double sum = 0;
			for (Contribution c : line.contributions()) {
				assertEquals(QuantityOrigin.authored("BaseQuantities", "NetVolume"), c.origin(), c.globalId());
				assertTrue(counted.add(c.globalId()), c.globalId() + " counted once");
				sum += c.value();
			}
			assertEquals(sum, line.quantity(), 0.0005 + 1e-9, line.key());
		}
		assertEquals(expectedIds, counted, ruleId + ": the GlobalIds behind the lines");
	}
}
