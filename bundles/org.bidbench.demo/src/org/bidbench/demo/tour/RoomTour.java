package org.bidbench.demo.tour;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bidbench.demo.storyboard.StepView;
import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.geometry.Mesh;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;

/**
 * An automatic room tour of one storey: every IfcSpace of the storey visited once, walking at eye
 * height from room to room through the doors (and door-less openings) that join them, stopping just
 * inside each room and looking into it. Rooms no door reaches are cut to. The result is a storyboard
 * the presenter edits like any other.
 *
 * <p>Every leg is checked against {@link WalkObstacles}: where the straight way from a room's centre
 * to its door meets a wall (an L-shaped room), the walker goes by a point of the room that sees both.
 */
public final class RoomTour {

	public static final double EYE_HEIGHT = 1.6;
	/** How far either side of a door the walker stands, metres. */
	static final double DOOR_STEP = 0.6;
	static final double GRID = 0.25;
	static final double SECONDS_PER_ROOM = 4;

	/**
	 * A room: its space, a point well inside it (farthest from its outline), its floor, its outline.
	 */
	public record Room(String globalId, String name, double[] centre, double floor, double area, List<double[]> inside,
			Footprint footprint) {
	}

	/**
	 * A door or opening joining two rooms (or a room and the outside, {@code b == null}); or an open
	 * way between two rooms with no wall between them (open plan), walked from {@code aPoint} in room
	 * {@code a} straight to {@code bPoint} in room {@code b}.
	 */
	public record Passage(String globalId, double[] centre, double[] across, Room a, Room b, double[] aPoint,
			double[] bPoint) {

		Passage(String globalId, double[] centre, double[] across, Room a, Room b) {
			this(globalId, centre, across, a, b, null, null);
		}

		public boolean isOpen() {
			return aPoint != null;
		}
	}

	/** How close two rooms' inner points must come to count as an open way between them, metres. */
	static final double OPEN_GAP = 1.2;

	/**
	 * The planned tour.
	 *
	 * @param storyboard the tour as steps
	 * @param rooms the storey's rooms in visiting order
	 * @param legs the walked polylines, one per step after the first ({@code null} where the tour cuts)
	 */
	public record Plan(Storyboard storyboard, List<Room> rooms, List<List<double[]>> legs, List<Passage> passages) {
	}

	private RoomTour() {
	}

	/**
	 * @param storey the storey's name as in the model
	 * @throws IllegalArgumentException when there is no such storey or it has no spaces with geometry
	 */
	public static Plan plan(IfcModel model, Collection<ProductGeometry> geometry, String storey) {
		IfcEntity level = model.storeys().stream().filter(s -> storey.equals(s.name())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("the model has no storey '" + storey
						+ "'; its storeys are " + model.storeys().stream().map(IfcEntity::name).toList()));
		Map<String, ProductGeometry> byId = new HashMap<>();
		for (ProductGeometry g : geometry) {
			byId.put(g.globalId(), g);
		}
		WalkObstacles obstacles = new WalkObstacles(geometry);
		List<Room> rooms = new ArrayList<>();
		for (IfcEntity space : model.instancesOf("IfcSpace")) {
			if (!level.equals(model.storeyOf(space)) && !level.equals(model.parentOf(space))) {
				continue;
			}
			ProductGeometry g = byId.get(space.globalId());
			if (g == null || !g.isMeshed()) {
				continue;
			}
			Room r = room(space, g, obstacles);
			if (r != null) {
				rooms.add(r);
			}
		}
		if (rooms.isEmpty()) {
			throw new IllegalArgumentException("storey '" + storey + "' has no IfcSpace with geometry; a room tour walks"
					+ " through the model's spaces");
		}
		List<Passage> passages = new ArrayList<>();
		List<IfcEntity> candidates = new ArrayList<>(model.instancesOf("IfcDoor"));
		for (IfcEntity opening : model.instancesOf("IfcOpeningElement")) {
			if (model.fillings(opening).isEmpty()) {
				candidates.add(opening);
			}
		}
		for (IfcEntity d : candidates) {
			ProductGeometry g = byId.get(d.globalId());
			if (g == null || !g.isMeshed()) {
				continue;
			}
			Passage p = passage(d.globalId(), g, rooms);
			if (p != null) {
				passages.add(p);
			}
		}
		addOpenWays(rooms, passages, obstacles);
		return route(storey, rooms, passages, obstacles);
	}

	/**
	 * Joins rooms that no door joins but that a walker can pass between directly: open-plan rooms
	 * (a kitchen open to the living room) and gaps in walls. For each such pair the closest two inner
	 * points with a clear straight way between them.
	 */
	private static void addOpenWays(List<Room> rooms, List<Passage> passages, WalkObstacles obstacles) {
		for (int i = 0; i < rooms.size(); i++) {
			for (int j = i + 1; j < rooms.size(); j++) {
				Room a = rooms.get(i), b = rooms.get(j);
				if (Math.abs(a.floor - b.floor) > 0.5 || joined(passages, a, b)) {
					continue;
				}
				List<double[][]> pairs = new ArrayList<>();
				for (double[] p : a.inside) {
					for (double[] q : b.inside) {
						double d = Math.hypot(p[0] - q[0], p[1] - q[1]);
						if (d < OPEN_GAP) {
							pairs.add(new double[][]{p, q, {d}});
						}
					}
				}
				pairs.sort(java.util.Comparator.comparingDouble(x -> x[2][0]));
				for (double[][] pair : pairs.subList(0, Math.min(pairs.size(), 40))) {
					double[] p = lift(pair[0], a.floor), q = lift(pair[1], b.floor);
					if (obstacles.bodyHit(p, q, EYE_HEIGHT) == null) {
						double[] centre = {(p[0] + q[0]) / 2, (p[1] + q[1]) / 2, a.floor};
						double len = Math.max(1e-9, Math.hypot(q[0] - p[0], q[1] - p[1]));
						passages.add(new Passage("open:" + a.name + "/" + b.name, centre,
								new double[]{(q[0] - p[0]) / len, (q[1] - p[1]) / len}, a, b, p, q));
						break;
					}
				}
			}
		}
	}

	private static boolean joined(List<Passage> passages, Room a, Room b) {
		for (Passage p : passages) {
			if ((p.a == a && p.b == b) || (p.a == b && p.b == a)) {
				return true;
			}
		}
		return false;
	}

	private static Plan route(String storey, List<Room> rooms, List<Passage> passages, WalkObstacles obstacles) {
		Map<Room, List<Passage>> links = new LinkedHashMap<>();
		for (Room r : rooms) {
			links.put(r, new ArrayList<>());
		}
		Passage entrance = null;
		for (Passage p : passages) {
			links.get(p.a).add(p);
			if (p.b != null) {
				links.get(p.b).add(p);
			} else if (entrance == null) {
				entrance = p;
			}
		}
		Room start = entrance != null ? entrance.a : rooms.get(0);
		List<Room> order = new ArrayList<>();
		List<StoryStep> steps = new ArrayList<>();
		List<List<double[]>> legs = new ArrayList<>();
		java.util.Set<Room> visited = new java.util.HashSet<>();
		Room here = start;
		double[] eye = entrance != null ? side(entrance, start, EYE_HEIGHT) : lift(start.centre, start.floor);
		visit(steps, order, visited, here, eye, null, null);
		while (visited.size() < rooms.size()) {
			// the nearest unvisited room through doors (breadth first), else a cut to the next one
			List<Passage> way = nearestUnvisited(here, links, visited);
			if (way == null) {
				Room next = rooms.stream().filter(r -> !visited.contains(r)).findFirst().orElseThrow();
				double[] nextEye = lift(next.centre, next.floor);
				visit(steps, order, visited, next, nextEye, StoryStep.Transition.CUT, List.of());
				legs.add(null);
				here = next;
				eye = nextEye;
				continue;
			}
			List<double[]> path = new ArrayList<>();
			path.add(eye);
			Room at = here;
			for (Passage p : way) {
				Room to = p.a == at ? p.b : p.a;
				double[] out = side(p, at, EYE_HEIGHT);
				double[] in = side(p, to, EYE_HEIGHT);
				appendClear(path, out, at, obstacles);
				if (!p.isOpen()) {
					path.add(lift(p.centre, Math.min(at.floor, to.floor)));
				}
				path.add(in);
				at = to;
			}
			double[] nextEye = path.get(path.size() - 1);
			visit(steps, order, visited, at, nextEye, StoryStep.Transition.WALK, path.subList(1, path.size() - 1));
			legs.add(path);
			here = at;
			eye = nextEye;
		}
		Storyboard board = new Storyboard("Room tour: " + storey, "", steps);
		return new Plan(board, order, legs, passages);
	}

	private static void visit(List<StoryStep> steps, List<Room> order, java.util.Set<Room> visited, Room room,
			double[] eye, StoryStep.Transition how, List<double[]> route) {
		visited.add(room);
		order.add(room);
		double[] target = lift(room.centre, room.floor - 0.3);
		if (Math.hypot(target[0] - eye[0], target[1] - eye[1]) < 0.5) {
			// standing at the centre: look along the room's longer side
			double[] f = room.footprint.extent();
			target = f[0] >= f[1]
					? new double[]{eye[0] + 3, eye[1], eye[2] - 0.3}
					: new double[]{eye[0], eye[1] + 3, eye[2] - 0.3};
		}
		String points = String.format(Locale.ROOT, "%s: %.1f m2", room.name, room.area);
		StepView view = StepView.camera(eye, target, 70);
		steps.add(new StoryStep(room.name, List.of(points), view, List.of(), SECONDS_PER_ROOM,
				how == null ? StoryStep.Transition.CUT : how, how == StoryStep.Transition.WALK ? route : List.of()));
	}

	/** Adds the way from the path's last point to {@code goal} inside {@code room}, around corners if needed. */
	private static void appendClear(List<double[]> path, double[] goal, Room room, WalkObstacles obstacles) {
		double[] from = path.get(path.size() - 1);
		if (obstacles.bodyHit(from, goal, EYE_HEIGHT) == null) {
			path.add(goal);
			return;
		}
		double[] best = null;
		double bestLength = Double.MAX_VALUE;
		for (double[] p : room.inside) {
			double[] q = lift(p, room.floor);
			double length = dist(from, q) + dist(q, goal);
			if (length < bestLength && obstacles.bodyHit(from, q, EYE_HEIGHT) == null
					&& obstacles.bodyHit(q, goal, EYE_HEIGHT) == null) {
				best = q;
				bestLength = length;
			}
		}
		if (best != null) {
			path.add(best);
		} else {
			path.add(lift(room.centre, room.floor));
		}
		path.add(goal);
	}

	private static List<Passage> nearestUnvisited(Room from, Map<Room, List<Passage>> links, java.util.Set<Room> visited) {
		Map<Room, Passage> cameBy = new HashMap<>();
		ArrayDeque<Room> queue = new ArrayDeque<>();
		queue.add(from);
		cameBy.put(from, null);
		while (!queue.isEmpty()) {
			Room r = queue.poll();
			if (!visited.contains(r)) {
				List<Passage> way = new ArrayList<>();
				for (Room k = r; cameBy.get(k) != null;) {
					Passage p = cameBy.get(k);
					way.add(0, p);
					k = p.a == k ? p.b : p.a;
				}
				return way;
			}
			for (Passage p : links.get(r)) {
				if (p.b == null) {
					continue;
				}
				Room next = p.a == r ? p.b : p.a;
				if (!cameBy.containsKey(next)) {
					cameBy.put(next, p);
					queue.add(next);
				}
			}
		}
		return null;
	}

	/** The point just beside a passage on the room's side, at eye height above that room's floor. */
	static double[] side(Passage p, Room room, double height) {
		if (p.isOpen()) {
			double[] point = room == p.a ? p.aPoint : p.bPoint;
			return new double[]{point[0], point[1], room.floor + height};
		}
		double[] plus = {p.centre[0] + p.across[0] * DOOR_STEP, p.centre[1] + p.across[1] * DOOR_STEP};
		boolean plusSide = room.footprint.contains(plus[0], plus[1]);
		double k = plusSide ? DOOR_STEP : -DOOR_STEP;
		return new double[]{p.centre[0] + p.across[0] * k, p.centre[1] + p.across[1] * k, room.floor + height};
	}

	private static Passage passage(String globalId, ProductGeometry g, List<Room> rooms) {
		double[] c = new double[3];
		double[] box = box(g);
		c[0] = (box[0] + box[3]) / 2;
		c[1] = (box[1] + box[4]) / 2;
		c[2] = box[2];
		double[] across = thinAxis(g);
		Room plus = null, minus = null;
		for (Room r : rooms) {
			if (Math.abs(r.floor - box[2]) > 1.0) {
				continue; // another level
			}
			if (plus == null && r.footprint.contains(c[0] + across[0] * DOOR_STEP, c[1] + across[1] * DOOR_STEP)) {
				plus = r;
			}
			if (minus == null && r.footprint.contains(c[0] - across[0] * DOOR_STEP, c[1] - across[1] * DOOR_STEP)) {
				minus = r;
			}
		}
		if (plus == null && minus == null || plus == minus) {
			return null;
		}
		return plus == null
				? new Passage(globalId, c, across, minus, null)
				: new Passage(globalId, c, across, plus, minus);
	}

	/** The horizontal direction in which a door is thinnest: across the wall it sits in. */
	static double[] thinAxis(ProductGeometry g) {
		double mx = 0, my = 0;
		int n = 0;
		for (Mesh m : g.meshes()) {
			float[] p = m.positions();
			for (int i = 0; i < p.length; i += 3) {
				mx += p[i];
				my += p[i + 1];
				n++;
			}
		}
		mx /= n;
		my /= n;
		double sxx = 0, syy = 0, sxy = 0;
		for (Mesh m : g.meshes()) {
			float[] p = m.positions();
			for (int i = 0; i < p.length; i += 3) {
				double dx = p[i] - mx, dy = p[i + 1] - my;
				sxx += dx * dx;
				syy += dy * dy;
				sxy += dx * dy;
			}
		}
		// the eigenvector of the smaller eigenvalue of the 2x2 covariance
		double tr = sxx + syy, det = sxx * syy - sxy * sxy;
		double small = tr / 2 - Math.sqrt(Math.max(0, tr * tr / 4 - det));
		double vx, vy;
		if (Math.abs(sxy) > 1e-12) {
			vx = small - syy;
			vy = sxy;
		} else if (sxx < syy) {
			vx = 1;
			vy = 0;
		} else {
			vx = 0;
			vy = 1;
		}
		double l = Math.hypot(vx, vy);
		return new double[]{vx / l, vy / l};
	}

	private static Room room(IfcEntity space, ProductGeometry g, WalkObstacles obstacles) {
		Footprint f = Footprint.of(g);
		if (f == null) {
			return null;
		}
		List<double[]> inside = f.grid(GRID);
		if (inside.isEmpty()) {
			return null;
		}
		double[] best = null;
		double bestClearance = -1;
		for (double[] p : inside) {
			double c = f.distanceToOutline(p[0], p[1]);
			if (c > bestClearance) {
				bestClearance = c;
				best = p;
			}
		}
		String name = space.hasAttribute("LongName") && space.getString("LongName") != null
				&& !space.getString("LongName").isBlank() ? space.getString("LongName") : space.name();
		if (name == null || name.isBlank()) {
			name = "#" + space.id();
		}
		return new Room(space.globalId(), name, best, f.floor(), f.area(), inside, f);
	}

	private static double[] box(ProductGeometry g) {
		double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE,
				-Double.MAX_VALUE};
		for (Mesh m : g.meshes()) {
			float[] p = m.positions();
			for (int i = 0; i < p.length; i += 3) {
				for (int k = 0; k < 3; k++) {
					b[k] = Math.min(b[k], p[i + k]);
					b[k + 3] = Math.max(b[k + 3], p[i + k]);
				}
			}
		}
		return b;
	}

	static double[] lift(double[] xy, double floor) {
		return new double[]{xy[0], xy[1], floor + EYE_HEIGHT};
	}

	private static double dist(double[] a, double[] b) {
		return Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
	}
}
