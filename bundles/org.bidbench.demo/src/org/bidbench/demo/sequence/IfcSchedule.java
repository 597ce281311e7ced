package org.bidbench.demo.sequence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;

/**
 * The construction sequence a model carries itself: its {@code IfcTask}s (with the schedule dates
 * of their {@code IfcTaskTime}, IFC4) and the products assigned to each through
 * {@code IfcRelAssignsToProcess}. A task that has no dates follows its predecessor
 * ({@code IfcRelSequence}) or the task before it in the file, for {@link StoreySequence#DAYS_PER_TASK}
 * working days. An assigned spatial element (a storey) stands for what it contains.
 */
public final class IfcSchedule {

	private IfcSchedule() {
	}

	/** Whether the model has tasks with assigned products. */
	public static boolean present(IfcModel model) {
		if (model.schema().entity("IfcTask") == null) {
			return false;
		}
		return !model.instancesOf("IfcRelAssignsToProcess").isEmpty() && !model.instancesOf("IfcTask").isEmpty();
	}

	/**
	 * @param withGeometry GlobalIds with something to draw, or {@code null} for all
	 * @param fallbackStart where undated tasks begin when no task has a date
	 * @throws IllegalArgumentException when the model has no task with assigned elements (the message
	 *         says what to use instead)
	 */
	public static ConstructionSchedule of(IfcModel model, Set<String> withGeometry, LocalDate fallbackStart) {
		if (!present(model)) {
			throw new IllegalArgumentException(model.fileName() + " has no IfcTask with elements assigned through"
					+ " IfcRelAssignsToProcess; use --sequence storey or import a schedule (schedule:FILE.csv|.xml)");
		}
		Map<IfcEntity, Set<String>> assigned = new LinkedHashMap<>();
		for (IfcEntity task : model.instancesOf("IfcTask")) {
			assigned.put(task, new LinkedHashSet<>());
		}
		for (IfcEntity rel : model.instancesOf("IfcRelAssignsToProcess")) {
			IfcEntity process = rel.getEntity("RelatingProcess");
			if (process == null || !assigned.containsKey(process)) {
				continue;
			}
			for (IfcEntity object : rel.getEntities("RelatedObjects")) {
				addElements(model, object, withGeometry, assigned.get(process));
			}
		}
		Map<IfcEntity, IfcEntity> predecessor = new LinkedHashMap<>();
		if (model.schema().entity("IfcRelSequence") != null) {
			for (IfcEntity rel : model.instancesOf("IfcRelSequence")) {
				IfcEntity before = rel.getEntity("RelatingProcess");
				IfcEntity after = rel.getEntity("RelatedProcess");
				if (before != null && after != null) {
					predecessor.put(after, before);
				}
			}
		}
		Map<IfcEntity, ConstructionTask> made = new LinkedHashMap<>();
		LocalDate cursor = StoreySequence.workingDay(fallbackStart);
		for (Map.Entry<IfcEntity, Set<String>> e : assigned.entrySet()) {
			IfcEntity task = e.getKey();
			LocalDate[] dates = dates(task);
			LocalDate start = dates[0];
			LocalDate finish = dates[1];
			if (start == null) {
				ConstructionTask before = made.get(predecessor.get(task));
				start = before != null ? StoreySequence.plusWorkingDays(before.finish(), 1) : cursor;
			}
			if (finish == null || finish.isBefore(start)) {
				finish = StoreySequence.plusWorkingDays(start, StoreySequence.DAYS_PER_TASK - 1);
			}
			String name = task.name() == null || task.name().isBlank() ? "task #" + task.id() : task.name();
			ConstructionTask made1 = new ConstructionTask(name, start, finish, new ArrayList<>(e.getValue()));
			made.put(task, made1);
			cursor = StoreySequence.plusWorkingDays(finish, 1);
		}
		List<ConstructionTask> tasks = made.values().stream().filter(t -> !t.globalIds().isEmpty()).toList();
		if (tasks.isEmpty()) {
			throw new IllegalArgumentException(model.fileName() + ": its IfcTasks assign no element that has geometry;"
					+ " use --sequence storey");
		}
		return new ConstructionSchedule("IfcTask", tasks);
	}

	private static void addElements(IfcModel model, IfcEntity object, Set<String> withGeometry, Set<String> out) {
		if (object.isA("IfcSpatialStructureElement")
				|| (model.schema().entity("IfcSpatialElement") != null && object.isA("IfcSpatialElement"))) {
			for (IfcEntity contained : model.containedElements(object)) {
				addElements(model, contained, withGeometry, out);
			}
			return;
		}
		if (!object.isA("IfcProduct")) {
			return;
		}
		String g = object.globalId();
		if (g != null && (withGeometry == null || withGeometry.contains(g))) {
			out.add(g);
		}
		for (IfcEntity part : model.partsOf(object)) {
			addElements(model, part, withGeometry, out);
		}
	}

	/** ScheduleStart and ScheduleFinish of the task's IfcTaskTime (IFC4), each null when absent. */
	private static LocalDate[] dates(IfcEntity task) {
		LocalDate[] out = new LocalDate[2];
		if (!task.hasAttribute("TaskTime")) {
			return out;
		}
		IfcEntity time = task.getEntity("TaskTime");
		if (time == null) {
			return out;
		}
		out[0] = date(time.getString("ScheduleStart"));
		out[1] = date(time.getString("ScheduleFinish"));
		return out;
	}

	/** IfcDateTime is ISO 8601: {@code 2026-03-02T08:00:00} or a plain date. */
	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return text.length() <= 10 ? LocalDate.parse(text) : LocalDateTime.parse(text.length() > 19 ? text.substring(0, 19) : text).toLocalDate();
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
