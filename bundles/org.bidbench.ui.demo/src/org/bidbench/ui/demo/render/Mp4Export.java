package org.bidbench.ui.demo.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import java.util.function.BooleanSupplier;

/**
 * Writes a {@link FrameSource} as an H.264 MP4 through Debian's {@code ffmpeg} (libx264, yuv420p,
 * constant frame rate), fed raw RGB frames on its standard input. ffmpeg is an external program:
 * when it is missing the message says how to install it.
 */
public final class Mp4Export {

	/**
	 * x264's speed preset. {@code superfast} rather than {@code veryfast}: on this two-core machine the
	 * encoder shares the cores with llvmpipe drawing the next frame, and it takes about a quarter less
	 * processor time per frame (measured on the 4 s flight: 1.28 s against 1.68 s user+system) for
	 * files about twice as large (0.76 MB against 0.35 MB for those 4 s), still at CRF 20.
	 */
	static final String PRESET = "superfast";

	/** System property naming the ffmpeg executable (default: {@code ffmpeg} on the PATH). */
	public static final String FFMPEG_PROPERTY = "bidbench.ffmpeg";

	private Mp4Export() {
	}

	/** The ffmpeg to run, or an exception saying how to get one. */
	public static String ffmpeg() throws IOException {
		String configured = System.getProperty(FFMPEG_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			if (!Files.isExecutable(Path.of(configured))) {
				throw new IOException("-D" + FFMPEG_PROPERTY + "=" + configured + " is not an executable ffmpeg");
			}
			return configured;
		}
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
			Path p = Path.of(dir, "ffmpeg");
			if (Files.isExecutable(p)) {
				return p.toString();
			}
		}
		throw new IOException("MP4 export needs ffmpeg, which is not installed; install it (Debian: apt-get install -y"
				+ " ffmpeg) or set -D" + FFMPEG_PROPERTY + "=/path/to/ffmpeg; the PDF handout (--out FILE.pdf) needs no ffmpeg");
	}

	/**
	 * Renders every frame at {@code fps} and encodes them into {@code file} (through a temporary file
	 * in the same folder, renamed when ffmpeg has finished).
	 *
	 * @param progress told the share done (0..1) after each frame; may be null
	 * @param cancelled asked after each frame; true stops and removes the partial file; may be null
	 * @return the number of frames written
	 */
	public static int write(FrameSource source, int fps, Path file, DoubleConsumer progress, BooleanSupplier cancelled)
			throws IOException, InterruptedException {
		String ffmpeg = ffmpeg();
		int frames = Math.max(1, (int) Math.round(source.duration() * fps));
		BufferedImage first = source.frame(0);
		int w = first.getWidth(), h = first.getHeight();
		if (w % 2 != 0 || h % 2 != 0) {
			throw new IOException("H.264 in yuv420p needs an even width and height, not " + w + "x" + h);
		}
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = folder.resolve("." + file.getFileName() + ".part.mp4");
		List<String> command = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "rawvideo",
				"-pix_fmt", "bgr0", "-s", w + "x" + h, "-r", Integer.toString(fps), "-i", "-", "-c:v", "libx264",
				"-preset", PRESET, "-crf", "20", "-pix_fmt", "yuv420p", "-r", Integer.toString(fps), "-movflags",
				"+faststart", temporary.toString()));
		Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		StringBuilder errors = new StringBuilder();
		Thread drain = Thread.ofVirtual().start(() -> {
			try (InputStream err = process.getErrorStream()) {
				errors.append(new String(err.readAllBytes()));
			} catch (IOException e) {
				// the exit code says it failed
			}
		});
		boolean done = false;
		try {
			// Two frame buffers: the next frame is drawn while a writer thread feeds ffmpeg the last one,
			// so rendering and encoding overlap. A frame handed out again (the camera at rest) is
			// written again without being converted again.
			byte[][] buffers = {new byte[w * h * 4], new byte[w * h * 4]};
			List<Future<?>> pending = new ArrayList<>(List.of(CompletableFuture.completedFuture(null),
					CompletableFuture.completedFuture(null)));
			ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("ffmpeg-feed").factory());
			try (OutputStream in = process.getOutputStream()) {
				BufferedImage previous = null;
				int previousBuffer = 0, next = 0;
				for (int i = 0; i < frames; i++) {
					BufferedImage img = i == 0 ? first : source.frame(i / (double) fps);
					int b = previousBuffer;
					if (img != previous) {
						b = next;
						next ^= 1;
						await(pending.get(b));
						pack(img, buffers[b]);
					}
					byte[] data = buffers[b];
					pending.set(b, writer.submit(() -> {
						in.write(data);
						return null;
					}));
					previous = img;
					previousBuffer = b;
					if (progress != null) {
						progress.accept((i + 1) / (double) frames);
					}
					if (cancelled != null && cancelled.getAsBoolean()) {
						process.destroy();
						return i + 1;
					}
				}
				await(pending.get(0));
				await(pending.get(1));
			} finally {
				writer.shutdownNow();
			}
			int exit = process.waitFor();
			drain.join();
			if (exit != 0) {
				throw new IOException("ffmpeg failed (exit " + exit + "): " + errors.toString().strip());
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			done = true;
			return frames;
		} catch (IOException e) {
			if (!process.isAlive() && process.exitValue() != 0) {
				drain.join();
				throw new IOException("ffmpeg stopped (exit " + process.exitValue() + "): " + errors.toString().strip(), e);
			}
			throw e;
		} finally {
			if (!done) {
				process.destroy();
				Files.deleteIfExists(temporary);
			}
		}
	}

	/** Waits for a write to ffmpeg; its failure is this thread's. */
	private static void await(Future<?> write) throws IOException, InterruptedException {
		try {
			write.get();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IOException("feeding ffmpeg failed: " + e.getCause(), e.getCause());
		}
	}

	/** A frame as ffmpeg's {@code bgr0}: each 0xRRGGBB int written little-endian is B, G, R, 0. */
	private static void pack(BufferedImage img, byte[] out) {
		int w = img.getWidth(), h = img.getHeight();
		int[] pixels;
		if (img.getType() == BufferedImage.TYPE_INT_RGB && img.getRaster().getDataBuffer() instanceof DataBufferInt d
				&& d.getData().length == w * h) {
			pixels = d.getData();
		} else {
			pixels = img.getRGB(0, 0, w, h, null, 0, w);
		}
		ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(pixels, 0, w * h);
	}

	/** "1280x720" → {1280, 720}. */
	public static int[] size(String text) {
		String[] parts = text.toLowerCase(Locale.ROOT).split("x", -1);
		if (parts.length != 2) {
			throw new IllegalArgumentException("a size is WIDTHxHEIGHT such as 1280x720 or 1920x1080, not '" + text + "'");
		}
		try {
			int w = Integer.parseInt(parts[0].strip()), h = Integer.parseInt(parts[1].strip());
			if (w < 16 || h < 16 || w > 7680 || h > 4320) {
				throw new NumberFormatException();
			}
			return new int[]{w, h};
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("a size is WIDTHxHEIGHT between 16x16 and 7680x4320, not '" + text + "'");
		}
	}
}
