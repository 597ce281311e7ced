package org.bidbench.ui.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.UsageException;
import org.bidbench.demo.storyboard.StepView;
import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.demo.storyboard.StoryboardFile;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bidbench walkthrough} as the command line runs it: found through the extension point,
 * run on AC20-FZK-Haus, its files read back with ffprobe, ffmpeg and pdftotext.
 */
class WalkthroughCommandTest {

	@TempDir
	Path dir;

	record Run(int exit, String out, String err) {
	}

	static CliCommand command() throws Exception {
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.bidbench.cli.commands")) {
			if ("walkthrough".equals(e.getAttribute("name"))) {
				return (CliCommand) e.createExecutableExtension("class");
			}
		}
		throw new AssertionError("no command 'walkthrough' is contributed to org.bidbench.cli.commands");
	}

	Run run(String... args) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		int exit = command().run(new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), dir, false), List.of(args));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static String exec(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + text);
		return text;
	}

	@Test
	void planWritesTheRoomTourAsAStoryboard() throws Exception {
		Path model = DemoUiSamples.house(dir);
		Run r = run("plan", model.toString(), "--rooms", "Erdgeschoss", "--out", "tour.storyboard.xml");
		assertEquals(0, r.exit);
		Storyboard tour = StoryboardFile.read(dir.resolve("tour.storyboard.xml"));
		assertTrue(tour.steps().size() >= 4, "a step per room: " + tour.steps().size());
		assertEquals("AC20-FZK-Haus.ifc", tour.model());
		assertTrue(r.out.contains("room tour of Erdgeschoss: " + tour.steps().size() + " rooms"), r.out);
	}

	@Test
	void mp4DecodesWithTheRightCodecFramesAndDuration() throws Exception {
		checkVideo(640, 360);
	}

	/** The full HD size, checked with ffprobe the same way (rendered at that size, never scaled). */
	@Test
	void fullHdMp4DecodesWithTheRightSizeCodecAndFrames() throws Exception {
		checkVideo(1920, 1080);
	}

	private void checkVideo(int width, int height) throws Exception {
		Path model = DemoUiSamples.house(dir);
		Storyboard board = DemoUiSamples.twoViews();
		StoryboardFile.write(board, dir.resolve("demo.storyboard.xml"));
		Run r = run("render", model.toString(), "--storyboard", "demo.storyboard.xml", "--out", "demo.mp4", "--size",
				width + "x" + height, "--fps", "30");
		assertEquals(0, r.exit, r.err);
		Path mp4 = dir.resolve("demo.mp4");
		String probe = exec("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames", "-show_entries",
				"stream=codec_name,width,height,nb_read_frames,r_frame_rate:format=duration", "-of", "default=nw=1", mp4.toString());
		double seconds = new org.bidbench.demo.motion.Flythrough(board).duration();
		int frames = (int) Math.round(seconds * 30);
		assertTrue(probe.contains("codec_name=h264"), probe);
		assertTrue(probe.contains("width=" + width) && probe.contains("height=" + height), probe);
		assertTrue(probe.contains("r_frame_rate=30/1"), probe);
		assertTrue(probe.contains("nb_read_frames=" + frames), "expected " + frames + " frames: " + probe);
		double duration = Double.parseDouble(probe.replaceAll("(?s).*duration=([0-9.]+).*", "$1"));
		assertEquals(seconds, duration, 0.1, probe);
		// the frames change over time: sample three and compare their pixels
		List<byte[]> samples = new ArrayList<>();
		for (double t : new double[]{0.2, seconds / 2, seconds - 0.2}) {
			Path png = dir.resolve("frame-" + t + ".png");
			exec("ffmpeg", "-v", "error", "-y", "-ss", Double.toString(t), "-i", mp4.toString(), "-frames:v", "1", "-f",
					"rawvideo", "-pix_fmt", "gray", png.toString());
			samples.add(Files.readAllBytes(png));
		}
		assertTrue(differ(samples.get(0), samples.get(1)) > 0.05, "the middle frame differs from the first");
		assertTrue(differ(samples.get(1), samples.get(2)) > 0.05, "the last frame differs from the middle");
		assertFalse(Files.exists(dir.resolve(".demo.mp4.part.mp4")), "no partial file is left");
	}

	/** Share of pixels that differ by more than 16 grey levels. */
	static double differ(byte[] a, byte[] b) {
		int n = Math.min(a.length, b.length), d = 0;
		for (int i = 0; i < n; i++) {
			if (Math.abs((a[i] & 255) - (b[i] & 255)) > 16) {
				d++;
			}
		}
		return d / (double) n;
	}

	@Test
	void sequenceHandoutShowsTheCashCurveValuesAndNoCost() throws Exception {
		Path model = DemoUiSamples.house(dir);
		Run r = run("render", model.toString(), "--sequence", "storey", "--out", "sequence.pdf", "--size", "640x360");
		assertEquals(0, r.exit, r.err);
		String text = exec("pdftotext", "-layout", dir.resolve("sequence.pdf").toString(), "-");
		assertTrue(text.contains("Erdgeschoss: walls"), text);
		assertTrue(text.contains("Built by"), text);
		DemoUiSamples.assertNoInternalFigures(text, DemoUiSamples.internalQuote());
	}

	@Test
	void badArgumentsSayWhat() throws Exception {
		UsageException u = assertThrows(UsageException.class, () -> run("render", "x.ifc", "--out", "x.pdf"));
		assertTrue(u.getMessage().contains("exactly one of --storyboard"), u.getMessage());
		u = assertThrows(UsageException.class, () -> run("render", "x.ifc", "--sequence", "gantt", "--out", "x.pdf"));
		assertTrue(u.getMessage().contains("--sequence takes storey"), u.getMessage());
		u = assertThrows(UsageException.class, () -> run("render", "x.ifc", "--rooms", "EG", "--out", "x.gif"));
		assertTrue(u.getMessage().contains(".mp4 video or a .pdf"), u.getMessage());
		CommandException c = assertThrows(CommandException.class, () -> run("plan", "missing.ifc", "--rooms", "EG", "--out", "t.xml"));
		assertTrue(c.getMessage().contains("no such file"), c.getMessage());
		Path model = DemoUiSamples.house(dir);
		c = assertThrows(CommandException.class, () -> run("plan", model.toString(), "--rooms", "Keller", "--out", "t.xml"));
		assertTrue(c.getMessage().contains("no storey 'Keller'") && c.getMessage().contains("Erdgeschoss"), c.getMessage());
		assertFalse(Files.exists(dir.resolve("t.xml")));
	}

	static StepView view(double[] eye, double[] target) {
		return StepView.camera(eye, target, 45);
	}

	static StoryStep step(String title, double[] eye, double[] target) {
		return StoryStep.of(title, view(eye, target), 1.5);
	}
}
