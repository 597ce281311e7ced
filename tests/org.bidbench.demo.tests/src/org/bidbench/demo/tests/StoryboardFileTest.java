package org.bidbench.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bidbench.demo.storyboard.StepView;
import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.demo.storyboard.StoryboardFile;
import org.bidbench.demo.storyboard.StoryboardFormatException;
import org.bidbench.geometry.Colour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryboardFileTest {

	@TempDir
	Path dir;

	static Storyboard sample() {
		StepView full = new StepView(new double[]{0.1 + 0.2, -12.345678901234567, 1e-9}, new double[]{5, 6, 7}, 47.5,
				false, 0, List.of("2Xx$hidden00000000000", "3abc_hidden0000000000"), List.of("1sel_ected00000000000"),
				true, List.of("1sel_ected00000000000"),
				Map.of("0colour000000000000$A", new Colour(0.25f, 0.5f, 0.75f, 0.3f)),
				List.of(new StepView.Plane(1, 2, 3.3, 0, 0, 1), new StepView.Plane(0, -4, 0, 0, -1, 0)), true);
		StepView ortho = new StepView(new double[]{10, 10, 10}, new double[]{0, 0, 0}, 45, true, 23.25, List.of(),
				List.of(), false, List.of(), Map.of(), List.of(), false);
		return new Storyboard("Haus am See — 客户演示", "AC20-FZK-Haus.ifc", List.of(
				new StoryStep("Overview <&> \"quotes\"", List.of("Two storeys, 170 m²", "交付周期 6 个月"), ortho,
						List.of(), 5, StoryStep.Transition.CUT, List.of()),
				new StoryStep("The walls", List.of(), full, List.of("line-1", "line|2"), 7.25, StoryStep.Transition.FLY,
						List.of()),
				new StoryStep("Walk in", List.of("mind the step"), StepView.camera(new double[]{1, 2, 1.6},
						new double[]{4, 2, 1.3}, 70), List.of(), 3, StoryStep.Transition.WALK,
						List.of(new double[]{0.5, 0.5, 1.6}, new double[]{1, 1.5, 1.6}))));
	}

	@Test
	void roundTripKeepsEveryField() throws Exception {
		Storyboard board = sample();
		Path file = dir.resolve("house.ifc" + StoryboardFile.SUFFIX);
		StoryboardFile.write(board, file);
		Storyboard back = StoryboardFile.read(file);
		assertEquals(board, back);
		// and the text is stable: writing what was read gives the same bytes
		Path again = dir.resolve("again.xml");
		StoryboardFile.write(back, again);
		assertEquals(Files.readString(file), Files.readString(again));
		try (var files = Files.list(dir)) {
			assertEquals(2, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void besideTheModel() {
		assertEquals(Path.of("/w/models/AC20.ifc.storyboard.xml"), StoryboardFile.besideModel(Path.of("/w/models/AC20.ifc")));
	}

	@Test
	void badFilesSayWhereAndLoseNothing() throws Exception {
		Path file = dir.resolve("bad.storyboard.xml");
		Files.writeString(file, "<storyboard xmlns='urn:bidbench:storyboard:1'>\n<step title='A'>\n<camera eye='1 2' target='0 0 0'/></step></storyboard>");
		StoryboardFormatException e = assertThrows(StoryboardFormatException.class, () -> StoryboardFile.read(file));
		assertTrue(e.getMessage().contains("step 1 ('A')") && e.getMessage().contains("camera eye"), e.getMessage());

		Files.writeString(file, "<storyboard xmlns='urn:bidbench:storyboard:1'>\n<step title='A'>\n</storyboard>");
		e = assertThrows(StoryboardFormatException.class, () -> StoryboardFile.read(file));
		assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());

		Files.writeString(file, "<viewpoints/>");
		e = assertThrows(StoryboardFormatException.class, () -> StoryboardFile.read(file));
		assertTrue(e.getMessage().contains("not <storyboard"), e.getMessage());
	}

	@Test
	void stepsNamingRemovedElementsAreFlagged() {
		Storyboard board = sample();
		Set<String> model = Set.of("2Xx$hidden00000000000", "3abc_hidden0000000000", "1sel_ected00000000000",
				"0colour000000000000$A", "lineElement0000000001");
		List<Storyboard.MissingElements> missing = board.missingElements(model,
				key -> key.equals("line-1") ? List.of("lineElement0000000001", "goneElement0000000002") : List.of());
		assertEquals(1, missing.size());
		assertEquals(1, missing.get(0).step());
		assertEquals(List.of("goneElement0000000002"), missing.get(0).globalIds());
	}

	@Test
	void editingMovesAndReplacesSteps() {
		Storyboard board = sample();
		Storyboard moved = board.moved(0, 2);
		assertEquals(List.of("The walls", "Walk in", "Overview <&> \"quotes\""),
				moved.steps().stream().map(StoryStep::title).toList());
		assertEquals("Renamed", board.replaced(1, board.steps().get(1).withTitle("Renamed")).steps().get(1).title());
		assertEquals(2, board.removed(0).steps().size());
	}
}
