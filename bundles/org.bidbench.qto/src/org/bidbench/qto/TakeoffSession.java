package org.bidbench.qto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.PropertyValue;
import org.bidbench.qto.ItemUnit.Dimension;
import org.bidbench.qto.internal.Formula;
import org.bidbench.qto.internal.Glob;
import org.bidbench.qto.rules.Condition;
import org.bidbench.qto.rules.GroupKey;
import org.bidbench.qto.rules.Measure;
import org.bidbench.qto.rules.RoundingPolicy;
import org.bidbench.qto.rules.Rule;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.qto.rules.Selector;
import org.bidbench.qto.rules.SourcePreference;

/**
 * Takes quantities off one model: holds what was read from the model (element facts, the
 * file's SHA-256) and the computed-quantity source, so that running again with another or an
 * edited pack reads and tessellates nothing a second time. Safe to use from one thread at a time.
 */
public final class TakeoffSession {

	/** Quantity sets searched when a rule names none, by measure, first found wins. */
	private static final Map<Measure, List<String>> DEFAULT_QUANTITIES = Map.of(
			Measure.LENGTH, List.of("Length"),
			Measure.AREA, List.of("NetArea", "NetFloorArea", "GrossArea", "GrossFloorArea", "Area"),
			Measure.NET_SIDE_AREA, List.of("NetSideArea"),
			Measure.GROSS_SIDE_AREA, List.of("GrossSideArea"),
			Measure.FOOTPRINT, List.of("NetFootprintArea", "GrossFootprintArea"),
			Measure.SURFACE, List.of("OuterSurfaceArea", "NetSurfaceArea", "GrossSurfaceArea", "TotalSurfaceArea"),
			Measure.NET_VOLUME, List.of("NetVolume"),
			Measure.GROSS_VOLUME, List.of("GrossVolume"),
			Measure.WEIGHT, List.of("NetWeight", "GrossWeight"));

	/** Elements that have no quantities of their own to take: openings, virtual and spatial things. */
	private static final List<String> NEVER_UNMATCHED = List.of("IfcFeatureElement", "IfcVirtualElement");

	private final IfcModel model;
	private final ComputedQuantitySource computed;
	private final Map<IfcEntity, ElementFacts> facts = new ConcurrentHashMap<>();
	private final Map<String, Glob> globs = new ConcurrentHashMap<>();
	/** How long one rule may run on this model before it is stopped and flagged (see {@link FlagKind#TIME_BUDGET}). */
	private java.time.Duration ruleTimeBudget = DEFAULT_RULE_TIME_BUDGET;

	/** One minute: far beyond what a rule needs on the largest models measured (docs/benchmarks.md). */
	public static final java.time.Duration DEFAULT_RULE_TIME_BUDGET = java.time.Duration.ofMinutes(1);

	/** Sets how long one rule may run before it is stopped and flagged. */
	public TakeoffSession ruleTimeBudget(java.time.Duration budget) {
		this.ruleTimeBudget = budget;
		return this;
	}
	/** Instances per class: each lookup scans the whole model, and packs ask for the same classes again. */
	private final Map<String, List<IfcEntity>> instances = new ConcurrentHashMap<>();
	private volatile String sha256;
	private volatile boolean shaDone;

	/**
	 * @param model    the model
	 * @param computed computed quantities of this model, or {@link ComputedQuantitySource#NONE}
	 */
	public TakeoffSession(IfcModel model, ComputedQuantitySource computed) {
		this.model = model;
		this.computed = computed == null ? ComputedQuantitySource.NONE : computed;
	}

	public IfcModel model() {
		return model;
	}

	public ComputedQuantitySource computedSource() {
		return computed;
	}

	/** SHA-256 of the model file, computed once; {@code null} when the model has no file. */
	public String modelSha256() {
		if (!shaDone) {
			try {
				sha256 = model.path() == null ? null : ModelFingerprint.sha256(model.path());
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + model.path() + " to fingerprint it", e);
			}
			shaDone = true;
		}
		return sha256;
	}

	/** Runs a pack over the model. */
	public TakeoffResult run(RulePack pack) {
		return run(pack, () -> false);
	}

	/**
	 * Runs a pack over the model.
	 *
	 * @param canceled polled between rules; the run stops with a {@link CancellationException}
	 */
	public TakeoffResult run(RulePack pack, BooleanSupplier canceled) {
		List<TakeoffLine> lines = new ArrayList<>();
		List<TakeoffFlag> flags = new ArrayList<>();
		Set<IfcEntity> matched = new HashSet<>();
		// (GlobalId, dimension) -> rules that counted the element, for the double-count flag.
		Map<String, List<String>> counted = new LinkedHashMap<>();
		Map<String, List<Contribution>> contributionsByKey = new HashMap<>();
		for (Rule rule : pack.getRules()) {
			if (canceled.getAsBoolean()) {
				throw new CancellationException("take-off canceled");
			}
			evaluate(pack, rule, lines, flags, matched, counted, contributionsByKey);
		}
		flagDoubleCounts(counted, contributionsByKey, flags);
		flagUnmatched(matched, flags);
		if (ItemCharacteristics.GB.equals(pack.getCodeScheme())) {
			lines = ItemCharacteristics.numberCodes(pack, lines);
		}
		Map<String, Integer> unitDecimals = new HashMap<>();
		for (TakeoffLine line : lines) {
			if (line.unit() != null) {
				unitDecimals.put(line.unit(), decimals(pack, line.unit()));
			}
		}
		return new TakeoffResult(model.fileName(), modelSha256(), model.schema().name(), pack.getId(), pack.getName(),
				pack.getVersion(), computed.engineName(), List.copyOf(lines), List.copyOf(flags), unitDecimals);
	}

	/**
	 * The exclusion rules every pack shares: products that are not built, or whose quantity is
	 * another product's. Checked in order; the first that holds gives the reason.
	 */
	private static final List<String[]> STANDING_EXCLUSIONS = List.of(
			new String[]{"IfcSpatialStructureElement", "a place of the spatial structure (site, building, storey), not something built"},
			new String[]{"IfcSpatialElement", "a place of the spatial structure, not something built"},
			new String[]{"IfcFeatureElement", "an opening or feature cut from its host, whose net quantities already account for it"},
			new String[]{"IfcVirtualElement", "a virtual boundary, nothing built"},
			new String[]{"IfcAnnotation", "a drawing annotation, nothing built"},
			new String[]{"IfcGrid", "a grid, a drawing aid, nothing built"},
			new String[]{"IfcPort", "a connection port of a distribution element, priced with its element"},
			new String[]{"IfcStructuralItem", "an element of the structural analysis model, not of the building"});

	/**
	 * What this take-off did with every product of the model: priced, excluded (by the standing
	 * exclusion rules, or because it has no body or its whole or parts are priced) or unmatched.
	 *
	 * @param result a take-off of this session's model
	 */
	public Coverage coverage(TakeoffResult result) {
		Map<String, List<String>> pricedBy = new HashMap<>();
		for (TakeoffLine line : result.lines()) {
			for (Contribution c : line.contributions()) {
				List<String> rules = pricedBy.computeIfAbsent(c.globalId(), k -> new ArrayList<>());
				if (!rules.contains(line.ruleId())) {
					rules.add(line.ruleId());
				}
			}
		}
		Map<String, String> noValue = new HashMap<>();
		for (TakeoffFlag f : result.flags()) {
			if (f.kind() == FlagKind.MISSING_QUANTITY && f.globalId() != null) {
				noValue.putIfAbsent(f.globalId(), f.message());
			}
		}
		Set<IfcEntity> priced = new HashSet<>();
		for (IfcEntity e : instancesOf("IfcProduct")) {
			if (e.globalId() != null && pricedBy.containsKey(e.globalId())) {
				priced.add(e);
			}
		}
		List<Coverage.ProductCoverage> out = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (IfcEntity e : instancesOf("IfcProduct")) {
			String id = e.globalId();
			if (id == null || !seen.add(id)) {
				continue;
			}
			ElementFacts f = facts(e);
			double volume = volume(f);
			List<String> rules = pricedBy.get(id);
			Coverage.Status status;
			String reason;
			String standing = standingExclusion(e);
			if (rules != null) {
				status = Coverage.Status.PRICED;
				reason = "priced by " + String.join(", ", rules);
			} else if (noValue.containsKey(id)) {
				// A rule of the pack took it and found no value: it is in the pack's scope and left out
				// of the price, whatever its class (a space a floor rule takes is not "not built").
				status = Coverage.Status.UNMATCHED;
				reason = noValue.get(id);
			} else if (standing != null) {
				status = Coverage.Status.EXCLUDED;
				reason = standing;
			} else if (!f.hasBody) {
				status = Coverage.Status.EXCLUDED;
				reason = "no body in the model: nothing to measure";
			} else if (coveredByWholeOrPart(e, priced)) {
				status = Coverage.Status.EXCLUDED;
				reason = "part of a priced whole, or a whole whose parts are priced";
			} else {
				status = Coverage.Status.UNMATCHED;
				reason = "no rule of pack " + result.packId() + " takes " + f.ifcClass
						+ (f.typeName == null ? "" : " (type '" + f.typeName + "')");
			}
			out.add(new Coverage.ProductCoverage(id, f.ifcClass, f.name, status, reason, volume));
		}
		return new Coverage(out);
	}

	private static String standingExclusion(IfcEntity e) {
		for (String[] rule : STANDING_EXCLUSIONS) {
			// IfcSpace is a spatial element that packs do price (floor areas): it is excluded only when
			// no rule took it (coverage() checks the rules' no-value flags first).
			if (e.isA(rule[0])) {
				return rule[1];
			}
		}
		return null;
	}

	/** The product's volume for coverage shares: from the solid, else its quantity sets, else 0. */
	private double volume(ElementFacts f) {
		if (f.entity.isA("IfcSpatialElement") || f.entity.isA("IfcSpatialStructureElement") || f.entity.isA("IfcFeatureElement")) {
			return 0; // air and holes: counting them would dilute the share of what is built
		}
		ComputedQuantities q = computed.quantities(f.globalId);
		if (q != null && q.closedMesh()) {
			double v = Double.isFinite(q.netVolume()) ? q.netVolume() : q.grossVolume();
			if (Double.isFinite(v) && v > 0) {
				return v;
			}
		}
		ElementFacts.Found authored = f.quantity(List.of("NetVolume", "GrossVolume"));
		return authored == null || authored.value().siValue() == null ? 0 : Math.max(0, authored.value().siValue());
	}

	ElementFacts facts(IfcEntity e) {
		return facts.computeIfAbsent(e, x -> new ElementFacts(model, x));
	}

	private List<IfcEntity> instancesOf(String cls) {
		return instances.computeIfAbsent(cls, c -> List.copyOf(model.instancesOf(c)));
	}

	private List<IfcEntity> candidates(Selector selector) {
		Set<IfcEntity> out = new java.util.LinkedHashSet<>();
		for (String cls : selector.getIfcClasses()) {
			if (model.schema().entity(cls) != null) {
				out.addAll(instancesOf(cls));
			}
		}
		return new ArrayList<>(out);
	}

	private void evaluate(RulePack pack, Rule rule, List<TakeoffLine> lines, List<TakeoffFlag> flags,
			Set<IfcEntity> matched, Map<String, List<String>> counted, Map<String, List<Contribution>> byKey) {
		ItemUnit unit = ItemUnit.of(rule.getItem().getUnit());
		Dimension dimension = rule.getMeasure() == Measure.FORMULA ? unit.dimension() : ItemUnit.dimensionOf(rule.getMeasure());
		Formula formula = rule.getMeasure() == Measure.FORMULA ? Formula.parse(rule.getFormula()) : null;
		Map<List<String>, List<Contribution>> groups = new LinkedHashMap<>();
		List<IfcEntity> candidates = candidates(rule.getSelector());
		long deadline = System.nanoTime() + ruleTimeBudget.toNanos();
		int reached = 0;
		for (IfcEntity e : candidates) {
			if ((++reached & 63) == 0 && System.nanoTime() > deadline) {
				// A rule that takes this long on one model is stopped, never left to hang the take-off;
				// its line says it is incomplete through an error flag.
				flags.add(new TakeoffFlag(FlagKind.TIME_BUDGET, null, rule.getId(), "rule '" + rule.getId()
						+ "' was stopped after " + ruleTimeBudget.toSeconds() + " s, having reached " + reached + " of "
						+ candidates.size() + " candidate elements; its line is incomplete: simplify the rule's patterns"
						+ " or conditions"));
				break;
			}
			ElementFacts f = facts(e);
			if (f.globalId == null || !matches(rule.getSelector(), f)) {
				continue;
			}
			matched.add(e);
			Contribution c = measure(pack, rule, unit, formula, f, flags);
			if (c == null) {
				continue;
			}
			counted.computeIfAbsent(f.globalId + "|" + dimension, k -> new ArrayList<>()).add(rule.getId());
			byKey.computeIfAbsent(f.globalId + "|" + dimension, k -> new ArrayList<>()).add(c);
			List<String> groupValues = new ArrayList<>();
			for (GroupKey key : rule.getGroupBy()) {
				groupValues.add(groupValue(key, f));
			}
			if (!rule.getCharacteristics().isEmpty()) {
				groupValues.add(ItemCharacteristics.describe(rule.getCharacteristics(), f, model,
						ItemCharacteristics.GB.equals(pack.getCodeScheme())));
			}
			groups.computeIfAbsent(groupValues, k -> new ArrayList<>()).add(c);
		}
		// Lines in a stable order: by group values, so two take-offs of similar models line up.
		Map<String, List<String>> sortedKeys = new TreeMap<>();
		for (List<String> k : groups.keySet()) {
			sortedKeys.put(String.join("\u0000", k), k);
		}
		for (List<String> k : sortedKeys.values()) {
			List<Contribution> contributions = groups.get(k);
			double sum = 0;
			for (Contribution c : contributions) {
				sum += c.value();
			}
			Map<String, String> groupMap = new LinkedHashMap<>();
			for (int i = 0; i < rule.getGroupBy().size(); i++) {
				groupMap.put(rule.getGroupBy().get(i).getLiteral(), k.get(i));
			}
			String characteristics = rule.getCharacteristics().isEmpty() ? null : k.get(k.size() - 1);
			lines.add(new TakeoffLine(rule.getId(), rule.getItem().getCode(), rule.getItem().getDescription(),
					rule.getItem().getUnit(), groupMap, round(sum, decimals(pack, rule.getItem().getUnit())), contributions,
					characteristics));
		}
	}

	private Contribution measure(RulePack pack, Rule rule, ItemUnit unit, Formula formula, ElementFacts f,
			List<TakeoffFlag> flags) {
		Set<FlagKind> raised = EnumSet.noneOf(FlagKind.class);
		double value;
		QuantityOrigin origin;
		Double alternative = null;
		Measure measure = rule.getMeasure();
		if (measure == Measure.COUNT) {
			value = 1;
			origin = QuantityOrigin.count();
		} else if (measure == Measure.FORMULA) {
			List<String> missing = new ArrayList<>();
			boolean[] usedComputed = {false};
			Double v = formula.evaluate(name -> {
				PropertyValue p = f.property(name);
				Double d = p == null ? null : p.siValue() != null ? p.siValue() : numeric(p.value());
				if (d == null && rule.getSource() != SourcePreference.AUTHORED) {
					// A file without quantity sets still has solids: the formula reads what they measure.
					d = computedByName(name, f);
					usedComputed[0] |= d != null;
				}
				if (d == null) {
					missing.add(name);
				}
				return d;
			});
			if (v == null) {
				flags.add(new TakeoffFlag(FlagKind.MISSING_QUANTITY, f.globalId, rule.getId(), describe(f)
						+ ": formula '" + formula.text() + "' has no value for " + (missing.isEmpty() ? "a division by zero" : missing)
						+ "; add the quantities to the file or change the rule"));
				return null;
			}
			value = v;
			origin = usedComputed[0]
					? QuantityOrigin.formula(formula.text(), computed.engineName())
					: QuantityOrigin.formula(formula.text());
		} else {
			List<String> names = rule.getQuantityNames().isEmpty() ? DEFAULT_QUANTITIES.get(measure) : rule.getQuantityNames();
			ElementFacts.Found authored = rule.getSource() == SourcePreference.COMPUTED ? null : f.quantity(names);
			Double authoredValue = authored == null ? null : authored.value().siValue();
			if (authored != null && measure == Measure.WEIGHT && authored.value().kind() != org.bidbench.ifc.MeasureKind.MASS) {
				authoredValue = null;
			}
			// An element with a body does not weigh or measure nothing: an authored 0 is an
			// exporter's placeholder, so it counts as absent (computed fallback, else flagged).
			String zero = null;
			if (authoredValue != null && authoredValue == 0.0) {
				zero = authored.setName() + "." + authored.value().name() + " is 0";
				authoredValue = null;
			}
			Double computedValue = computedValue(rule, f);
			// The computed plan area is not like-for-like with an authored net area (sloped roofs,
			// floor areas inside finishes), nor is a side area derived from volume and layer thickness
			// with an exporter's: for areas the computed value is a fallback and shown, never compared.
			if (authoredValue != null && computedValue != null && measure != Measure.AREA
					&& measure != Measure.NET_SIDE_AREA && measure != Measure.GROSS_SIDE_AREA) {
				compare(pack, rule, f, authored, authoredValue, computedValue, raised, flags);
			} else if (authoredValue != null && (measure == Measure.NET_VOLUME || measure == Measure.GROSS_VOLUME)) {
				checkVolumeAgainstDimensions(rule, f, authored, authoredValue, raised, flags);
			}
			if (authoredValue != null && rule.getSource() != SourcePreference.COMPUTED) {
				value = authoredValue;
				origin = QuantityOrigin.authored(authored.setName(), authored.value().name());
				alternative = computedValue;
			} else if (computedValue != null && rule.getSource() != SourcePreference.AUTHORED) {
				value = computedValue;
				origin = QuantityOrigin.computed(computed.engineName());
				alternative = authoredValue;
			} else {
				String wanted = switch (rule.getSource()) {
					case AUTHORED -> "no authored " + names;
					case COMPUTED -> "no computed " + measure.getLiteral() + " from " + computed.engineName();
					case AUTHORED_THEN_COMPUTED -> "neither authored " + names + " nor a computed " + measure.getLiteral()
							+ " (" + computed.engineName() + ")";
				};
				flags.add(new TakeoffFlag(FlagKind.MISSING_QUANTITY, f.globalId, rule.getId(), describe(f) + ": " + wanted
						+ (zero == null ? "" : " (authored " + zero + ")")
						+ "; add the quantity set to the model, name the quantity with 'quantity:' or change 'source:'"));
				return null;
			}
		}
		if (rule.getDeductOpeningsAbove() >= 0) {
			// The net quantity has every opening deducted; the code deducts only those above its
			// threshold, so the small ones are added back.
			double back = OpeningDeductions.smallOpenings(model, f, rule.getMeasure(), rule.getDeductOpeningsAbove());
			value += back;
			if (alternative != null) {
				alternative += back;
			}
		}
		value *= rule.getFactor() * unit.fromSi();
		if (alternative != null) {
			alternative = alternative * rule.getFactor() * unit.fromSi();
		}
		if (pack.getRounding() == RoundingPolicy.PER_ELEMENT) {
			value = round(value, decimals(pack, rule.getItem().getUnit()));
		}
		return new Contribution(f.globalId, f.ifcClass, f.name, value, origin, alternative, raised);
	}

	private static Double numeric(Object v) {
		if (v instanceof Number n) {
			return n.doubleValue();
		}
		if (v instanceof Boolean b) {
			return b ? 1.0 : 0.0;
		}
		return null;
	}

	private Double computedValue(Rule rule, ElementFacts f) {
		if (rule.getSource() == SourcePreference.AUTHORED && computed == ComputedQuantitySource.NONE) {
			return null;
		}
		ComputedQuantities q = computed.quantities(f.globalId);
		if (q == null) {
			return null;
		}
		double v = switch (rule.getMeasure()) {
			case LENGTH -> q.length();
			case AREA -> q.clearHeight() != null ? spaceFloorArea(q, !grossFirst(rule)) : layeredArea(f, q, true);
			case NET_SIDE_AREA -> sideArea(f, q, true);
			case GROSS_SIDE_AREA -> sideArea(f, q, false);
			case FOOTPRINT -> q.footprintArea();
			case SURFACE -> q.surfaceArea();
			case NET_VOLUME -> q.closedMesh() ? netVolume(f, q) : Double.NaN;
			case GROSS_VOLUME -> q.closedMesh() ? q.grossVolume() : Double.NaN;
			// Members rarely have openings, so either volume will do for a weight.
			case WEIGHT -> q.closedMesh() && rule.getDensity() > 0
					? (Double.isFinite(q.netVolume()) ? q.netVolume() : q.grossVolume()) * rule.getDensity()
					: Double.NaN;
			default -> Double.NaN;
		};
		return Double.isFinite(v) && v > 0 ? v : null;
	}

	/**
	 * The net volume: the engine's when it cut the openings; else, when it measured the solid
	 * without them, its gross volume less each opening's area times the element's thickness.
	 */
	private double netVolume(ElementFacts f, ComputedQuantities q) {
		if (Double.isFinite(q.netVolume())) {
			return q.netVolume();
		}
		if (!Double.isFinite(q.grossVolume()) || f.layerThickness == null) {
			return Double.NaN;
		}
		double openings = 0;
		for (IfcEntity opening : model.openings(f.entity)) {
			Double area = OpeningDeductions.area(model, opening);
			if (area == null) {
				return Double.NaN; // an opening of unknown size: no net volume rather than a wrong one
			}
			openings += area * f.layerThickness;
		}
		return q.grossVolume() - openings;
	}

	/**
	 * Clear heights (m) of the net floor area of a space measured on its solid: the floor counts in
	 * full where the clear height is at least {@value}, half where it is at least
	 * {@link #NET_FLOOR_HALF_HEIGHT}, not at all below. The rule of the German living-area ordinance
	 * (WoFlV section 4) that ArchiCAD applies to its zones' net area; docs/rule-packs.md says why
	 * and how GB 50353's 2.10/1.20 m differ.
	 */
	static final double NET_FLOOR_FULL_HEIGHT = 2.0;

	/** See {@link #NET_FLOOR_FULL_HEIGHT}. */
	static final double NET_FLOOR_HALF_HEIGHT = 1.0;

	/** A space's floor area from its solid: net counts the floor by clear height, gross is the whole plan. */
	private static double spaceFloorArea(ComputedQuantities q, boolean net) {
		return net ? q.clearHeight().countedArea(NET_FLOOR_FULL_HEIGHT, NET_FLOOR_HALF_HEIGHT) : q.footprintArea();
	}

	/** Whether the rule asks first for a gross area (e.g. a floor finish, which covers low floor too). */
	private static boolean grossFirst(Rule rule) {
		return !rule.getQuantityNames().isEmpty() && rule.getQuantityNames().get(0).startsWith("Gross");
	}

	/** Classes whose 'area' is the face of their layers, sloped or not: volume over layer thickness. */
	private static final List<String> LAYERED_AREA_CLASSES = List.of("IfcSlab", "IfcCovering", "IfcRoof");

	/**
	 * The area of a layered element: its volume over the layer set's thickness (exact for a slab
	 * of constant thickness, sloped or not), else the plan area.
	 */
	private double layeredArea(ElementFacts f, ComputedQuantities q, boolean net) {
		if (f.layerThickness != null && LAYERED_AREA_CLASSES.stream().anyMatch(f.entity::isA)) {
			double volume = net ? netVolume(f, q) : (Double.isFinite(q.grossVolume()) ? q.grossVolume() : q.netVolume());
			if (q.closedMesh() && Double.isFinite(volume)) {
				return volume / f.layerThickness;
			}
		}
		return q.footprintArea();
	}

	/**
	 * The side area of a wall: its volume over the layer set's thickness, which for a wall of
	 * constant thickness is one face with its openings cut (net) or not (gross). Without a layer
	 * set the thickness is unknown and so is the side area.
	 */
	private double sideArea(ElementFacts f, ComputedQuantities q, boolean net) {
		if (f.layerThickness == null || !q.closedMesh()) {
			return Double.NaN;
		}
		double volume = net ? netVolume(f, q) : q.grossVolume();
		return volume / f.layerThickness;
	}

	/**
	 * A quantity a formula names (bare or {@code Set.Name}), measured on the solid: what a formula
	 * reads when the file has no quantity sets. {@code null} for names the solid cannot answer.
	 */
	private Double computedByName(String reference, ElementFacts f) {
		ComputedQuantities q = computed.quantities(f.globalId);
		if (q == null) {
			return null;
		}
		String name = reference.substring(reference.lastIndexOf('.') + 1);
		double v = switch (name) {
			case "NetSideArea" -> sideArea(f, q, true);
			case "GrossSideArea" -> sideArea(f, q, false);
			case "NetVolume" -> q.closedMesh() ? netVolume(f, q) : Double.NaN;
			case "GrossVolume" -> q.closedMesh() ? q.grossVolume() : Double.NaN;
			case "Length" -> q.length();
			case "NetArea", "GrossArea", "NetFloorArea", "GrossFloorArea", "Area" -> q.clearHeight() != null
					? spaceFloorArea(q, name.startsWith("Net"))
					: layeredArea(f, q, !name.startsWith("Gross"));
			case "NetFootprintArea", "GrossFootprintArea" -> q.footprintArea();
			case "OuterSurfaceArea", "NetSurfaceArea", "GrossSurfaceArea", "TotalSurfaceArea" -> q.surfaceArea();
			case "Width", "Thickness" -> f.layerThickness == null ? Double.NaN : f.layerThickness;
			default -> Double.NaN;
		};
		return Double.isFinite(v) && v > 0 ? v : null;
	}

	/** Authored and computed both exist: a power-of-1000 ratio is a unit error, any other gap beyond tolerance a mismatch. */
	private void compare(RulePack pack, Rule rule, ElementFacts f, ElementFacts.Found authored, double a, double c,
			Set<FlagKind> raised, List<TakeoffFlag> flags) {
		String what = describe(f) + ": authored " + authored.setName() + "." + authored.value().name() + " = " + fmt(a)
				+ " but computed (" + computed.engineName() + ") = " + fmt(c);
		int power = thousandsPower(a / c, 0.03);
		if (power != 0) {
			raised.add(FlagKind.UNIT_SUSPICIOUS);
			flags.add(new TakeoffFlag(FlagKind.UNIT_SUSPICIOUS, f.globalId, rule.getId(), what + ", a factor of 1e"
					+ (3 * power) + ": the file probably stores this quantity in another unit than it declares;"
					+ " use 'source: computed' for this rule or fix the exporter's units"));
			return;
		}
		double diff = Math.abs(a - c) / Math.max(Math.abs(a), Math.abs(c));
		double tolerance = rule.getTolerance() >= 0 ? rule.getTolerance() : pack.getTolerance();
		if (diff > tolerance) {
			raised.add(FlagKind.SOURCE_MISMATCH);
			flags.add(new TakeoffFlag(FlagKind.SOURCE_MISMATCH, f.globalId, rule.getId(), what + String.format(Locale.ROOT,
					", %.1f%% apart (tolerance %.1f%%%s); check the element's geometry and quantity set", diff * 100,
					tolerance * 100, rule.getTolerance() >= 0 ? " of this rule" : "")));
		}
	}

	/**
	 * Without geometry, a volume can still be checked against the same set's area times
	 * thickness: a power-of-1000 gap with no consistent pair means a unit error.
	 */
	private void checkVolumeAgainstDimensions(Rule rule, ElementFacts f, ElementFacts.Found authored, double volume,
			Set<FlagKind> raised, List<TakeoffFlag> flags) {
		String[][] pairs = {
				{"GrossArea", "Width"}, {"NetArea", "Width"}, {"GrossArea", "Depth"}, {"NetArea", "Depth"},
				{"GrossArea", "Thickness"}, {"GrossFootprintArea", "Height"}, {"NetFootprintArea", "Height"},
				{"GrossSideArea", "Width"}, {"NetSideArea", "Width"}, {"CrossSectionArea", "Length"}};
		int suspicious = 0;
		String evidence = null;
		for (String[] pair : pairs) {
			PropertyValue area = set(f, authored.setName(), pair[0]);
			PropertyValue length = set(f, authored.setName(), pair[1]);
			if (area == null || length == null || area.siValue() == null || length.siValue() == null
					|| area.siValue() <= 0 || length.siValue() <= 0) {
				continue;
			}
			double expected = area.siValue() * length.siValue();
			double ratio = volume / expected;
			if (Math.abs(Math.log10(ratio)) < 0.3) {
				return;
			}
			int power = thousandsPower(ratio, 0.1);
			if (power != 0 && suspicious == 0) {
				suspicious = power;
				evidence = pair[0] + " x " + pair[1] + " = " + fmt(expected) + " m3";
			}
		}
		if (suspicious != 0) {
			raised.add(FlagKind.UNIT_SUSPICIOUS);
			flags.add(new TakeoffFlag(FlagKind.UNIT_SUSPICIOUS, f.globalId, rule.getId(), describe(f) + ": authored "
					+ authored.setName() + "." + authored.value().name() + " = " + fmt(volume) + " m3 but " + evidence
					+ ", a factor of 1e" + (3 * suspicious) + ": the file probably stores this volume in another unit"
					+ " than it declares; use 'source: computed' or fix the exporter's units"));
		}
	}

	private static PropertyValue set(ElementFacts f, String setName, String name) {
		for (var s : f.propertySets) {
			if (setName.equals(s.name())) {
				PropertyValue v = s.get(name);
				if (v != null) {
					return v;
				}
			}
		}
		return null;
	}

	/** k when ratio is 1000^k within {@code slack} decades (k != 0), else 0. */
	static int thousandsPower(double ratio, double slack) {
		if (!(ratio > 0) || !Double.isFinite(ratio)) {
			return 0;
		}
		double decades = Math.log10(ratio);
		long k = Math.round(decades / 3);
		return k != 0 && Math.abs(decades - 3 * k) < slack ? (int) k : 0;
	}

	private boolean matches(Selector s, ElementFacts f) {
		for (String excluded : s.getExcludedClasses()) {
			if (f.entity.isA(excluded)) {
				return false;
			}
		}
		if (!s.getPredefinedTypes().isEmpty() && !anyGlob(s.getPredefinedTypes(), f.predefinedType)) {
			return false;
		}
		if (!s.getObjectTypes().isEmpty() && !anyGlob(s.getObjectTypes(), f.objectType)) {
			return false;
		}
		if (!s.getTypeNames().isEmpty() && !anyGlob(s.getTypeNames(), f.typeName)) {
			return false;
		}
		if (!s.getStoreys().isEmpty() && !anyGlob(s.getStoreys(), f.storey)) {
			return false;
		}
		if (!s.getMaterials().isEmpty()) {
			boolean any = false;
			for (String m : f.materials) {
				any |= anyGlob(s.getMaterials(), m);
			}
			if (f.materialLabel != null) {
				any |= anyGlob(s.getMaterials(), f.materialLabel);
			}
			if (!any) {
				return false;
			}
		}
		for (String m : f.materials) {
			if (anyGlob(s.getExcludedMaterials(), m)) {
				return false;
			}
		}
		if (f.materialLabel != null && anyGlob(s.getExcludedMaterials(), f.materialLabel)) {
			return false;
		}
		if (!s.getClassificationCodes().isEmpty()) {
			boolean any = false;
			for (String code : f.classificationCodes) {
				any |= anyGlob(s.getClassificationCodes(), code);
			}
			if (!any) {
				return false;
			}
		}
		for (Condition c : s.getConditions()) {
			if (!holds(c, f.property(c.getProperty()))) {
				return false;
			}
		}
		return true;
	}

	private boolean holds(Condition c, PropertyValue p) {
		return switch (c.getOperator()) {
			case EXISTS -> p != null;
			case MATCHES -> p != null && glob(c.getValue()).matches(text(p));
			case EQUALS -> p != null && equal(p, c.getValue());
			case NOT_EQUALS -> p == null || !equal(p, c.getValue());
			default -> {
				Double v = p == null ? null : p.siValue() != null ? p.siValue() : numeric(p.value());
				Double limit = RulePackReader.parseNumber(c.getValue());
				if (v == null || limit == null) {
					yield false;
				}
				yield switch (c.getOperator()) {
					case LESS -> v < limit;
					case LESS_OR_EQUAL -> v <= limit;
					case GREATER -> v > limit;
					default -> v >= limit;
				};
			}
		};
	}

	private static boolean equal(PropertyValue p, String expected) {
		Double limit = RulePackReader.parseNumber(expected);
		Double v = p.siValue() != null ? p.siValue() : numeric(p.value());
		if (limit != null && v != null && !(p.value() instanceof Boolean)) {
			return Math.abs(v - limit) <= 1e-9 * Math.max(1, Math.abs(limit));
		}
		if (p.value() instanceof Boolean b) {
			return expected.equalsIgnoreCase(b ? "true" : "false");
		}
		return text(p).equalsIgnoreCase(expected);
	}

	private static String text(PropertyValue p) {
		Object v = p.value();
		if (v instanceof org.bidbench.ifc.EnumValue e) {
			return e.literal();
		}
		return String.valueOf(v);
	}

	private boolean anyGlob(List<String> patterns, String value) {
		if (value == null) {
			return false;
		}
		for (String p : patterns) {
			if (glob(p).matches(value)) {
				return true;
			}
		}
		return false;
	}

	private Glob glob(String pattern) {
		return globs.computeIfAbsent(pattern, Glob::of);
	}

	private static String groupValue(GroupKey key, ElementFacts f) {
		String v = switch (key) {
			case STOREY -> f.storey;
			case TYPE -> f.typeName != null && !f.typeName.isBlank() ? f.typeName : f.objectType;
			case MATERIAL -> f.materialLabel;
			case CLASSIFICATION -> f.classificationCodes.isEmpty() ? null : f.classificationCodes.get(0);
			case PROFILE -> f.profile;
			case IFC_CLASS -> f.ifcClass;
		};
		return v == null || v.isBlank() ? "(no " + key.getLiteral() + ")" : v;
	}

	private void flagDoubleCounts(Map<String, List<String>> counted, Map<String, List<Contribution>> byKey,
			List<TakeoffFlag> flags) {
		for (Map.Entry<String, List<String>> e : counted.entrySet()) {
			if (e.getValue().size() > 1) {
				String globalId = e.getKey().substring(0, e.getKey().lastIndexOf('|'));
				String dimension = e.getKey().substring(e.getKey().lastIndexOf('|') + 1).toLowerCase(Locale.ROOT);
				for (Contribution c : byKey.get(e.getKey())) {
					c.flags().add(FlagKind.DOUBLE_COUNT);
				}
				Contribution first = byKey.get(e.getKey()).get(0);
				flags.add(new TakeoffFlag(FlagKind.DOUBLE_COUNT, globalId, String.join(",", e.getValue()),
						first.ifcClass() + " " + globalId + (first.name() == null ? "" : " '" + first.name() + "'")
								+ " is counted as " + dimension + " by rules " + e.getValue()
								+ "; narrow one rule's 'select' (e.g. 'not-class' or 'where') so each element feeds one of them"));
			}
		}
	}

	private void flagUnmatched(Set<IfcEntity> matched, List<TakeoffFlag> flags) {
		for (IfcEntity e : instancesOf("IfcElement")) {
			if (matched.contains(e) || NEVER_UNMATCHED.stream().anyMatch(e::isA)) {
				continue;
			}
			ElementFacts f = facts(e);
			if (!f.hasBody || f.globalId == null || coveredByWholeOrPart(e, matched)) {
				continue;
			}
			flags.add(new TakeoffFlag(FlagKind.UNMATCHED, f.globalId, null, describe(f)
					+ " has a body but no rule of the pack takes it; add a rule for "
					+ f.ifcClass + (f.typeName == null ? "" : " (type '" + f.typeName + "')") + " or accept it as not priced"));
		}
	}

	/** An element aggregated into a matched whole, or whose parts were matched, is covered. */
	private boolean coveredByWholeOrPart(IfcEntity e, Set<IfcEntity> matched) {
		int depth = 0;
		for (IfcEntity whole = model.parentOf(e); whole != null && depth < 16; whole = model.parentOf(whole), depth++) {
			if (matched.contains(whole)) {
				return true;
			}
		}
		for (IfcEntity part : model.partsOf(e)) {
			if (matched.contains(part)) {
				return true;
			}
		}
		return false;
	}

	private static String describe(ElementFacts f) {
		return f.ifcClass + " " + f.globalId + (f.name == null || f.name.isBlank() ? "" : " '" + f.name + "'")
				+ (f.storey == null ? "" : " on " + f.storey);
	}

	/** The decimals a quantity in this unit is rounded to: the pack's per-unit rule, else its decimals. */
	static int decimals(RulePack pack, String unit) {
		for (String entry : pack.getUnitDecimals()) {
			int eq = entry.lastIndexOf('=');
			if (eq > 0 && entry.substring(0, eq).equals(unit)) {
				return Integer.parseInt(entry.substring(eq + 1));
			}
		}
		return pack.getDecimals();
	}

	static double round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.4g", v);
	}
}
