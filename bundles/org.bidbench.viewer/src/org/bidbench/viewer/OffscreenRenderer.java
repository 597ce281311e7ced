package org.bidbench.viewer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

import org.bidbench.jogl.JoglRuntime;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLEventListener;
import com.jogamp.opengl.GLException;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import com.jogamp.opengl.GLProfile;
import com.jogamp.opengl.GLRunnable;

/**
 * Renders a {@link Scene} into a framebuffer object of a fixed size, without a window: for tests,
 * benchmarks and reports. Needs an OpenGL 3.3 core driver (on a server: Mesa llvmpipe under Xvfb).
 *
 * <p>Not thread-safe: use one renderer from one thread at a time. Close it to free the GL context.
 */
public final class OffscreenRenderer implements AutoCloseable {

	/**
	 * The share of the width and height a moving frame is drawn at, here and in the workbench
	 * ({@link ViewerCanvas}): on a software rasteriser most of a frame of a big model is filling pixels,
	 * and half the width and height is a quarter of them. The still frame is always drawn at full size.
	 */
	public static final float MOVING_SCALE = 0.5f;

	private final Scene scene;
	private final SceneRenderer renderer;
	private final GLOffscreenAutoDrawable drawable;
	private final int width;
	private final int height;
	private final ByteBuffer readBack;
	private RuntimeException failure;
	/** Made on the first {@link #drawBaseline(Camera)}: most users never need a second copy of the scene on the GPU. */
	private BaselineRenderer baseline;
	private FrameStatistics baselineStatistics;
	/** Where moving frames are drawn at {@link #movingScale} before they are stretched over the image. */
	private final ScaledFramebuffer scaled = new ScaledFramebuffer();
	private float movingScale = MOVING_SCALE;
	/*
	 * The timed paths (draw, drawBaseline) reuse these instead of capturing lambdas, so that a
	 * benchmark loop allocates nothing of its own per frame: garbage made while timing shows up as GC
	 * pauses in the p95.
	 */
	private GlTask task;
	private Camera frameCamera;
	private final GlTask drawTask = this::drawFrame;
	private final GlTask baselineTask = this::drawBaselineFrame;
	private final GLRunnable invoker = d -> {
		try {
			task.run(d.getGL().getGL3());
		} catch (RuntimeException e) {
			failure = e;
		}
		return false;
	};

	/**
	 * @throws GLException when no OpenGL 3.3 core context can be made (no display, no driver); the
	 *         message says what to install or start
	 */
	public OffscreenRenderer(Scene scene, int width, int height) {
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("image size " + width + "x" + height + ": both must be positive");
		}
		this.scene = scene;
		this.width = width;
		this.height = height;
		this.renderer = new SceneRenderer(scene);
		this.readBack = ByteBuffer.allocateDirect(width * height * 4).order(ByteOrder.nativeOrder());
		JoglRuntime.initialise();
		GLProfile profile;
		try {
			profile = GLProfile.get(GLProfile.GL3);
		} catch (GLException e) {
			throw new GLException("no OpenGL 3.3 core profile is available (" + e.getMessage()
					+ "): run under an X display with Mesa (xvfb-run; apt install xvfb libgl1-mesa-dri libglx-mesa0)", e);
		}
		GLCapabilities caps = new GLCapabilities(profile);
		caps.setOnscreen(false);
		caps.setFBO(true);
		caps.setDoubleBuffered(false);
		caps.setDepthBits(24);
		caps.setAlphaBits(8);
		drawable = GLDrawableFactory.getFactory(profile).createOffscreenAutoDrawable(null, caps, null, width, height);
		drawable.setAutoSwapBufferMode(false);
		drawable.addGLEventListener(new GLEventListener() {
			@Override
			public void init(GLAutoDrawable d) {
				renderer.init(d.getGL().getGL3());
			}

			@Override
			public void display(GLAutoDrawable d) {
			}

			@Override
			public void reshape(GLAutoDrawable d, int x, int y, int w, int h) {
			}

			@Override
			public void dispose(GLAutoDrawable d) {
				scaled.dispose(d.getGL().getGL3());
				renderer.dispose(d.getGL().getGL3());
				if (baseline != null) {
					baseline.dispose(d.getGL().getGL3());
				}
			}
		});
		drawable.display();
	}

	public Scene scene() {
		return scene;
	}

	public SceneRenderer renderer() {
		return renderer;
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/** Draws a frame without reading it back (benchmarks); returns when the GPU has finished. */
	public FrameStatistics draw(Camera camera) {
		frameCamera = camera;
		run(drawTask);
		return renderer.statistics();
	}

	/**
	 * Draws the scene's published triangles as one vertex buffer with one {@code glDrawElements},
	 * without culling or display state: the floor {@link #draw(Camera)} is compared to in benchmarks.
	 * The first call uploads the whole scene a second time.
	 */
	public FrameStatistics drawBaseline(Camera camera) {
		frameCamera = camera;
		run(baselineTask);
		return baselineStatistics;
	}

	/**
	 * Draws moving frames ({@link SceneRenderer#setMoving(boolean)}) at {@code scale} of the width and
	 * height and stretches them over the image (1: full size, as still frames always are).
	 */
	public void setMovingScale(float scale) {
		movingScale = checkedMovingScale(scale);
	}

	/** {@code scale} when it is a share in (0, 1], as {@link #setMovingScale} and the canvas's take. */
	static float checkedMovingScale(float scale) {
		if (!(scale > 0 && scale <= 1)) {
			throw new IllegalArgumentException("moving scale must be in (0, 1], not " + scale);
		}
		return scale;
	}

	public float movingScale() {
		return movingScale;
	}

	private void drawFrame(GL3 gl) {
		renderFrame(gl, frameCamera);
		gl.glFinish();
	}

	/** A frame into the image's framebuffer: moving ones at the reduced size, then stretched. */
	private void renderFrame(GL3 gl, Camera camera) {
		if (renderer.isMoving() && movingScale < 1) {
			int sw = Math.max(1, Math.round(width * movingScale)), sh = Math.max(1, Math.round(height * movingScale));
			scaled.bind(gl, sw, sh, width, height);
			renderer.render(gl, camera, sw, sh);
			scaled.stretchTo(gl, drawable.getContext().getDefaultDrawFramebuffer(), width, height);
		} else {
			renderer.render(gl, camera, width, height);
		}
	}

	private void drawBaselineFrame(GL3 gl) {
		if (baseline == null) {
			BaselineRenderer b = new BaselineRenderer(scene);
			b.init(gl);
			baseline = b;
			baselineStatistics = new FrameStatistics(b.triangleCount(), 1, 0, 0);
		}
		baseline.render(gl, frameCamera, width, height);
		gl.glFinish();
	}

	/** Draws a frame and reads it back. */
	public RgbImage render(Camera camera) {
		int[] pixels = new int[width * height];
		render(camera, pixels);
		return new RgbImage(width, height, pixels);
	}

	/**
	 * Draws a frame and reads it back into {@code pixels} (0xRRGGBB, rows from the top): a caller that owns an image's pixel array (a {@code BufferedImage} of type
	 * {@code TYPE_INT_RGB}) gets the frame without a copy.
	 */
	public void render(Camera camera, int[] pixels) {
		if (pixels.length < width * height) {
			throw new IllegalArgumentException("a " + width + "x" + height + " frame needs " + width * height
					+ " pixels, not " + pixels.length);
		}
		run(gl -> {
			renderFrame(gl, camera);
			readBack.clear();
			gl.glPixelStorei(GL.GL_PACK_ALIGNMENT, 4);
			// BGRA as 8_8_8_8_REV is one int per pixel laid out as 0xAARRGGBB: read once, no per-byte
			// repacking, and the driver's fast path on Mesa
			gl.glReadPixels(0, 0, width, height, GL.GL_BGRA, GL3.GL_UNSIGNED_INT_8_8_8_8_REV, readBack);
			IntBuffer ints = readBack.asIntBuffer();
			for (int y = 0; y < height; y++) {
				ints.get((height - 1 - y) * width, pixels, y * width, width); // GL rows run bottom up
			}
			for (int i = 0, n = width * height; i < n; i++) {
				pixels[i] &= 0xFFFFFF;
			}
		});
	}

	/** Renders a saved viewpoint: applies it to the scene and a camera, then draws. */
	public RgbImage render(Viewpoint viewpoint) {
		Camera camera = new Camera();
		viewpoint.apply(scene, camera);
		return render(camera);
	}

	/** What lies under a pixel ({@code y} from the top). */
	public Pick pick(Camera camera, int x, int y) {
		Pick[] result = new Pick[1];
		run(gl -> result[0] = renderer.pick(gl, camera, x, y, width, height));
		return result[0];
	}

	/** The elements seen in a rectangle of the view (corners from the top left), as a box select finds them. */
	public java.util.BitSet pickRegion(Camera camera, int x0, int y0, int x1, int y1) {
		java.util.BitSet[] result = new java.util.BitSet[1];
		run(gl -> result[0] = renderer.pickRegion(gl, camera, x0, y0, x1, y1, width, height));
		return result[0];
	}

	private interface GlTask {
		void run(GL3 gl);
	}

	private void run(GlTask t) {
		failure = null;
		task = t;
		try {
			drawable.invoke(true, invoker);
		} finally {
			task = null;
		}
		if (failure != null) {
			throw failure;
		}
	}

	@Override
	public void close() {
		drawable.destroy();
	}
}
