package org.bidbench.qto;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.bidbench.ifc.PropertySet;
import org.bidbench.ifc.PropertyValue;
import org.bidbench.qto.rules.RulePack;

/**
 * Compares two versions of a model element by element (matched by GlobalId) and line by line
 * under one pack. Both sessions keep their caches, so diffing again with another pack is cheap.
 */
public final class ModelDiff {

	/** Placements closer than this (m, or unit-less for rotation terms) are the same. */
	private static final double PLACEMENT_TOLERANCE = 1e-6;
	/** Quantities closer than this, relatively, are the same. */
	private static final double QUANTITY_TOLERANCE = 1e-6;

	private ModelDiff() {
	}

	/** How elements of the two versions are paired. */
	public enum Match {
		/** By GlobalId only. */
		GLOBALID,
		/** By GlobalId, then pairs a person confirmed, then by content where the pair is sure and unique. */
		AUTO
	}

	/** Content matches at or above this confidence are made when unique; below it they are doubtful. */
	public static final double SURE = 0.9;
	/** Candidates below this confidence are not worth a person's look. */
	public static final double WORTH_A_LOOK = 0.5;
	/** How far ahead of the runner-up a sure pair must be to count as unique. */
	private static final double UNIQUE_MARGIN = 0.1;

	public static ModelDiffResult compare(TakeoffSession before, TakeoffSession after, RulePack pack) {
		return compare(before, after, pack, Match.GLOBALID, ConfirmedMatches.none());
	}

	/**
	 * Compares two versions; with {@link Match#AUTO} elements whose GlobalIds changed (exporters often
	 * regenerate them) are paired by what they are.
	 *
	 * @param confirmed pairs a person confirmed for these two files; used with {@link Match#AUTO}
	 */
	public static ModelDiffResult compare(TakeoffSession before, TakeoffSession after, RulePack pack, Match match,
			ConfirmedMatches confirmed) {
		TakeoffResult oldResult = before.run(pack);
		TakeoffResult newResult = after.run(pack);
		Map<String, IfcEntity> oldElements = elements(before.model());
		Map<String, IfcEntity> newElements = elements(after.model());
		Map<String, String> newToOld = new LinkedHashMap<>();
		int byIdentity = 0;
		for (String id : newElements.keySet()) {
			if (oldElements.containsKey(id)) {
				newToOld.put(id, id);
				byIdentity++;
			}
		}
		List<ElementMatch> contentMatches = new ArrayList<>();
		List<ElementMatch> doubtful = new ArrayList<>();
		if (match == Match.AUTO) {
			Map<String, IfcEntity> oldLeft = new LinkedHashMap<>(oldElements);
			oldLeft.keySet().removeAll(newToOld.values());
			Map<String, IfcEntity> newLeft = new LinkedHashMap<>(newElements);
			newLeft.keySet().removeAll(newToOld.keySet());
			for (Map.Entry<String, String> pair : confirmed.pairs().entrySet()) {
				if (oldLeft.containsKey(pair.getKey()) && newLeft.containsKey(pair.getValue())) {
					ElementFacts n = after.facts(newLeft.get(pair.getValue()));
					contentMatches.add(new ElementMatch(pair.getKey(), pair.getValue(), n.ifcClass, n.name, ElementMatch.By.CONFIRMED,
							1, "confirmed by a person"));
					newToOld.put(pair.getValue(), pair.getKey());
					oldLeft.remove(pair.getKey());
					newLeft.remove(pair.getValue());
				}
			}
			new ContentMatcher(before, after).match(oldLeft, newLeft, contentMatches, doubtful);
			for (ElementMatch m : contentMatches) {
				newToOld.put(m.newGlobalId(), m.oldGlobalId());
			}
		}
		Set<String> pairedOld = new java.util.HashSet<>(newToOld.values());
		List<ElementChange> added = new ArrayList<>();
		List<ElementChange> removed = new ArrayList<>();
		List<ElementChange> changed = new ArrayList<>();
		int unchanged = 0;
		for (Map.Entry<String, IfcEntity> e : newElements.entrySet()) {
			String oldId = newToOld.get(e.getKey());
			if (oldId == null) {
				ElementFacts f = after.facts(e.getValue());
				added.add(new ElementChange(e.getKey(), f.ifcClass, f.name, EnumSet.of(ChangeKind.ADDED),
						List.of("added " + f.ifcClass + (f.storey == null ? "" : " on " + f.storey))));
			} else {
				ElementChange c = compare(before, oldElements.get(oldId), after, e.getValue(), !oldId.equals(e.getKey()));
				if (c != null) {
					changed.add(c);
				} else {
					unchanged++;
				}
			}
		}
		for (Map.Entry<String, IfcEntity> e : oldElements.entrySet()) {
			if (!pairedOld.contains(e.getKey())) {
				ElementFacts f = before.facts(e.getValue());
				removed.add(new ElementChange(e.getKey(), f.ifcClass, f.name, EnumSet.of(ChangeKind.REMOVED),
						List.of("removed " + f.ifcClass + (f.storey == null ? "" : " from " + f.storey))));
			}
		}
		return new ModelDiffResult(oldResult, newResult, List.copyOf(added), List.copyOf(removed), List.copyOf(changed),
				lineDeltas(oldResult, newResult, pack.getDecimals(), newToOld), unchanged, byIdentity, List.copyOf(contentMatches),
				List.copyOf(doubtful));
	}

	/**
	 * Pairs elements by what they are: same class required; storey, type, material, name,
	 * placement and geometry (computed volume, surface and plan area, else the authored quantities)
	 * weighed into a confidence. A pair is made only when sure and unique both ways; the rest with
	 * a fair chance are listed as doubtful for a person.
	 */
	private static final class ContentMatcher {

		private final TakeoffSession before;
		private final TakeoffSession after;

		ContentMatcher(TakeoffSession before, TakeoffSession after) {
			this.before = before;
			this.after = after;
		}

		private record Candidate(String oldId, String newId, double confidence, String evidence) {
		}

		void match(Map<String, IfcEntity> oldLeft, Map<String, IfcEntity> newLeft, List<ElementMatch> made,
				List<ElementMatch> doubtful) {
			Map<String, List<String>> newByClass = new LinkedHashMap<>();
			newLeft.forEach((id, e) -> newByClass.computeIfAbsent(e.typeName(), k -> new ArrayList<>()).add(id));
			Map<String, List<Candidate>> byOld = new LinkedHashMap<>();
			Map<String, List<Candidate>> byNew = new LinkedHashMap<>();
			for (Map.Entry<String, IfcEntity> o : oldLeft.entrySet()) {
				for (String n : newByClass.getOrDefault(o.getValue().typeName(), List.of())) {
					Candidate c = score(o.getKey(), o.getValue(), n, newLeft.get(n));
					if (c.confidence() >= WORTH_A_LOOK) {
						byOld.computeIfAbsent(c.oldId(), k -> new ArrayList<>()).add(c);
						byNew.computeIfAbsent(c.newId(), k -> new ArrayList<>()).add(c);
					}
				}
			}
			java.util.Comparator<Candidate> best = java.util.Comparator.comparingDouble(Candidate::confidence).reversed();
			byOld.values().forEach(l -> l.sort(best));
			byNew.values().forEach(l -> l.sort(best));
			Set<String> pairedOld = new java.util.HashSet<>();
			Set<String> pairedNew = new java.util.HashSet<>();
			for (Map.Entry<String, List<Candidate>> e : byOld.entrySet()) {
				List<Candidate> list = e.getValue();
				Candidate top = list.get(0);
				List<Candidate> rivals = byNew.get(top.newId());
				boolean unique = (list.size() == 1 || list.get(1).confidence() < top.confidence() - UNIQUE_MARGIN)
						&& rivals.get(0) == top
						&& (rivals.size() == 1 || rivals.get(1).confidence() < top.confidence() - UNIQUE_MARGIN);
				if (top.confidence() >= SURE && unique) {
					ElementFacts n = after.facts(newLeft.get(top.newId()));
					made.add(new ElementMatch(top.oldId(), top.newId(), n.ifcClass, n.name, ElementMatch.By.CONTENT,
							top.confidence(), top.evidence()));
					pairedOld.add(top.oldId());
					pairedNew.add(top.newId());
				}
			}
			pairTwins(oldLeft, newLeft, pairedOld, pairedNew, made);
			for (Map.Entry<String, List<Candidate>> e : byOld.entrySet()) {
				if (pairedOld.contains(e.getKey())) {
					continue;
				}
				List<Candidate> open = e.getValue().stream().filter(c -> !pairedNew.contains(c.newId())).toList();
				for (Candidate c : open.subList(0, Math.min(3, open.size()))) {
					ElementFacts cn = after.facts(newLeft.get(c.newId()));
					doubtful.add(new ElementMatch(c.oldId(), c.newId(), cn.ifcClass, cn.name, ElementMatch.By.DOUBTFUL,
							c.confidence(), c.evidence() + (open.size() > 1 ? "; other candidates come close" : "")));
				}
			}
		}

		/**
		 * Elements identical in every respect the diff looks at (class, storey, type, material,
		 * name, placement, shape) cannot be told apart, and need not be: k such elements on each
		 * side are paired in file order, which changes nothing in the diff or the quote.
		 */
		private void pairTwins(Map<String, IfcEntity> oldLeft, Map<String, IfcEntity> newLeft, Set<String> pairedOld,
				Set<String> pairedNew, List<ElementMatch> made) {
			Map<String, List<String>> oldByPrint = new LinkedHashMap<>();
			Map<String, List<String>> newByPrint = new LinkedHashMap<>();
			oldLeft.forEach((id, e) -> {
				if (!pairedOld.contains(id)) {
					oldByPrint.computeIfAbsent(fingerprint(before, e), k -> new ArrayList<>()).add(id);
				}
			});
			newLeft.forEach((id, e) -> {
				if (!pairedNew.contains(id)) {
					newByPrint.computeIfAbsent(fingerprint(after, e), k -> new ArrayList<>()).add(id);
				}
			});
			for (Map.Entry<String, List<String>> group : oldByPrint.entrySet()) {
				List<String> olds = group.getValue();
				List<String> news = newByPrint.get(group.getKey());
				if (olds.size() < 2 || news == null || news.size() != olds.size()) {
					continue;
				}
				for (int i = 0; i < olds.size(); i++) {
					ElementFacts n = after.facts(newLeft.get(news.get(i)));
					made.add(new ElementMatch(olds.get(i), news.get(i), n.ifcClass, n.name, ElementMatch.By.CONTENT, 1,
							"one of " + olds.size() + " identical elements (class, storey, type, material, name, placement"
									+ " and shape alike): interchangeable, paired in file order"));
					pairedOld.add(olds.get(i));
					pairedNew.add(news.get(i));
				}
			}
		}

		private final Map<IfcEntity, String> shapes = new java.util.HashMap<>();

		private String fingerprint(TakeoffSession session, IfcEntity e) {
			ElementFacts f = session.facts(e);
			double[] t = session.model().worldTransform(e);
			StringBuilder b = new StringBuilder().append(f.ifcClass).append('|').append(f.storey).append('|').append(typeLabel(f))
					.append('|').append(f.materials).append('|').append(f.name).append('|');
			for (double v : t) {
				b.append(String.format(java.util.Locale.ROOT, "%.4f,", v));
			}
			return b.append('|').append(shape(session.model(), e)).toString();
		}

		/** The element's shape as text (its representation tree without instance numbers), hashed. */
		private String shape(IfcModel model, IfcEntity e) {
			return shapes.computeIfAbsent(e, x -> {
				Object rep = x.hasAttribute("Representation") ? x.get("Representation") : null;
				if (rep == null) {
					return "none";
				}
				StringBuilder b = new StringBuilder();
				int[] budget = {50_000};
				writeShape(model, rep, b, 0, budget);
				return Integer.toHexString(b.toString().hashCode()) + ":" + b.length();
			});
		}

		private static void writeShape(IfcModel model, Object v, StringBuilder b, int depth, int[] budget) {
			if (budget[0]-- <= 0 || depth > 40) {
				b.append('~');
				return;
			}
			if (v instanceof org.bidbench.ifc.Ref r) {
				IfcEntity x = model.entity(r.id());
				if (x == null) {
					b.append('?');
					return;
				}
				b.append(x.typeName()).append('(');
				for (Object o : x.values()) {
					writeShape(model, o, b, depth + 1, budget);
					b.append(',');
				}
				b.append(')');
			} else if (v instanceof List<?> list) {
				b.append('[');
				for (Object o : list) {
					writeShape(model, o, b, depth + 1, budget);
					b.append(',');
				}
				b.append(']');
			} else if (v instanceof Double d) {
				b.append(String.format(java.util.Locale.ROOT, "%.6g", d));
			} else {
				b.append(v);
			}
		}

		private Candidate score(String oldId, IfcEntity oldE, String newId, IfcEntity newE) {
			ElementFacts o = before.facts(oldE);
			ElementFacts n = after.facts(newE);
			double sum = 0;
			double weights = 0;
			List<String> evidence = new ArrayList<>();
			// Placement and shape weigh most: they are what a thing is. A storey alone is weak evidence
			// against a pair, so an element moved to another storey but otherwise alike is still paired.
			double[] w = {0.05, 0.15, 0.10, 0.10};
			String[] labels = {"storey", "type", "material", "name"};
			String[][] values = {{o.storey, n.storey}, {typeLabel(o), typeLabel(n)},
					{String.join(", ", o.materials), String.join(", ", n.materials)}, {o.name, n.name}};
			for (int i = 0; i < w.length; i++) {
				boolean same = Objects.equals(values[i][0], values[i][1]);
				sum += same ? w[i] : 0;
				weights += w[i];
				evidence.add(labels[i] + (same ? " same" : " differs"));
			}
			double[] a = before.model().worldTransform(oldE);
			double[] b = after.model().worldTransform(newE);
			double distance = translationDistance(a, b);
			double placement = samePlacement(a, b) ? 1 : distance < 0.001 ? 0.8 : distance < 0.05 ? 0.4 : 0;
			sum += 0.30 * placement;
			weights += 0.30;
			evidence.add(String.format(java.util.Locale.ROOT, "placed %.3f m apart", distance));
			Double geometry = geometrySimilarity(o, n, evidence);
			if (geometry != null) {
				sum += 0.30 * geometry;
				weights += 0.30;
			}
			return new Candidate(oldId, newId, sum / weights, String.join(", ", evidence));
		}

		/** 1 when the solids (or the authored quantities) agree, 0.5 when close, 0 when not, null when neither is known. */
		private Double geometrySimilarity(ElementFacts o, ElementFacts n, List<String> evidence) {
			ComputedQuantities a = before.computedSource().quantities(o.globalId);
			ComputedQuantities b = after.computedSource().quantities(n.globalId);
			if (a != null && b != null) {
				double gap = Math.max(relative(a.netVolume(), b.netVolume()), Math.max(relative(a.surfaceArea(), b.surfaceArea()),
						relative(a.footprintArea(), b.footprintArea())));
				evidence.add(String.format(java.util.Locale.ROOT, "solid %.2f%% apart", gap * 100));
				return gap < 0.001 ? 1.0 : gap < 0.02 ? 0.5 : 0.0;
			}
			// Without a geometry engine: the authored quantities and the shape as written.
			Map<String, String> qa = properties(o, true);
			Map<String, String> qb = properties(n, true);
			boolean sameShape = shape(before.model(), o.entity).equals(shape(after.model(), n.entity));
			boolean same = qa.equals(qb) && sameShape;
			evidence.add((qa.isEmpty() && qb.isEmpty() ? "" : "quantities " + (qa.equals(qb) ? "same" : "differ") + ", ")
					+ "shape " + (sameShape ? "same" : "differs"));
			return same ? 1.0 : 0.0;
		}

		private static double relative(double x, double y) {
			if (Double.isNaN(x) || Double.isNaN(y)) {
				return Double.isNaN(x) == Double.isNaN(y) ? 0 : 1;
			}
			return Math.abs(x - y) / Math.max(1e-9, Math.max(Math.abs(x), Math.abs(y)));
		}

		private static double translationDistance(double[] a, double[] b) {
			if (a.length < 16 || b.length < 16) {
				return samePlacement(a, b) ? 0 : Double.POSITIVE_INFINITY;
			}
			// Row-major 4x4 (IfcModel.worldTransform): the translation is the last column.
			double dx = a[3] - b[3];
			double dy = a[7] - b[7];
			double dz = a[11] - b[11];
			return Math.sqrt(dx * dx + dy * dy + dz * dz);
		}
	}

	private static Map<String, IfcEntity> elements(IfcModel model) {
		Map<String, IfcEntity> out = new LinkedHashMap<>();
		for (String cls : List.of("IfcElement", "IfcSpace")) {
			for (IfcEntity e : model.instancesOf(cls)) {
				String id = e.globalId();
				if (id != null) {
					out.putIfAbsent(id, e);
				}
			}
		}
		return out;
	}

	private static ElementChange compare(TakeoffSession before, IfcEntity oldE, TakeoffSession after, IfcEntity newE,
			boolean byContent) {
		ElementFacts o = before.facts(oldE);
		ElementFacts n = after.facts(newE);
		Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
		List<String> details = new ArrayList<>();
		check(kinds, details, ChangeKind.CLASS, "class", o.ifcClass, n.ifcClass);
		check(kinds, details, ChangeKind.NAME, "name", o.name, n.name);
		// Types are compared by identity: exporters give different types the same name. Pairs made
		// by content come from a file whose GlobalIds were regenerated, types' included: by name then.
		if (!byContent && !Objects.equals(o.typeGlobalId, n.typeGlobalId) || !Objects.equals(typeLabel(o), typeLabel(n))) {
			kinds.add(ChangeKind.TYPE);
			details.add("type: " + typeLabel(o) + (o.typeGlobalId == null ? "" : " (" + o.typeGlobalId + ")") + " -> "
					+ typeLabel(n) + (n.typeGlobalId == null ? "" : " (" + n.typeGlobalId + ")"));
		}
		check(kinds, details, ChangeKind.MATERIAL, "material", String.join(", ", o.materials), String.join(", ", n.materials));
		check(kinds, details, ChangeKind.STOREY, "storey", o.storey, n.storey);
		Map<String, String> oldProps = properties(o, false);
		Map<String, String> newProps = properties(n, false);
		if (!oldProps.equals(newProps)) {
			kinds.add(ChangeKind.PROPERTIES);
			details.add("properties: " + describeMapChange(oldProps, newProps));
		}
		List<String> geometry = new ArrayList<>();
		if (!samePlacement(before.model().worldTransform(oldE), after.model().worldTransform(newE))) {
			geometry.add("placement moved");
		}
		Map<String, String> oldQ = properties(o, true);
		Map<String, String> newQ = properties(n, true);
		if (!oldQ.equals(newQ)) {
			geometry.add("quantities " + describeMapChange(oldQ, newQ));
		}
		ComputedQuantities oc = before.computedSource().quantities(o.globalId);
		ComputedQuantities nc = after.computedSource().quantities(n.globalId);
		if (oc != null && nc != null && (differ(oc.netVolume(), nc.netVolume()) || differ(oc.grossVolume(), nc.grossVolume())
				|| differ(oc.surfaceArea(), nc.surfaceArea()))) {
			geometry.add("computed volume or area changed");
		}
		if (!geometry.isEmpty()) {
			kinds.add(ChangeKind.GEOMETRY);
			details.add("geometry: " + String.join("; ", geometry));
		}
		return kinds.isEmpty() ? null : new ElementChange(n.globalId, n.ifcClass, n.name, kinds, List.copyOf(details));
	}

	private static String typeLabel(ElementFacts f) {
		return f.typeName != null ? f.typeName : f.objectType;
	}

	private static void check(Set<ChangeKind> kinds, List<String> details, ChangeKind kind, String label, String a,
			String b) {
		if (!Objects.equals(a, b)) {
			kinds.add(kind);
			details.add(label + ": " + a + " -> " + b);
		}
	}

	/** Property or quantity values by {@code Set.Name}, numbers in SI. */
	private static Map<String, String> properties(ElementFacts f, boolean quantities) {
		Map<String, String> out = new TreeMap<>();
		for (PropertySet set : f.propertySets) {
			if (set.quantities() != quantities) {
				continue;
			}
			for (PropertyValue v : set.values()) {
				String value = v.siValue() != null
						? String.format(java.util.Locale.ROOT, "%.9g", v.siValue())
						: String.valueOf(v.value());
				out.put(set.name() + "." + v.name(), value);
			}
		}
		return out;
	}

	private static String describeMapChange(Map<String, String> a, Map<String, String> b) {
		Set<String> keys = new LinkedHashSet<>(a.keySet());
		keys.addAll(b.keySet());
		List<String> parts = new ArrayList<>();
		for (String k : keys) {
			if (!Objects.equals(a.get(k), b.get(k))) {
				parts.add(k + " " + a.get(k) + " -> " + b.get(k));
			}
		}
		return parts.size() > 5
				? String.join(", ", parts.subList(0, 5)) + " and " + (parts.size() - 5) + " more"
				: String.join(", ", parts);
	}

	private static boolean samePlacement(double[] a, double[] b) {
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			if (Math.abs(a[i] - b[i]) > PLACEMENT_TOLERANCE) {
				return false;
			}
		}
		return a.length == b.length;
	}

	private static boolean differ(double a, double b) {
		if (Double.isNaN(a) || Double.isNaN(b)) {
			return Double.isNaN(a) != Double.isNaN(b);
		}
		return Math.abs(a - b) > QUANTITY_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
	}

	private static List<LineDelta> lineDeltas(TakeoffResult before, TakeoffResult after, int decimals,
			Map<String, String> newToOld) {
		Map<String, TakeoffLine> oldLines = new LinkedHashMap<>();
		before.lines().forEach(l -> oldLines.put(l.key(), l));
		Map<String, TakeoffLine> newLines = new LinkedHashMap<>();
		after.lines().forEach(l -> newLines.put(l.key(), l));
		Set<String> keys = new LinkedHashSet<>(oldLines.keySet());
		keys.addAll(newLines.keySet());
		List<LineDelta> out = new ArrayList<>();
		for (String key : keys) {
			TakeoffLine o = oldLines.get(key);
			TakeoffLine n = newLines.get(key);
			TakeoffLine any = n != null ? n : o;
			List<String> oldIds = o == null ? List.of() : o.globalIds();
			// Elements paired across a GlobalId change count as the same element.
			List<String> newIds = n == null ? List.of() : n.globalIds().stream().map(id -> newToOld.getOrDefault(id, id)).toList();
			List<String> addedIds = newIds.stream().filter(id -> !oldIds.contains(id)).toList();
			List<String> removedIds = oldIds.stream().filter(id -> !newIds.contains(id)).toList();
			double b = o == null ? 0 : o.quantity();
			double a = n == null ? 0 : n.quantity();
			double delta = TakeoffSession.round(a - b, decimals);
			if (delta != 0 || !addedIds.isEmpty() || !removedIds.isEmpty()) {
				out.add(new LineDelta(key, any.ruleId(), any.itemCode(), any.description(), any.unit(), any.groups(), b, a,
						delta, addedIds, removedIds));
			}
		}
		return out;
	}
}
