package org.bidbench.ifc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks of the model's graphs that attribute-by-attribute validation cannot see: placements
 * placed relative to themselves through a chain, and spatial decomposition (aggregation, nesting)
 * that loops back, directly ("decomposes itself") or through other objects. Either makes
 * placement and storey look-ups go round in circles, so {@link IfcModel#validate()} reports them
 * as errors with every instance of the loop named.
 */
final class GraphChecks {

	private final IfcModel model;

	GraphChecks(IfcModel model) {
		this.model = model;
	}

	void run() {
		placements();
		decomposition();
	}

	private void placements() {
		Map<Integer, Integer> relTo = new HashMap<>();
		for (IfcEntity placement : model.instancesOf("IfcLocalPlacement")) {
			IfcEntity parent = placement.getEntity("PlacementRelTo");
			if (parent != null) {
				relTo.put(placement.id(), parent.id());
			}
		}
		for (List<Integer> cycle : cycles(relTo)) {
			model.reportGraphProblem(cycle.get(0), "placement #" + cycle.get(0) + " is placed relative to itself through "
					+ chain(cycle) + " (a cycle); its position cannot be computed: fix PlacementRelTo in the authoring tool");
		}
	}

	private void decomposition() {
		Map<Integer, Integer> parentOf = new HashMap<>();
		for (String relation : List.of("IfcRelAggregates", "IfcRelNests")) {
			for (IfcEntity rel : model.instancesOf(relation)) {
				IfcEntity whole = rel.getEntity("RelatingObject");
				if (whole == null) {
					continue;
				}
				for (IfcEntity part : rel.getEntities("RelatedObjects")) {
					if (part.id() == whole.id()) {
						model.reportGraphProblem(rel.id(), relation + " #" + rel.id() + ": #" + whole.id()
								+ " decomposes itself (it is both the whole and one of its parts); remove it from RelatedObjects");
					} else {
						parentOf.putIfAbsent(part.id(), whole.id());
					}
				}
			}
		}
		for (List<Integer> cycle : cycles(parentOf)) {
			model.reportGraphProblem(cycle.get(0), "#" + cycle.get(0) + " is part of itself through " + chain(cycle)
					+ " (a decomposition cycle); the spatial structure cannot be walked: fix the aggregation in the authoring tool");
		}
	}

	/** The cycles of a graph where each node has at most one successor, each found once. */
	static List<List<Integer>> cycles(Map<Integer, Integer> next) {
		List<List<Integer>> out = new ArrayList<>();
		Set<Integer> done = new HashSet<>();
		for (Integer start : next.keySet()) {
			if (done.contains(start)) {
				continue;
			}
			// Walk until a node seen on this walk (a cycle) or one finished earlier (no new cycle).
			Map<Integer, Integer> position = new HashMap<>();
			List<Integer> walk = new ArrayList<>();
			Integer node = start;
			while (node != null && !done.contains(node) && !position.containsKey(node)) {
				position.put(node, walk.size());
				walk.add(node);
				node = next.get(node);
			}
			if (node != null && position.containsKey(node)) {
				out.add(new ArrayList<>(walk.subList(position.get(node), walk.size())));
			}
			done.addAll(walk);
		}
		return out;
	}

	private static String chain(List<Integer> cycle) {
		StringBuilder text = new StringBuilder();
		int shown = Math.min(cycle.size(), 8);
		for (int i = 0; i < shown; i++) {
			text.append('#').append(cycle.get(i)).append(" -> ");
		}
		if (shown < cycle.size()) {
			text.append("... (").append(cycle.size() - shown).append(" more) -> ");
		}
		return text.append('#').append(cycle.get(0)).toString();
	}
}
