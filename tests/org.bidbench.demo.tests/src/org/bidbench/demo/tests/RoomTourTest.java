package org.bidbench.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.demo.tour.RoomTour;
import org.bidbench.demo.tour.WalkObstacles;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.Test;

class RoomTourTest {

	static final String GROUND = "Erdgeschoss";

	@Test
	void visitsEverySpaceOfTheStoreyAndNeverPassesThroughAWall() throws Exception {
		IfcModel model = DemoSamples.house();
		List<ProductGeometry> geometry = DemoSamples.houseGeometry();
		IfcEntity ground = model.storeys().stream().filter(s -> GROUND.equals(s.name())).findFirst().orElseThrow();
		Set<String> spaces = model.instancesOf("IfcSpace").stream()
				.filter(s -> ground.equals(model.storeyOf(s)) || ground.equals(model.parentOf(s)))
				.map(IfcEntity::globalId).collect(Collectors.toSet());
		assertTrue(spaces.size() >= 4, "AC20's ground floor has rooms: " + spaces.size());

		RoomTour.Plan plan = RoomTour.plan(model, geometry, GROUND);
		Set<String> visited = plan.rooms().stream().map(RoomTour.Room::globalId).collect(Collectors.toSet());
		assertEquals(spaces, visited, "every IfcSpace of " + GROUND + " is visited");
		assertEquals(spaces.size(), plan.rooms().size(), "each once");
		assertEquals(plan.rooms().size(), plan.storyboard().steps().size());

		WalkObstacles walls = new WalkObstacles(geometry);
		int walked = 0;
		for (List<double[]> leg : plan.legs()) {
			if (leg == null) {
				continue;
			}
			walked++;
			for (int i = 1; i < leg.size(); i++) {
				WalkObstacles.Hit hit = walls.bodyHit(leg.get(i - 1), leg.get(i), RoomTour.EYE_HEIGHT);
				assertNull(hit, "leg " + walked + " segment " + i + " passes through " + hit);
			}
		}
		long cuts = plan.storyboard().steps().stream().skip(1).filter(s -> s.transition() == StoryStep.Transition.CUT).count();
		String rooms = plan.rooms().stream().map(r -> r.name() + String.format(" (%.1f %.1f floor %.2f)", r.centre()[0], r.centre()[1], r.floor())).toList()
				.toString();
		String passages = plan.passages().stream()
				.map(p -> p.globalId()
						+ String.format("@(%.1f %.1f %.2f across %.2f %.2f)", p.centre()[0], p.centre()[1], p.centre()[2], p.across()[0], p.across()[1]) + ": "
						+ p.a().name() + " - " + (p.b() == null ? "outside" : p.b().name()))
				.toList().toString();
		assertTrue(cuts == 0, "the tour walks through doors to every room: " + walked
				+ " walked, " + cuts + " cut; rooms " + rooms + "; passages " + passages);
		assertTrue(!plan.passages().isEmpty());
	}

	@Test
	void collisionStopsAtAWall() throws Exception {
		IfcModel model = DemoSamples.house();
		List<ProductGeometry> geometry = DemoSamples.houseGeometry();
		WalkObstacles obstacles = new WalkObstacles(geometry);
		RoomTour.Plan plan = RoomTour.plan(model, geometry, GROUND);
		RoomTour.Room room = plan.rooms().get(0);
		double eyeZ = room.floor() + RoomTour.EYE_HEIGHT;
		double[] from = {room.centre()[0], room.centre()[1], eyeZ};
		// walk 40 m east: the house is smaller, so a wall stops the walker
		double[] to = {from[0] + 40, from[1], eyeZ};
		WalkObstacles.Hit hit = obstacles.bodyHit(from, to, RoomTour.EYE_HEIGHT);
		assertNotNull(hit, "a wall lies between the room and 40 m east");
		double[] stop = obstacles.walk(from, to, RoomTour.EYE_HEIGHT);
		double wallAt = hit.fraction() * 40;
		assertTrue(stop[0] - from[0] < wallAt, "stops before the wall at " + wallAt + " m, got " + (stop[0] - from[0]));
		assertTrue(stop[0] - from[0] >= wallAt - WalkObstacles.CLEARANCE - 0.01, "but not far before it");
		assertNull(obstacles.bodyHit(from, stop, RoomTour.EYE_HEIGHT), "the way to the stop is clear");
		// a short step inside the room is not stopped
		double[] near = {from[0] + 0.1, from[1], eyeZ};
		assertEquals(near[0], obstacles.walk(from, near, RoomTour.EYE_HEIGHT)[0], 1e-9);
	}
}
