package org.bidbench.viewer;

import java.util.Arrays;

/**
 * Times a full orbit of offscreen frames around a scene: the one measurement behind the viewer
 * figures of docs/benchmarks.md, shared by {@code bidbench bench render} and the viewer UI test so
 * that both report the same thing.
 */
public final class OrbitBenchmark {

	private OrbitBenchmark() {
	}

	/**
	 * Frame times of one run, sorted.
	 *
	 * @param frameNanos each frame's wall time, ascending
	 * @param trianglesDrawn triangles drawn over all frames
	 * @param drawCalls draw calls of the last frame
	 */
	public record Result(long[] frameNanos, long trianglesDrawn, int drawCalls) {

		public int frames() {
			return frameNanos.length;
		}

		public double medianMillis() {
			return frameNanos[frameNanos.length / 2] / 1e6;
		}

		/** The 95th percentile (nearest rank): with few frames, the slowest. */
		public double p95Millis() {
			return frameNanos[Math.min(frameNanos.length - 1, (int) Math.ceil(frameNanos.length * 0.95) - 1)] / 1e6;
		}

		public double framesPerSecond() {
			return frameNanos.length / (totalNanos() / 1e9);
		}

		public double trianglesPerSecond() {
			return trianglesDrawn / (totalNanos() / 1e9);
		}

		private long totalNanos() {
			long total = 0;
			for (long n : frameNanos) {
				total += n;
			}
			return Math.max(1, total);
		}
	}

	/** A camera that looks at the whole scene from the ISO corner, where every orbit starts. */
	public static Camera startCamera(Scene scene, int width, int height) {
		Camera camera = new Camera();
		camera.setView(StandardView.ISO);
		camera.fit(scene.bounds(), width / (double) height);
		return camera;
	}

	/**
	 * Draws {@code frames} frames, turning the camera by an equal step each time so the frames make one
	 * full turn; the camera is moved.
	 *
	 * @param baseline draw with {@link OffscreenRenderer#drawBaseline(Camera)} instead of the scene renderer
	 */
	public static Result orbit(OffscreenRenderer renderer, Camera camera, int frames, boolean baseline) {
		if (frames <= 0) {
			throw new IllegalArgumentException("frames must be positive, not " + frames);
		}
		long[] nanos = new long[frames];
		long triangles = 0;
		int drawCalls = 0;
		// Camera.orbit takes pixels of drag at 0.008 rad each; the steps add up to one full turn, so
		// every side of the model (and every culling case) is in the sample whatever N is.
		double step = 2 * Math.PI / 0.008 / frames;
		for (int i = 0; i < frames; i++) {
			camera.orbit(step, 0);
			long t0 = System.nanoTime();
			FrameStatistics s = baseline ? renderer.drawBaseline(camera) : renderer.draw(camera);
			nanos[i] = System.nanoTime() - t0;
			triangles += s.trianglesDrawn();
			drawCalls = s.drawCalls();
		}
		Arrays.sort(nanos);
		return new Result(nanos, triangles, drawCalls);
	}
}
