package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.Contribution;
import org.bidbench.qto.EngineQuantitySource;
import org.bidbench.qto.FlagKind;
import org.bidbench.qto.QuantityOrigin;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffFlag;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.Rule;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.qto.rules.SourcePreference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * Take-off with quantities computed by the installed geometry engine (web-ifc): on the ArchiCAD
 * samples the wall and slab volume lines from computed quantities agree with those from authored
 * quantities within 1 %, a re-run does not tessellate again, and the SampleHouse slab unit error is
 * flagged against the solid.
 */
class ComputedTakeoffTest {

	private static final List<String> VOLUME_RULES = List.of("wall-volume", "slab-volume");

	/** The general pack with the volume rules switched to one source: an edit of the EMF model. */
	private static RulePack generalWith(SourcePreference source) throws Exception {
		RulePack pack = EcoreUtil.copy(RulePacks.builtIn(RulePacks.GENERAL));
		for (Rule rule : pack.getRules()) {
			if (VOLUME_RULES.contains(rule.getId())) {
				rule.setSource(source);
			}
		}
		return pack;
	}

	@Test
	void archicadVolumeLinesFromComputedQuantitiesAgreeWithinOnePercent() throws Exception {
		GeometryEngine engine = GeometryEngines.getDefault();
		RulePack authored = generalWith(SourcePreference.AUTHORED);
		RulePack computed = generalWith(SourcePreference.COMPUTED);
		for (String name : List.of("AC20-FZK-Haus.ifc", "ROOT-kalkzandsteen.ifc", "ROOT-kanaalplaatvloer.ifc",
				"AC11-Institute-Var-2-IFC.ifc")) {
			IfcModel model = Samples.open(name);
			try (GeometrySession geometry = engine.open(model)) {
				EngineQuantitySource source = new EngineQuantitySource(geometry, engine.name(), null);
				TakeoffSession session = new TakeoffSession(model, source);
				TakeoffResult a = session.run(authored);
				TakeoffResult c = session.run(computed);
				session.run(RulePacks.builtIn(RulePacks.GB50500));
				assertEquals(1, source.tessellationCount(), "one tessellation for three take-offs of " + name);
				assertEquals(engine.name(), c.engine());
				for (String rule : VOLUME_RULES) {
					Map<String, Double> byAuthored = values(a, rule);
					Map<String, Double> byComputed = values(c, rule);
					for (var line : c.lines(rule)) {
						for (Contribution contribution : line.contributions()) {
							assertEquals(QuantityOrigin.computed(engine.name()), contribution.origin());
						}
					}
					// Elements the engine gives no trustworthy volume for (open mesh, openings not cut for
					// a net volume) are flagged as missing in the computed take-off, not guessed.
					long missing = c.flags(FlagKind.MISSING_QUANTITY).stream().filter(f -> f.ruleId().equals(rule)).count();
					// Elements flagged as authored/computed mismatch are the file's disagreements, listed
					// for a person (AC11: slabs whose authored NetVolume ignores their openings); the rest agree.
					Set<String> mismatched = a.flags(FlagKind.SOURCE_MISMATCH).stream()
							.filter(f -> f.ruleId().equals(rule)).map(TakeoffFlag::globalId).collect(Collectors.toSet());
					for (var e : byComputed.entrySet()) {
						Double av = byAuthored.get(e.getKey());
						if (av != null) {
							boolean apart = Math.abs(av - e.getValue()) > 0.01 * Math.max(av, e.getValue());
							assertEquals(apart, mismatched.contains(e.getKey()), name + " " + e.getKey() + ": authored "
									+ av + ", computed " + e.getValue());
						}
					}
					double sumAuthored = 0;
					double sumComputed = 0;
					for (var e : byComputed.entrySet()) {
						if (byAuthored.containsKey(e.getKey()) && !mismatched.contains(e.getKey())) {
							sumAuthored += byAuthored.get(e.getKey());
							sumComputed += e.getValue();
						}
					}
					System.out.printf(Locale.ROOT, "%s %s: %d elements authored, %d computed (%d flagged missing);"
							+ " on the %d with both and not flagged: authored %.3f m3, computed %.3f m3 (%+.2f%%); %d mismatch flags%n",
							name, rule, byAuthored.size(), byComputed.size(), missing, byComputed.size() - mismatched.size(), sumAuthored,
							sumComputed, sumAuthored == 0 ? 0 : 100 * (sumComputed - sumAuthored) / sumAuthored,
							a.flags(FlagKind.SOURCE_MISMATCH).stream().filter(f -> f.ruleId().equals(rule)).count());
					assertEquals(matched(a, rule, byAuthored), matched(c, rule, byComputed),
							name + " " + rule + ": every selected element is counted or flagged in both take-offs");
					assertEquals(sumAuthored, sumComputed, 0.01 * sumAuthored, name + " " + rule);
				}
				// Every mismatch flag names both values and the engine.
				for (TakeoffFlag f : a.flags(FlagKind.SOURCE_MISMATCH)) {
					assertTrue(f.message().contains("computed (" + engine.name() + ")"), f.message());
				}
			}
		}
	}

	private static Set<String> matched(TakeoffResult r, String rule, Map<String, Double> counted) {
		Set<String> out = new java.util.HashSet<>(counted.keySet());
		r.flags(FlagKind.MISSING_QUANTITY).stream().filter(f -> f.ruleId().equals(rule)).forEach(f -> out.add(f.globalId()));
		return out;
	}

	private static Map<String, Double> values(TakeoffResult r, String rule) {
		Map<String, Double> out = new HashMap<>();
		for (var line : r.lines(rule)) {
			for (Contribution c : line.contributions()) {
				out.put(c.globalId(), c.value());
			}
		}
		return out;
	}

	@Test
	void sampleHouseSlabUnitErrorIsFlaggedAgainstTheSolid() throws Exception {
		GeometryEngine engine = GeometryEngines.getDefault();
		IfcModel model = Samples.open("Ifc4_SampleHouse.ifc");
		RulePack pack = EcoreUtil.copy(RulePacks.builtIn(RulePacks.GENERAL));
		Rule slabs = pack.getRules().stream().filter(r -> r.getId().equals("slab-volume")).findFirst().orElseThrow();
		slabs.setMeasure(org.bidbench.qto.rules.Measure.GROSS_VOLUME);
		try (GeometrySession geometry = engine.open(model)) {
			TakeoffResult r = new TakeoffSession(model, new EngineQuantitySource(geometry, engine.name(), null)).run(pack);
			Set<String> flagged = r.flags(FlagKind.UNIT_SUSPICIOUS).stream().map(TakeoffFlag::globalId)
					.collect(Collectors.toSet());
			assertEquals(Set.of("3cUkl32yn9qRSPvBJVyWgQ", "3ntFzSulnDNeQ4nJrMgcOt"), flagged);
			for (TakeoffFlag f : r.flags(FlagKind.UNIT_SUSPICIOUS)) {
				assertTrue(f.message().contains("computed (" + engine.name() + ")") && f.message().contains("1e3"),
						f.message());
			}
		}
	}
}
