package org.bidbench.ui.demo.tests;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.bidbench.demo.price.CashCurve;
import org.bidbench.demo.price.ClientQuote;
import org.bidbench.demo.price.ClientQuotes;
import org.bidbench.demo.sequence.ConstructionSchedule;
import org.bidbench.demo.sequence.StoreySequence;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.ui.demo.render.FrameSource;
import org.bidbench.ui.demo.render.HandoutPage;
import org.bidbench.ui.demo.render.ModelScene;
import org.bidbench.ui.demo.render.Mp4Export;
import org.bidbench.ui.demo.render.SequenceFrames;
import org.bidbench.ui.demo.render.StoryboardFrames;
import org.bidbench.viewer.OffscreenRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures for docs/benchmarks.md, not a test (no assertion; not run by default): offscreen playback
 * frame rate and video rendering time per second of video, at 1280x720, for AC20-FZK-Haus (a
 * storyboard flight and the 4D sequence with the cash curve) and the largest sample (the 4D
 * sequence). Run with {@code -Dtest=WalkthroughBenchmark}.
 */
class WalkthroughBenchmark {

	static final int W = 1280, H = 720, FPS = 30;

	@TempDir
	Path dir;

	@Test
	void figures() throws Exception {
		for (String model : List.of("AC20-FZK-Haus.ifc", "ROOT-houten_kozijnen.ifc")) {
			long t0 = System.nanoTime();
			ModelScene ms = ModelScene.load(DemoUiSamples.shared(model), null);
			double load = (System.nanoTime() - t0) / 1e9;
			ClientQuote quote;
			try {
				quote = ClientQuotes.priceOnTheFly(ms.model(), true);
			} catch (ClientQuotes.PriceUnavailableException e) {
				print(model, "prices", "none (" + e.getMessage() + "): the sequence is drawn without the cash curve");
				quote = null;
			}
			try (OffscreenRenderer r = new OffscreenRenderer(ms.scene(), W, H)) {
				print(model, "load", String.format(Locale.ROOT, "%.2f s, %d elements, %d triangles", load,
						ms.scene().elementCount(), ms.scene().triangleCount()));
				if (model.startsWith("AC20")) {
					Storyboard board = DemoUiSamples.twoViews();
					breakdown(model, r, board, quote);
					measure(model, "storyboard flight", new StoryboardFrames(r, board, quote), 4);
					measure(model, "room tour Erdgeschoss", new StoryboardFrames(r,
							org.bidbench.demo.tour.RoomTour.plan(ms.model(), ms.geometry(), "Erdgeschoss").storyboard(), quote), 4);
				}
				ConstructionSchedule s = StoreySequence.of(ms.model(), ms.meshed(), LocalDate.of(2027, 3, 1));
				measure(model, "4D sequence + cash curve", new SequenceFrames(r, s, quote == null ? null : CashCurve.of(s, quote)), 4);
			}
		}
	}

	/**
	 * Where a video frame's time goes, stage by stage, over the frames of the flight (the camera
	 * moving, so nothing is reused): the scene drawn (until the GPU has finished), drawn and read back
	 * into the image, the caption and callouts drawn over it, the packing for ffmpeg, and ffmpeg's
	 * encoding alone (the frames already made, fed as fast as it takes them).
	 */
	private void breakdown(String model, OffscreenRenderer r, Storyboard board, ClientQuote quote) throws Exception {
		StoryboardFrames frames = new StoryboardFrames(r, board, quote);
		var flight = frames.flythrough();
		frames.frame(flight.stepStart(1)); // the step's display state, as the video has it
		List<org.bidbench.demo.motion.CameraPose> poses = new java.util.ArrayList<>();
		for (double t = flight.stepStart(1); t < flight.arrival(1); t += 1.0 / FPS) {
			poses.add(flight.at(t).pose());
		}
		org.bidbench.viewer.Camera camera = new org.bidbench.viewer.Camera();
		int n = poses.size();
		long draw = 0, read = 0, image = 0, caption = 0, pack = 0;
		// a few distinct frames kept for the encoding figure (all of them would fill the heap and time the collector)
		List<BufferedImage> made = new java.util.ArrayList<>();
		byte[] packed = new byte[W * H * 4];
		int[] reused = new int[W * H];
		for (var pose : poses) {
			org.bidbench.ui.demo.render.StepViews.place(camera, pose);
			long t0 = System.nanoTime();
			r.draw(camera);
			long t1 = System.nanoTime();
			r.render(camera, reused);
			long t2 = System.nanoTime();
			BufferedImage img = org.bidbench.ui.demo.render.Overlay.render(r, camera);
			long t3 = System.nanoTime();
			org.bidbench.ui.demo.render.Overlay.caption(img, "From the north west", List.of("Roof: CNY 123,456.00"));
			long t4 = System.nanoTime();
			int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
			java.nio.ByteBuffer.wrap(packed).order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(px);
			long t5 = System.nanoTime();
			draw += t1 - t0;
			read += (t2 - t1) - (t1 - t0); // the same draw again, plus the read-back into an array
			image += (t3 - t2) - (t2 - t1); // the same again, into a new image
			caption += t4 - t3;
			pack += t5 - t4;
			if (made.size() < 30) {
				made.add(img);
			}
		}
		print(model, "frame breakdown (" + n + " flight frames, 1280x720, ms per frame)", String.format(Locale.ROOT,
				"scene draw %.1f, read-back and copy %.1f, new image %.1f, caption %.1f, pack for ffmpeg %.1f", draw / 1e6 / n,
				read / 1e6 / n, image / 1e6 / n, caption / 1e6 / n, pack / 1e6 / n));
		FrameSource ready = new FrameSource() {
			@Override
			public double duration() {
				return n / (double) FPS;
			}

			@Override
			public BufferedImage frame(double t) {
				return made.get(Math.min(n - 1, (int) Math.round(t * FPS)) % made.size());
			}

			@Override
			public List<HandoutPage> pages() {
				return List.of();
			}
		};
		long t0 = System.nanoTime();
		int written = Mp4Export.write(ready, FPS, dir.resolve("encode.mp4"), null, null);
		double seconds = (System.nanoTime() - t0) / 1e9;
		print(model, "frame breakdown: ffmpeg encoding alone", String.format(Locale.ROOT,
				"%d frames in %.2f s: %.1f ms per frame, %.2f s per second of video", written, seconds, seconds * 1000 / written,
				seconds / (written / (double) FPS)));
	}

	private void measure(String model, String what, FrameSource source, double seconds) throws Exception {
		source.frame(0); // upload, JIT
		int frames = (int) (seconds * FPS);
		long t0 = System.nanoTime();
		for (int i = 0; i < frames; i++) {
			source.frame(i * source.duration() / frames);
		}
		double render = (System.nanoTime() - t0) / 1e9;
		print(model, what + ": offscreen frames (render, read back, overlays)",
				String.format(Locale.ROOT, "%.1f frames/s (%d frames)", frames / render, frames));
		FrameSource clip = new FrameSource() {
			@Override
			public double duration() {
				return seconds;
			}

			@Override
			public BufferedImage frame(double t) {
				return source.frame(t * source.duration() / seconds);
			}

			@Override
			public List<HandoutPage> pages() {
				return List.of();
			}
		};
		Path mp4 = dir.resolve("bench.mp4");
		long t1 = System.nanoTime();
		int written = Mp4Export.write(clip, FPS, mp4, null, null);
		double video = (System.nanoTime() - t1) / 1e9;
		print(model, what + ": MP4 1280x720 30 fps", String.format(Locale.ROOT,
				"%d frames, %.2f s rendering per second of video (%.1f frames/s), %d KB", written, video / seconds,
				written / video, Files.size(mp4) / 1024));
		String keep = System.getProperty("bidbench.screenshots", "");
		if (!keep.isEmpty()) {
			// kept to be watched: frames extracted and looked at
			Files.createDirectories(Path.of(keep));
			Files.copy(mp4, Path.of(keep, model.replace(".ifc", "") + "-" + what.replaceAll("[^A-Za-z0-9]+", "-") + ".mp4"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void print(String model, String what, String figure) {
		System.out.println("BENCH " + model + " | " + what + " | " + figure);
	}
}
