package org.bidbench.qto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bidbench.geometry.GeometryEngine;
import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.Coverage;
import org.bidbench.qto.EngineQuantitySource;
import org.bidbench.qto.FlagKind;
import org.bidbench.qto.LineSource;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffFlag;
import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;
import org.bidbench.qto.TakeoffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage before price: a model without quantity sets is priced from its solids as fully as the
 * same model with them, and on every shared sample every product is priced, excluded with a reason
 * or listed as unmatched.
 */
class CoverageTest {

	private static final Pattern STATEMENT = Pattern.compile("^#(\\d+)\\s*=\\s*(\\w+)\\s*\\((.*)\\)\\s*;\\s*$", Pattern.DOTALL);

	/**
	 * A copy of a Part-21 file with every IfcElementQuantity, its quantities and the relations that
	 * attach them removed: what an exporter that writes no BaseQuantities makes.
	 */
	static Path withoutQuantitySets(Path source, Path dir) throws IOException {
		List<String> statements = new java.util.ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : Files.readAllLines(source, StandardCharsets.ISO_8859_1)) {
			// Some exporters break one instance over several lines: a statement ends at its ';'.
			current.append(current.isEmpty() ? "" : "\n").append(line);
			if (line.strip().endsWith(";")) {
				statements.add(current.toString());
				current.setLength(0);
			}
		}
		if (!current.isEmpty()) {
			statements.add(current.toString());
		}
		Set<String> sets = new HashSet<>();
		for (String s : statements) {
			Matcher m = STATEMENT.matcher(s.strip());
			if (m.matches() && m.group(2).equalsIgnoreCase("IFCELEMENTQUANTITY")) {
				sets.add("#" + m.group(1));
			}
		}
		StringBuilder out = new StringBuilder();
		int removed = 0;
		for (String s : statements) {
			Matcher m = STATEMENT.matcher(s.strip());
			if (m.matches()) {
				String type = m.group(2).toUpperCase(Locale.ROOT);
				boolean drop = type.equals("IFCELEMENTQUANTITY") || type.startsWith("IFCQUANTITY");
				if (type.equals("IFCRELDEFINESBYPROPERTIES")) {
					String relating = m.group(3).substring(m.group(3).lastIndexOf(',') + 1).strip();
					drop = sets.contains(relating);
				}
				if (drop) {
					removed++;
					continue;
				}
			}
			out.append(s).append('\n');
		}
		assertTrue(removed > sets.size() && !sets.isEmpty(), "the copy lost its quantity sets");
		Path copy = dir.resolve("no-quantities-" + source.getFileName());
		Files.writeString(copy, out, StandardCharsets.ISO_8859_1);
		return copy;
	}

	@Test
	void ac20WithoutQuantitySetsGivesTheSameLinesAllComputed(@TempDir Path dir) throws Exception {
		Path original = Samples.sample("AC20-FZK-Haus.ifc");
		Path stripped = withoutQuantitySets(original, dir);
		GeometryEngine engine = GeometryEngines.getDefault();
		IfcModel a = IfcModel.open(original);
		IfcModel b = IfcModel.open(stripped);
		assertTrue(b.instancesOf("IfcElementQuantity").isEmpty());
		assertEquals(a.instancesOf("IfcProduct").size(), b.instancesOf("IfcProduct").size());
		try (GeometrySession ga = engine.open(a); GeometrySession gb = engine.open(b)) {
			TakeoffSession sa = new TakeoffSession(a, new EngineQuantitySource(ga, engine.name(), null));
			TakeoffSession sb = new TakeoffSession(b, new EngineQuantitySource(gb, engine.name(), null));
			for (String pack : List.of(RulePacks.GENERAL, RulePacks.GB50500)) {
				TakeoffResult withSets = sa.run(RulePacks.builtIn(pack));
				TakeoffResult without = sb.run(RulePacks.builtIn(pack));
				Map<String, TakeoffLine> before = byKey(withSets);
				Map<String, TakeoffLine> after = byKey(without);
				for (TakeoffFlag f : without.flags(FlagKind.MISSING_QUANTITY)) {
					System.out.println(pack + " without quantity sets: " + f.message() + " -- the engine measured "
							+ sb.computedSource().quantities(f.globalId()));
				}
				assertTrue(withSets.lines().stream().anyMatch(l -> !l.source().kind().equals(LineSource.COMPUTED)),
						pack + ": the original has authored lines, or the comparison proves nothing");
				// Elements the engine cannot measure (web-ifc leaves AC20's two gable walls, clipped by the
				// roof, with open meshes, and gives one railing no length) are flagged, never priced low.
				Set<String> unmeasured = without.flags(FlagKind.MISSING_QUANTITY).stream().map(TakeoffFlag::globalId)
						.collect(Collectors.toSet());
				int compared = 0;
				for (TakeoffLine o : before.values()) {
					TakeoffLine l = after.get(o.key());
					Set<String> missing = new java.util.HashSet<>(o.globalIds());
					if (l != null) {
						missing.removeAll(l.globalIds());
						assertEquals(LineSource.COMPUTED, l.source().kind(), pack + " " + l.key() + ": " + l.source().describe());
					}
					assertTrue(unmeasured.containsAll(missing), pack + " " + o.key() + ": every element left out is flagged " + missing);
					if (!missing.isEmpty()) {
						System.out.printf(Locale.ROOT, "%s %-60s authored-first %12.3f; %d element(s) the engine cannot measure,"
								+ " flagged missing-quantity%n", pack, o.key(), o.quantity(), missing.size());
						continue;
					}
					double expected = o.quantity();
					if (pack.equals(RulePacks.GENERAL) && o.key().startsWith("spaces") && o.key().contains("Erdgeschoss")) {
						// ArchiCAD multiplies the ground floor zones' area by a zone factor of 0.97 (its property
						// 'Raumfläche Faktor': the 3 % plaster allowance of the old German II. BV, set per zone, 1.0
						// on the attic): a setting, not a shape, so the solid cannot show it (98.833 authored,
						// 101.386 computed, 2.58 % apart). With the factor applied they agree within 1 %.
						expected = expected / ArchiCadZoneFactor.GROUND_FLOOR;
					}
					System.out.printf(Locale.ROOT, "%s %-60s authored-first %12.3f  computed %12.3f  (%s)%n", pack, l.key(),
							expected, l.quantity(), o.source().describe());
					// A wall's side area from the solid is its volume over its layer thickness: the mid-plane face.
					// ArchiCAD measures NetSideArea on another face, which at wall joints differs by up to about 1.2 %
					// on AC20 (54.189 authored, 54.813 computed): side areas are held to 2 %, everything else to 1 %.
					boolean sideArea = ruleMeasure(pack, l.ruleId()) == org.bidbench.qto.rules.Measure.NET_SIDE_AREA;
					assertEquals(expected, l.quantity(), (sideArea ? 0.02 : 0.01) * Math.max(Math.abs(expected), Math.abs(l.quantity()))
							+ 1e-9, pack + " " + l.key());
					assertEquals(o.globalIds().stream().sorted().toList(), l.globalIds().stream().sorted().toList());
					compared++;
				}
				assertTrue(before.keySet().containsAll(after.keySet()), pack + ": no line the original lacks");
				assertTrue(before.keySet().stream().anyMatch(k -> k.contains("Dachgeschoss") && (k.startsWith("spaces")
						|| k.startsWith("floor-finishes"))), pack + ": the attic floor is compared");
				assertTrue(compared >= before.size() - 3, pack + ": " + compared + " of " + before.size() + " lines agree within 1 %");
				// The unmeasured elements are errors of the take-off: a quote from it cannot be released unacknowledged.
				assertTrue(unmeasured.size() <= 3, pack + ": unmeasured " + unmeasured);
				assertTrue(without.flags(FlagKind.MISSING_QUANTITY).stream().allMatch(f -> f.kind().isError()));
			}
		}
	}

	private static org.bidbench.qto.rules.Measure ruleMeasure(String pack, String ruleId) throws Exception {
		return RulePacks.builtIn(pack).getRules().stream().filter(r -> r.getId().equals(ruleId)).findFirst().orElseThrow()
				.getMeasure();
	}

	private static Map<String, TakeoffLine> byKey(TakeoffResult r) {
		Map<String, TakeoffLine> out = new LinkedHashMap<>();
		r.lines().forEach(l -> out.put(l.key(), l));
		return out;
	}

	@Test
	void everyProductOfEverySampleIsPricedExcludedOrUnmatched() throws Exception {
		GeometryEngine engine = GeometryEngines.getDefault();
		List<Path> samples;
		try (var files = Files.list(Samples.folder())) {
			samples = files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ifc")).sorted().toList();
		}
		assertFalse(samples.isEmpty());
		for (Path sample : samples) {
			IfcModel model = IfcModel.open(sample);
			try (GeometrySession geometry = engine.open(model)) {
				TakeoffSession session = new TakeoffSession(model, new EngineQuantitySource(geometry, engine.name(), null));
				for (String pack : List.of(RulePacks.GENERAL, RulePacks.GB50500)) {
					TakeoffResult r = session.run(RulePacks.builtIn(pack));
					Coverage coverage = session.coverage(r);
					Set<String> products = model.instancesOf("IfcProduct").stream().map(IfcEntity::globalId)
							.filter(id -> id != null).collect(Collectors.toSet());
					Set<String> accounted = coverage.products().stream().map(Coverage.ProductCoverage::globalId)
							.collect(Collectors.toSet());
					String where = sample.getFileName() + " / " + pack;
					assertEquals(products, accounted, where + ": every product accounted for");
					assertEquals(products.size(), coverage.products().size(), where + ": each product once");
					assertEquals(products.size(), coverage.count(Coverage.Status.PRICED) + coverage.count(Coverage.Status.EXCLUDED)
							+ coverage.count(Coverage.Status.UNMATCHED), where);
					Set<String> inLines = r.lines().stream().flatMap(l -> l.globalIds().stream()).collect(Collectors.toSet());
					Set<String> priced = coverage.with(Coverage.Status.PRICED).stream().map(Coverage.ProductCoverage::globalId)
							.collect(Collectors.toSet());
					assertEquals(inLines, priced, where + ": priced means counted in a line");
					for (TakeoffFlag f : r.flags(FlagKind.UNMATCHED)) {
						assertTrue(coverage.with(Coverage.Status.UNMATCHED).stream().anyMatch(p -> p.globalId().equals(f.globalId())),
								where + ": flagged unmatched " + f.globalId() + " is listed as unmatched");
					}
					for (TakeoffFlag f : r.flags(FlagKind.MISSING_QUANTITY)) {
						if (f.globalId() != null && !priced.contains(f.globalId())) {
							assertTrue(coverage.with(Coverage.Status.UNMATCHED).stream().anyMatch(p -> p.globalId().equals(f.globalId())),
									where + ": " + f.globalId() + ", taken by rule " + f.ruleId()
											+ " without a value, is listed as unmatched, not excluded");
						}
					}
					for (Coverage.ProductCoverage p : coverage.products()) {
						assertTrue(p.reason() != null && !p.reason().isBlank(), where + ": " + p.globalId() + " has a reason");
					}
					int classTotal = coverage.byClass().stream().mapToInt(Coverage.ClassCoverage::count).sum();
					assertEquals(products.size(), classTotal, where + ": the per-class counts add up");
					System.out.printf(Locale.ROOT, "%s: %d products, %d priced, %d excluded, %d unmatched; %.1f%% of the volume priced%n",
							where, products.size(), coverage.count(Coverage.Status.PRICED), coverage.count(Coverage.Status.EXCLUDED),
							coverage.count(Coverage.Status.UNMATCHED), 100 * coverage.pricedVolumeShare());
				}
			}
		}
	}

	/**
	 * example.ifc (a Revit export) has one IfcSpace that is really a 100x6 SHS beam. The GB pack's
	 * floor finishes take a space's gross floor area (its footprint, 0.56 m2); the general pack's
	 * spaces take the net floor area, where the room is high enough to stand in, and a beam has none.
	 * That space was the one difference between the two packs' coverage, and the general pack
	 * reported it as excluded ("not something built") although its rule took it and priced nothing.
	 */
	@Test
	void aSpaceTakenByARuleWithoutAValueIsUnmatchedNotExcluded() throws Exception {
		String space = "0cqv$41Df7ygSQzJTMBnvM";
		GeometryEngine engine = GeometryEngines.getDefault();
		IfcModel model = IfcModel.open(Samples.folder().resolve("example.ifc"));
		try (GeometrySession geometry = engine.open(model)) {
			TakeoffSession session = new TakeoffSession(model, new EngineQuantitySource(geometry, engine.name(), null));
			Coverage general = session.coverage(session.run(RulePacks.builtIn(RulePacks.GENERAL)));
			Coverage.ProductCoverage g = general.products().stream().filter(p -> p.globalId().equals(space)).findFirst().orElseThrow();
			assertEquals(Coverage.Status.UNMATCHED, g.status(), g.reason());
			assertTrue(g.reason().contains("NetFloorArea"), g.reason());
			Coverage gb = session.coverage(session.run(RulePacks.builtIn(RulePacks.GB50500)));
			Coverage.ProductCoverage b = gb.products().stream().filter(p -> p.globalId().equals(space)).findFirst().orElseThrow();
			assertEquals(Coverage.Status.PRICED, b.status(), b.reason());
			assertTrue(b.reason().contains("floor-finishes"), b.reason());
		}
	}

	/** The zone factor ArchiCAD applied to AC20's ground floor spaces (see the spaces line above). */
	private static final class ArchiCadZoneFactor {
		static final double GROUND_FLOOR = 0.97;
	}
}
