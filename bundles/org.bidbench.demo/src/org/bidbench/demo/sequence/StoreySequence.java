package org.bidbench.demo.sequence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;

/**
 * A construction sequence made from the model alone: storey by storey from the lowest elevation up,
 * and within a storey by trade in the order a building goes up (foundations, columns, slabs and
 * beams, walls, stairs, roof, windows and doors, the rest). Each trade of a storey is one task of
 * {@link #DAYS_PER_TASK} working days; tasks follow each other without overlap.
 */
public final class StoreySequence {

	public static final int DAYS_PER_TASK = 5;

	/** A trade and the classes it builds, in building order. */
	public enum Phase {
		FOUNDATIONS("foundations", "IfcFooting", "IfcPile"), COLUMNS("columns", "IfcColumn"), SLABS("slabs and beams", "IfcSlab", "IfcBeam"), WALLS("walls",
				"IfcWall", "IfcCurtainWall"), STAIRS("stairs and railings", "IfcStair", "IfcStairFlight", "IfcRamp", "IfcRampFlight",
						"IfcRailing"), ROOF("roof", "IfcRoof"), OPENINGS("windows and doors", "IfcWindow", "IfcDoor"), OTHER("other elements");

		public final String label;
		private final String[] classes;

		Phase(String label, String... classes) {
			this.label = label;
			this.classes = classes;
		}

		/** The phase of an element; a slab typed ROOF belongs to the roof. */
		public static Phase of(IfcEntity element) {
			if (element.isA("IfcSlab") && "ROOF".equals(String.valueOf(predefinedType(element)))) {
				return ROOF;
			}
			IfcEntity parent = element.model().parentOf(element);
			if (parent != null && parent.isA("IfcRoof")) {
				return ROOF;
			}
			for (Phase p : values()) {
				for (String c : p.classes) {
					if (element.isA(c)) {
						return p;
					}
				}
			}
			return OTHER;
		}

		private static Object predefinedType(IfcEntity e) {
			if (!e.hasAttribute("PredefinedType")) {
				return null;
			}
			Object v = e.get("PredefinedType");
			return v == null ? null : IfcEntity.asText(v);
		}
	}

	private StoreySequence() {
	}

	/**
	 * @param model the model
	 * @param withGeometry the GlobalIds that have something to draw (elements without geometry, e.g.
	 *        an IfcRoof whose slabs carry the shape, are left out); {@code null} for all elements
	 * @param start the first working day
	 */
	public static ConstructionSchedule of(IfcModel model, Set<String> withGeometry, LocalDate start) {
		Map<IfcEntity, Map<Phase, List<String>>> byStorey = new LinkedHashMap<>();
		List<IfcEntity> storeys = new ArrayList<>(model.storeys());
		storeys.sort(Comparator.comparingDouble(StoreySequence::elevation));
		for (IfcEntity storey : storeys) {
			byStorey.put(storey, new LinkedHashMap<>());
		}
		Map<Phase, List<String>> unplaced = new LinkedHashMap<>();
		for (IfcEntity e : model.instancesOf("IfcElement")) {
			if (e.isA("IfcOpeningElement") || e.isA("IfcVirtualElement") || e.isA("IfcFeatureElement")) {
				continue;
			}
			String g = e.globalId();
			if (g == null || (withGeometry != null && !withGeometry.contains(g))) {
				continue;
			}
			IfcEntity storey = model.storeyOf(e);
			Map<Phase, List<String>> phases = storey == null || !byStorey.containsKey(storey)
					? unplaced
					: byStorey.get(storey);
			phases.computeIfAbsent(Phase.of(e), p -> new ArrayList<>()).add(g);
		}
		List<ConstructionTask> tasks = new ArrayList<>();
		LocalDate day = workingDay(start);
		for (Map.Entry<IfcEntity, Map<Phase, List<String>>> s : byStorey.entrySet()) {
			day = addTasks(tasks, storeyName(s.getKey()), s.getValue(), day);
		}
		if (!unplaced.isEmpty()) {
			addTasks(tasks, "no storey", unplaced, day);
		}
		return new ConstructionSchedule("storey", tasks);
	}

	private static LocalDate addTasks(List<ConstructionTask> tasks, String storey, Map<Phase, List<String>> phases,
			LocalDate day) {
		for (Phase p : Phase.values()) {
			List<String> ids = phases.get(p);
			if (ids == null || ids.isEmpty()) {
				continue;
			}
			LocalDate finish = plusWorkingDays(day, DAYS_PER_TASK - 1);
			tasks.add(new ConstructionTask(storey + ": " + p.label, day, finish, new ArrayList<>(new LinkedHashSet<>(ids))));
			day = plusWorkingDays(finish, 1);
		}
		return day;
	}

	static String storeyName(IfcEntity storey) {
		String n = storey.name();
		return n == null || n.isBlank() ? "#" + storey.id() : n;
	}

	static double elevation(IfcEntity storey) {
		Double e = storey.hasAttribute("Elevation") ? storey.getDouble("Elevation") : null;
		if (e != null) {
			return e;
		}
		double[] t = storey.model().worldTransform(storey);
		return t == null ? 0 : t[11]; // row-major: translation in column 3
	}

	static LocalDate workingDay(LocalDate d) {
		while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
			d = d.plusDays(1);
		}
		return d;
	}

	static LocalDate plusWorkingDays(LocalDate d, int n) {
		LocalDate out = workingDay(d);
		for (int i = 0; i < n; i++) {
			out = workingDay(out.plusDays(1));
		}
		return out;
	}
}
