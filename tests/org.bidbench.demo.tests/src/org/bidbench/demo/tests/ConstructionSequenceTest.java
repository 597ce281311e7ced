package org.bidbench.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bidbench.demo.sequence.ConstructionSchedule;
import org.bidbench.demo.sequence.ConstructionTask;
import org.bidbench.demo.sequence.ElementState;
import org.bidbench.demo.sequence.IfcSchedule;
import org.bidbench.demo.sequence.ScheduleImport;
import org.bidbench.demo.sequence.StoreySequence;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConstructionSequenceTest {

	static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

	@TempDir
	Path dir;

	@Test
	void byStoreyBottomUpAndByTradeWithinAStorey() throws Exception {
		IfcModel model = DemoSamples.house();
		Set<String> meshed = DemoSamples.meshed(DemoSamples.houseGeometry());
		ConstructionSchedule s = StoreySequence.of(model, meshed, MONDAY);
		List<IfcEntity> storeys = new ArrayList<>(model.storeys());
		storeys.sort(Comparator.comparingDouble(e -> e.getDouble("Elevation")));
		// every element of a lower storey starts before any of a higher one
		LocalDate lastOfLower = null;
		for (IfcEntity storey : storeys) {
			List<ConstructionTask> tasks = s.tasks().stream().filter(t -> t.name().startsWith(storey.name() + ": ")).toList();
			if (tasks.isEmpty()) {
				continue;
			}
			LocalDate first = tasks.stream().map(ConstructionTask::start).min(Comparator.naturalOrder()).orElseThrow();
			if (lastOfLower != null) {
				assertTrue(first.isAfter(lastOfLower), storey.name() + " starts before the storey below is finished");
			}
			lastOfLower = tasks.stream().map(ConstructionTask::finish).max(Comparator.naturalOrder()).orElseThrow();
			// within the storey: the trades in building order
			List<Integer> phases = tasks.stream().map(t -> phaseIndex(t.name())).toList();
			assertEquals(phases.stream().sorted().toList(), phases, "trade order in " + storey.name());
		}
		// walls of the ground floor come after its slabs, windows and doors after its walls
		IfcEntity ground = storeys.get(storeys.size() > 1 && storeys.get(0).getDouble("Elevation") < 0 ? 1 : 0);
		ConstructionTask slabs = task(s, ground.name() + ": slabs and beams");
		ConstructionTask walls = task(s, ground.name() + ": walls");
		ConstructionTask doors = task(s, ground.name() + ": windows and doors");
		assertTrue(slabs.finish().isBefore(walls.start()) && walls.finish().isBefore(doors.start()));
		for (String g : walls.globalIds()) {
			assertTrue(model.byGlobalId(g).isA("IfcWall"), g + " is a wall");
		}
		// every meshed building element is scheduled once; spaces and openings are not
		for (IfcEntity w : model.instancesOf("IfcWall")) {
			if (meshed.contains(w.globalId())) {
				assertTrue(s.taskOf(w.globalId()) != null, "wall " + w.globalId() + " is scheduled");
			}
		}
		for (IfcEntity sp : model.instancesOf("IfcSpace")) {
			assertEquals(null, s.taskOf(sp.globalId()));
		}
		// states on a day inside the walls task
		LocalDate day = walls.start().plusDays(1);
		assertEquals(ElementState.BUILT, s.stateOf(slabs.globalIds().get(0), day));
		assertEquals(ElementState.IN_PROGRESS, s.stateOf(walls.globalIds().get(0), day));
		assertEquals(ElementState.FUTURE, s.stateOf(doors.globalIds().get(0), day));
		assertFalse(day.getDayOfWeek().getValue() > 5 && s.tasks().stream().anyMatch(t -> t.start().equals(day)));
	}

	private static int phaseIndex(String taskName) {
		String label = taskName.substring(taskName.indexOf(": ") + 2);
		for (StoreySequence.Phase p : StoreySequence.Phase.values()) {
			if (p.label.equals(label)) {
				return p.ordinal();
			}
		}
		throw new AssertionError("unknown trade in " + taskName);
	}

	private static ConstructionTask task(ConstructionSchedule s, String name) {
		return s.tasks().stream().filter(t -> t.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no task " + name + " in " + s.tasks().stream().map(ConstructionTask::name).toList()));
	}

	/**
	 * A small model with its own schedule: the house with three IfcTasks added: slabs in the first
	 * week, walls in the second (dated through IfcTaskTime), the roof undated but sequenced after the
	 * walls (IfcRelSequence), all in one IfcWorkSchedule.
	 */
	@Test
	void fromTheModelsOwnIfcTasks() throws Exception {
		IfcModel house = DemoSamples.house();
		String text = Files.readString(DemoSamples.sample(DemoSamples.HOUSE), StandardCharsets.ISO_8859_1);
		String walls = house.instancesOf("IfcWall").stream().map(e -> "#" + e.id()).collect(Collectors.joining(","));
		List<IfcEntity> roofSlabs = house.instancesOf("IfcSlab").stream()
				.filter(e -> "ROOF".equals(IfcEntity.asText(e.get("PredefinedType")))).toList();
		assertTrue(!roofSlabs.isEmpty(), "the house has roof slabs");
		String slabs = house.instancesOf("IfcSlab").stream().filter(e -> !roofSlabs.contains(e))
				.map(e -> "#" + e.id()).collect(Collectors.joining(","));
		String roof = roofSlabs.stream().map(e -> "#" + e.id()).collect(Collectors.joining(","));
		int n = house.instancesOf("IfcRoot").stream().mapToInt(IfcEntity::id).max().orElseThrow() + 100000;
		String schedule = String.join("\n",
				"#" + (n + 1) + "=IFCTASKTIME('slabs',$,$,$,$,'2027-03-01T08:00:00','2027-03-05T17:00:00',$,$,$,$,$,$,$,$,$,$,$,$,$);",
				"#" + (n + 2) + "=IFCTASK('0DemoTask0000000000001',$,'Slabs',$,$,'T1',$,$,$,.F.,$,#" + (n + 1) + ",.CONSTRUCTION.);",
				"#" + (n + 3) + "=IFCTASKTIME('walls',$,$,$,$,'2027-03-08T08:00:00','2027-03-12T17:00:00',$,$,$,$,$,$,$,$,$,$,$,$,$);",
				"#" + (n + 4) + "=IFCTASK('0DemoTask0000000000002',$,'Walls',$,$,'T2',$,$,$,.F.,$,#" + (n + 3) + ",.CONSTRUCTION.);",
				"#" + (n + 5) + "=IFCTASK('0DemoTask0000000000003',$,'Roof',$,$,'T3',$,$,$,.F.,$,$,.CONSTRUCTION.);",
				"#" + (n + 6) + "=IFCRELASSIGNSTOPROCESS('0DemoRel00000000000001',$,$,$,(" + slabs + "),$,#" + (n + 2) + ",$);",
				"#" + (n + 7) + "=IFCRELASSIGNSTOPROCESS('0DemoRel00000000000002',$,$,$,(" + walls + "),$,#" + (n + 4) + ",$);",
				"#" + (n + 8) + "=IFCRELASSIGNSTOPROCESS('0DemoRel00000000000003',$,$,$,(" + roof + "),$,#" + (n + 5) + ",$);",
				"#" + (n + 9) + "=IFCRELSEQUENCE('0DemoRel00000000000004',$,$,$,#" + (n + 4) + ",#" + (n + 5) + ",$,.FINISH_START.,$);",
				"#" + (n + 10) + "=IFCWORKSCHEDULE('0DemoSchedule000000001',$,'Shell',$,$,$,'2027-02-01T00:00:00',$,$,$,$,'2027-03-01T00:00:00',$,.PLANNED.);",
				"#" + (n + 11) + "=IFCRELASSIGNSTOCONTROL('0DemoRel00000000000005',$,$,$,(#" + (n + 2) + ",#" + (n + 4) + ",#" + (n + 5) + "),$,#" + (n + 10)
						+ ");");
		int end = text.lastIndexOf("ENDSEC;");
		Path file = dir.resolve("house-with-schedule.ifc");
		Files.writeString(file, text.substring(0, end) + schedule + "\n" + text.substring(end), StandardCharsets.ISO_8859_1);

		IfcModel model = IfcModel.open(file);
		assertTrue(IfcSchedule.present(model));
		assertFalse(IfcSchedule.present(house), "the plain house has no schedule");
		ConstructionSchedule s = IfcSchedule.of(model, null, MONDAY);
		assertEquals(List.of("Slabs", "Walls", "Roof"), s.tasks().stream().map(ConstructionTask::name).toList());
		assertEquals(LocalDate.of(2027, 3, 1), s.tasks().get(0).start());
		assertEquals(LocalDate.of(2027, 3, 12), s.tasks().get(1).finish());
		assertEquals(LocalDate.of(2027, 3, 15), s.tasks().get(2).start(), "the roof follows the walls (Monday after)");
		Set<String> wallIds = house.instancesOf("IfcWall").stream().map(IfcEntity::globalId).collect(Collectors.toSet());
		assertEquals(wallIds, new HashSet<>(s.tasks().get(1).globalIds()));
		Set<String> roofIds = roofSlabs.stream().map(IfcEntity::globalId).collect(Collectors.toSet());
		assertEquals(roofIds, new HashSet<>(s.tasks().get(2).globalIds()));
		// order: every slab before every wall before the roof
		List<String> order = s.order();
		String firstWall = s.tasks().get(1).globalIds().get(0);
		for (String slab : s.tasks().get(0).globalIds()) {
			assertTrue(order.indexOf(slab) < order.indexOf(firstWall));
		}
		assertEquals(ElementState.FUTURE, s.stateOf(firstWall, LocalDate.of(2027, 3, 5)));
		assertEquals(ElementState.IN_PROGRESS, s.stateOf(firstWall, LocalDate.of(2027, 3, 8)));
		assertEquals(ElementState.BUILT, s.stateOf(firstWall, LocalDate.of(2027, 3, 13)));
	}

	@Test
	void importedCsvMapsByStoreyClassAndGlobalId() throws Exception {
		IfcModel model = DemoSamples.house();
		IfcEntity door = model.instancesOf("IfcDoor").get(0);
		String storey = model.storeyOf(door).name();
		Path csv = dir.resolve("plan.csv");
		Files.writeString(csv, "task,start,finish,elements\n"
				+ "\"Walls, " + storey + "\",2027-04-05,2027-04-09,storey:" + storey + " class:IfcWall\n"
				+ "Front door,2027-04-12,2027-04-12,guid:" + door.globalId() + "\n");
		ConstructionSchedule s = ScheduleImport.read(csv, model, null);
		assertEquals("Walls, " + storey, s.tasks().get(0).name());
		long walls = model.instancesOf("IfcWall").stream().filter(w -> storey.equals(model.storeyOf(w).name())).count();
		assertEquals(walls, s.tasks().get(0).globalIds().size());
		assertEquals(List.of(door.globalId()), s.tasks().get(1).globalIds());

		Files.writeString(csv, "task,start,finish,elements\nX,2027-04-05,2027-04-09,storey:Keller\n");
		var e = assertThrows(ScheduleImport.ScheduleFormatException.class, () -> ScheduleImport.read(csv, model, null));
		assertTrue(e.getMessage().contains(csv + ":2") && e.getMessage().contains("no storey 'Keller'"), e.getMessage());
	}

	@Test
	void importedMsProjectXml() throws Exception {
		IfcModel model = DemoSamples.house();
		Path xml = dir.resolve("plan.xml");
		Files.writeString(xml,
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<Project xmlns="http://schemas.microsoft.com/project">
						  <Tasks>
						    <Task><UID>0</UID><Name>House</Name><Summary>1</Summary><Start>2027-05-03T08:00:00</Start><Finish>2027-05-21T17:00:00</Finish></Task>
						    <Task><UID>1</UID><Name>Slabs</Name><Start>2027-05-03T08:00:00</Start><Finish>2027-05-07T17:00:00</Finish><Notes>class:IfcSlab</Notes></Task>
						    <Task><UID>2</UID><Name>Windows</Name><Start>2027-05-17T08:00:00</Start><Finish>2027-05-21T17:00:00</Finish><Notes>class:IfcWindow</Notes></Task>
						  </Tasks>
						</Project>
						""");
		ConstructionSchedule s = ScheduleImport.read(xml, model, null);
		assertEquals(List.of("Slabs", "Windows"), s.tasks().stream().map(ConstructionTask::name).toList());
		assertEquals(model.instancesOf("IfcWindow").size(), s.tasks().get(1).globalIds().size());
		assertEquals(LocalDate.of(2027, 5, 21), s.finish());
	}
}
