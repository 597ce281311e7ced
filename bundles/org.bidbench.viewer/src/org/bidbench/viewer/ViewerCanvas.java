package org.bidbench.viewer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;

import org.bidbench.jogl.JoglRuntime;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.events.KeyListener;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.MouseListener;
import org.eclipse.swt.events.MouseMoveListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLContext;
import com.jogamp.opengl.GLEventListener;
import com.jogamp.opengl.GLProfile;
import com.jogamp.opengl.swt.GLCanvas;

/**
 * The model viewer as an SWT widget: a JOGL canvas drawing a {@link Scene}, with the mouse and the
 * keyboard moving the camera.
 *
 * <ul>
 * <li>Left drag: orbit (walk mode: look around). Right or middle drag, or shift + left drag: pan.</li>
 * <li>Wheel: zoom towards the point under the cursor.</li>
 * <li>Click: select the element under the cursor; ctrl + click adds or removes it. Double click: fit
 * the selection.</li>
 * <li>Ctrl + left drag: box select; what shows inside the box joins the selection.</li>
 * <li>PageUp / PageDown: move the section planes out / in by 0.1 m (shift: 1 m).</li>
 * <li>Keys: F fit all; walk mode: W/S or arrows forward/back, A/D sideways, Q/E down/up, shift runs.</li>
 * <li>Measure mode: two clicks give the distance between the picked surface points.</li>
 * </ul>
 *
 * <p>Draws on demand (after a change or a paint), never in a loop: a software rasteriser is busy
 * enough. All methods on the SWT UI thread.
 */
public final class ViewerCanvas extends Composite {

	/** Told when the user changes the selection in the viewer. */
	public interface SelectionListener {
		void selectionChanged(BitSet selection);
	}

	/** Told when a measurement is complete. */
	public interface MeasureListener {
		void measured(double[] from, double[] to, double distance);
	}

	/** What clicks and drags do. */
	public enum Mode {
		ORBIT, WALK, MEASURE
	}

	private final Scene scene;
	private final SceneRenderer renderer;
	private final Camera camera = new Camera();
	private final GLCanvas canvas;
	private final List<SelectionListener> selectionListeners = new CopyOnWriteArrayList<>();
	private final List<MeasureListener> measureListeners = new CopyOnWriteArrayList<>();
	private final Runnable sceneListener;
	private Mode mode = Mode.ORBIT;
	private final List<Consumer<Mode>> modeListeners = new CopyOnWriteArrayList<>();
	private DoubleFunction<String> distanceFormat = d -> String.format(java.util.Locale.ROOT, "%.3f m", d);
	private double walkSpeed = 0.5;
	private double eyeHeight = 1.6;
	private double floor = Double.NaN;
	private double[] measureStart;
	private boolean redrawPending;
	private boolean fittedOnce;
	private int downX, downY, lastX, lastY, dragButton;
	private boolean dragging;
	/** A box select is being drawn, from (downX, downY) to (lastX, lastY). */
	private boolean banding;
	private boolean shiftPan;
	private final ScaledFramebuffer scaled = new ScaledFramebuffer();
	private float drawScale = 1;
	/** What a moving frame is drawn at when the draw scale is not reduced already (see {@link #setMovingScale}). */
	private float movingScale = OffscreenRenderer.MOVING_SCALE;
	private boolean prepareScaled;
	private final ProgressiveRendering progressive;

	public ViewerCanvas(Composite parent, int style, Scene scene) {
		this(parent, style, scene, 0);
	}

	/**
	 * A view whose OpenGL surface asks for {@code samples} multisamples per pixel (anti-aliasing; 0
	 * for none). A driver without multisampling gives a plain surface instead.
	 */
	public ViewerCanvas(Composite parent, int style, Scene scene, int samples) {
		super(parent, style);
		this.scene = scene;
		this.renderer = new SceneRenderer(scene);
		setLayout(new FillLayout());
		JoglRuntime.initialise();
		GLCapabilities caps = new GLCapabilities(GLProfile.get(GLProfile.GL3));
		caps.setDepthBits(24);
		if (samples > 1) {
			caps.setSampleBuffers(true);
			caps.setNumSamples(samples);
		}
		canvas = new GLCanvas(this, SWT.NO_BACKGROUND, caps, null);
		canvas.addGLEventListener(new GLEventListener() {
			@Override
			public void init(GLAutoDrawable d) {
				renderer.init(d.getGL().getGL3());
			}

			@Override
			public void display(GLAutoDrawable d) {
				fitOnFirstGeometry();
				GL3 gl = d.getGL().getGL3();
				int w = d.getSurfaceWidth(), h = d.getSurfaceHeight();
				if (prepareScaled) {
					prepareScaled = false;
					scaled.prepare(gl, d.getContext().getDefaultDrawFramebuffer(), w, h); // drawn over just below
					renderer.prepareVariants();
				}
				// While the camera moves, fewer pixels: the still frame that ends the move is drawn at full size.
				float scale = renderer.isMoving() ? Math.min(drawScale, movingScale) : drawScale;
				if (scale < 1) {
					int sw = Math.max(1, Math.round(w * scale)), sh = Math.max(1, Math.round(h * scale));
					scaled.bind(gl, sw, sh, w, h);
					renderer.render(gl, camera, sw, sh);
					scaled.stretchTo(gl, d.getContext().getDefaultDrawFramebuffer(), w, h);
				} else {
					renderer.render(gl, camera, w, h);
				}
				if (banding) {
					renderer.drawBand(d.getGL().getGL3(), downX, downY, lastX, lastY, d.getSurfaceWidth(),
							d.getSurfaceHeight());
				}
			}

			@Override
			public void reshape(GLAutoDrawable d, int x, int y, int w, int h) {
			}

			@Override
			public void dispose(GLAutoDrawable d) {
				scaled.dispose(d.getGL().getGL3());
				renderer.dispose(d.getGL().getGL3());
			}
		});
		sceneListener = () -> {
			if (!isDisposed()) {
				getDisplay().asyncExec(this::requestRedraw);
			}
		};
		scene.addChangeListener(sceneListener);
		addDisposeListener(e -> scene.removeChangeListener(sceneListener));
		// An expose (a dialog closing over the view) must redraw at once, not at the next mouse move.
		canvas.addListener(SWT.Paint, e -> requestRedraw());
		progressive = new ProgressiveRendering(parent.getDisplay(), renderer, this::requestRedraw);
		installMouse();
		installKeys();
	}

	/** Whether the camera is moving (frames are drawn coarse until it has rested a moment). */
	public boolean isMoving() {
		return progressive.isMoving();
	}

	public Scene scene() {
		return scene;
	}

	public Camera camera() {
		return camera;
	}

	public SceneRenderer renderer() {
		return renderer;
	}

	/** The JOGL canvas, e.g. to add a drop target or a menu. */
	public GLCanvas glCanvas() {
		return canvas;
	}

	public void addSelectionListener(SelectionListener l) {
		selectionListeners.add(l);
	}

	public void removeSelectionListener(SelectionListener l) {
		selectionListeners.remove(l);
	}

	public void addMeasureListener(MeasureListener l) {
		measureListeners.add(l);
	}

	public Mode mode() {
		return mode;
	}

	/**
	 * Switches mode; walk mode levels the view, puts the eye at eye height above the walking floor
	 * (when one is set) straight below or above where it was, and the target a step ahead.
	 */
	public void setMode(Mode value) {
		if (value == Mode.WALK && mode != Mode.WALK) {
			double[] target = camera.target();
			double[] d = camera.direction();
			double horizontal = Math.hypot(d[0], d[1]);
			double[] ahead = horizontal < 1e-6 ? new double[]{0, 1, 0} : new double[]{d[0], d[1], 0};
			// standing where the orbit was looking, not where the eye hovered
			double z = Double.isNaN(floor) ? camera.eye()[2] : floor + eyeHeight;
			camera.setEye(new double[]{target[0], target[1], z}, ahead, 1.0);
		}
		Mode before = mode;
		mode = value;
		measureStart = null;
		renderer.setMeasure(null, null);
		renderer.setMeasureLabel(null, null, 0, 0);
		requestRedraw();
		if (before != value) {
			for (Consumer<Mode> l : modeListeners) {
				l.accept(value);
			}
		}
	}

	/**
	 * Shows a measurement between two world points: the line, and its distance written on a label at
	 * its middle, until the next measurement or another mode; measure listeners are told.
	 */
	public void showMeasurement(double[] a, double[] b) {
		double distance = Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1])
				+ (a[2] - b[2]) * (a[2] - b[2]));
		renderer.setMeasure(a, b);
		labelMeasurement(a, b, distance);
		requestRedraw();
		for (MeasureListener l : measureListeners) {
			l.measured(a, b, distance);
		}
	}

	/** Told the new mode whenever it changes (a button, or Esc in the view). */
	public void addModeListener(Consumer<Mode> l) {
		modeListeners.add(l);
	}

	/** How a measured distance (metres) is written on its label in the view; default {@code 12.345 m}. */
	public void setDistanceFormat(DoubleFunction<String> format) {
		distanceFormat = format;
	}

	/** The measured distance written on a label at the middle of the line, drawn by the renderer over the model. */
	private void labelMeasurement(double[] a, double[] b, double distance) {
		String text = distanceFormat.apply(distance);
		Display display = getDisplay();
		GC measuring = new GC(canvas);
		Point extent;
		try {
			extent = measuring.textExtent(text);
		} finally {
			measuring.dispose();
		}
		int pad = 4, w = extent.x + 2 * pad, h = extent.y + 2 * pad;
		Image image = new Image(display, w, h);
		try {
			GC gc = new GC(image);
			try {
				gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
				gc.fillRectangle(0, 0, w, h);
				gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
				gc.drawText(text, pad, pad, true);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			byte[] rgba = new byte[w * h * 4];
			for (int y = 0; y < h; y++) {
				for (int x = 0; x < w; x++) {
					RGB rgb = data.palette.getRGB(data.getPixel(x, y));
					int o = 4 * (y * w + x);
					rgba[o] = (byte) rgb.red;
					rgba[o + 1] = (byte) rgb.green;
					rgba[o + 2] = (byte) rgb.blue;
					rgba[o + 3] = (byte) 200; // a dark plate, slightly see-through
				}
			}
			double[] middle = {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2};
			renderer.setMeasureLabel(middle, rgba, w, h);
		} finally {
			image.dispose();
		}
	}

	/** Walking speed in metres per key press. */
	public void setWalkSpeed(double metres) {
		if (!(metres > 0)) {
			throw new IllegalArgumentException("walking speed must be positive, not " + metres);
		}
		walkSpeed = metres;
	}

	public double walkSpeed() {
		return walkSpeed;
	}

	/** The height of the walker's eyes above the floor, in metres (default 1.6). */
	public void setEyeHeight(double metres) {
		if (!(metres > 0)) {
			throw new IllegalArgumentException("eye height must be positive, not " + metres);
		}
		eyeHeight = metres;
	}

	public double eyeHeight() {
		return eyeHeight;
	}

	/** The floor walk mode stands on (world Z, metres); {@code NaN} keeps the eye's height. */
	public void setWalkFloor(double z) {
		floor = z;
	}

	/**
	 * Draws the next frames at a share of the window's width and height (0 < scale <= 1) and stretches
	 * them over it: fewer pixels to fill while the camera moves (a presentation's transitions). 1, the
	 * default, draws every pixel. Depth reads and picking need a frame drawn at 1.
	 */
	public void setDrawScale(float scale) {
		if (!(scale > 0 && scale <= 1)) {
			throw new IllegalArgumentException("draw scale must be in (0, 1], not " + scale);
		}
		drawScale = scale;
	}

	/**
	 * Gets reduced drawing and every shader variant ready during the next frame, which is then drawn
	 * as usual: a presentation calls it before its first transition, so that the first reduced frame,
	 * and the first with a highlight or a section, cost no more than the others (see
	 * {@link #setDrawScale(float)} and {@link SceneRenderer#prepareVariants()}).
	 */
	public void prepareDrawScale() {
		prepareScaled = true;
	}

	/** Whether a {@link #prepareDrawScale()} still waits for a frame to be drawn in. */
	public boolean isDrawScalePending() {
		return prepareScaled;
	}

	public float drawScale() {
		return drawScale;
	}

	/**
	 * Draws moving frames (progressive rendering, while a drag, the wheel or the walk keys move the
	 * camera) at this share of the window's width and height, stretched over it; default
	 * {@link OffscreenRenderer#MOVING_SCALE}, 1 for full size. The still frame after a move is always
	 * drawn at the draw scale ({@link #setDrawScale(float)}), full size unless a presentation reduces it.
	 */
	public void setMovingScale(float scale) {
		movingScale = OffscreenRenderer.checkedMovingScale(scale);
	}

	public float movingScale() {
		return movingScale;
	}

	/** Redraws soon, once, however often it is asked. */
	public void requestRedraw() {
		if (redrawPending || isDisposed()) {
			return;
		}
		redrawPending = true;
		getDisplay().asyncExec(() -> {
			redrawPending = false;
			if (!canvas.isDisposed()) {
				canvas.display();
			}
		});
	}

	private void fitOnFirstGeometry() {
		if (!fittedOnce && scene.batchCount() > 0) {
			fittedOnce = true;
			camera.setView(StandardView.ISO);
			fitAll();
		}
	}

	private double aspect() {
		Point size = canvas.getSize();
		return size.y == 0 ? 1 : size.x / (double) size.y;
	}

	public void fitAll() {
		camera.fit(scene.bounds(), aspect());
		fittedOnce = true;
		requestRedraw();
	}

	/** Frames the selection, or everything when nothing is selected. */
	public void fitSelection() {
		BitSet selection = scene.selection();
		camera.fit(selection.isEmpty() ? scene.bounds() : Camera.framing(scene.bounds(selection)), aspect());
		fittedOnce = true;
		requestRedraw();
	}

	/** Frames the given elements. */
	public void fit(BitSet elements) {
		var box = scene.bounds(elements);
		if (box != null) {
			camera.fit(Camera.framing(box), aspect());
			fittedOnce = true;
			requestRedraw();
		}
	}

	public void setView(StandardView view) {
		camera.setView(view);
		fitAll();
	}

	public void setOrthographic(boolean orthographic) {
		camera.setOrthographic(orthographic);
		requestRedraw();
	}

	/** Draws now and reads the image back from the canvas's own context (tests, snapshots). */
	public RgbImage capture() {
		int w = canvas.getSurfaceWidth(), h = canvas.getSurfaceHeight();
		int[] pixels = new int[w * h];
		withContext(gl -> {
			renderer.render(gl, camera, w, h);
			gl.glFinish();
			ByteBuffer buffer = ByteBuffer.allocateDirect(w * h * 4).order(ByteOrder.nativeOrder());
			gl.glPixelStorei(GL.GL_PACK_ALIGNMENT, 1);
			gl.glReadBuffer(GL.GL_BACK);
			gl.glReadPixels(0, 0, w, h, GL.GL_RGBA, GL.GL_UNSIGNED_BYTE, buffer);
			for (int y = 0; y < h; y++) {
				for (int x = 0; x < w; x++) {
					int o = ((h - 1 - y) * w + x) * 4;
					pixels[y * w + x] = ((buffer.get(o) & 255) << 16) | ((buffer.get(o + 1) & 255) << 8)
							| (buffer.get(o + 2) & 255);
				}
			}
		});
		requestRedraw();
		return new RgbImage(w, h, pixels);
	}

	/** What lies under a canvas pixel. */
	public Pick pick(int x, int y) {
		Pick[] out = {Pick.NOTHING};
		withContext(gl -> out[0] = renderer.pick(gl, camera, x, y, canvas.getSurfaceWidth(), canvas.getSurfaceHeight()));
		requestRedraw(); // the pick left ids in the back buffer
		return out[0];
	}

	private interface GlTask {
		void run(GL3 gl);
	}

	/** Runs with the canvas's context current, on the UI thread, outside a frame. */
	private void withContext(GlTask task) {
		GLContext context = canvas.getContext();
		if (context == null || canvas.getSurfaceWidth() <= 0) {
			return;
		}
		if (context.makeCurrent() == GLContext.CONTEXT_NOT_CURRENT) {
			return;
		}
		try {
			task.run(context.getGL().getGL3());
		} finally {
			context.release();
		}
	}

	private void installMouse() {
		canvas.addMouseListener(new MouseListener() {
			@Override
			public void mouseDown(MouseEvent e) {
				canvas.setFocus();
				downX = lastX = e.x;
				downY = lastY = e.y;
				dragButton = e.button;
				shiftPan = (e.stateMask & SWT.SHIFT) != 0;
				// Ctrl (Cmd) + drag with the left button draws a box; what shows in it joins the selection.
				banding = e.button == 1 && (e.stateMask & SWT.MOD1) != 0 && mode == Mode.ORBIT;
				dragging = true;
			}

			@Override
			public void mouseUp(MouseEvent e) {
				dragging = false;
				boolean small = Math.abs(e.x - downX) < 4 && Math.abs(e.y - downY) < 4;
				if (banding) {
					banding = false;
					if (!small) {
						boxSelect(downX, downY, e.x, e.y);
						return;
					}
					requestRedraw();
				}
				if (e.button == 1 && small) {
					click(e.x, e.y, (e.stateMask & SWT.MOD1) != 0);
				}
			}

			@Override
			public void mouseDoubleClick(MouseEvent e) {
				if (mode != Mode.MEASURE) {
					fitSelection();
				}
			}
		});
		canvas.addMouseMoveListener(new MouseMoveListener() {
			@Override
			public void mouseMove(MouseEvent e) {
				if (!dragging) {
					return;
				}
				int dx = e.x - lastX, dy = e.y - lastY;
				lastX = e.x;
				lastY = e.y;
				if (banding) {
					requestRedraw();
					return;
				}
				if (dragButton == 1 && !shiftPan) {
					if (mode == Mode.WALK) {
						camera.look(dx, dy);
					} else {
						camera.orbit(dx, dy);
					}
				} else {
					camera.pan(dx, dy, Math.max(1, canvas.getSurfaceHeight()));
				}
				progressive.moved();
			}
		});
		canvas.addMouseWheelListener(e -> zoom(e.x, e.y, e.count));
	}

	private void zoom(int x, int y, int clicks) {
		double factor = Math.pow(0.85, clicks > 0 ? 1 : -1);
		if (mode == Mode.WALK) {
			camera.walk(clicks > 0 ? walkSpeed : -walkSpeed, 0, 0);
			progressive.moved();
			return;
		}
		double[][] point = {null};
		withContext(gl -> point[0] = renderer.depthPoint(gl, camera, x, y, canvas.getSurfaceWidth(),
				canvas.getSurfaceHeight()));
		camera.zoomAt(point[0] != null ? point[0] : cursorOnTargetPlane(x, y), factor);
		progressive.moved();
	}

	/** Where the ray through a pixel meets the plane through the target facing the eye. */
	private double[] cursorOnTargetPlane(int x, int y) {
		int w = Math.max(1, canvas.getSurfaceWidth()), h = Math.max(1, canvas.getSurfaceHeight());
		double[] near = renderer.unproject(camera, x + 0.5, y + 0.5, 0, w, h);
		double[] far = renderer.unproject(camera, x + 0.5, y + 0.5, 1, w, h);
		double[] t = camera.target(), d = camera.direction();
		double[] ray = {far[0] - near[0], far[1] - near[1], far[2] - near[2]};
		double denominator = ray[0] * d[0] + ray[1] * d[1] + ray[2] * d[2];
		if (Math.abs(denominator) < 1e-12) {
			return t;
		}
		double s = ((t[0] - near[0]) * d[0] + (t[1] - near[1]) * d[1] + (t[2] - near[2]) * d[2]) / denominator;
		return new double[]{near[0] + ray[0] * s, near[1] + ray[1] * s, near[2] + ray[2] * s};
	}

	/** Adds the elements seen in a rectangle of the canvas to the selection, and tells the listeners. */
	public void boxSelect(int x0, int y0, int x1, int y1) {
		java.util.BitSet[] found = {new java.util.BitSet()};
		withContext(gl -> found[0] = renderer.pickRegion(gl, camera, x0, y0, x1, y1, canvas.getSurfaceWidth(),
				canvas.getSurfaceHeight()));
		BitSet selection = scene.selection();
		selection.or(found[0]);
		scene.select(selection);
		requestRedraw(); // the pick left ids in the back buffer, and the band is gone
		for (SelectionListener l : selectionListeners) {
			l.selectionChanged(scene.selection());
		}
	}

	private void click(int x, int y, boolean toggle) {
		Pick pick = pick(x, y);
		if (mode == Mode.MEASURE) {
			if (pick.point() == null) {
				return;
			}
			if (measureStart == null) {
				measureStart = pick.point();
				renderer.setMeasure(measureStart, null);
				requestRedraw();
			} else {
				double[] a = measureStart;
				measureStart = null;
				showMeasurement(a, pick.point());
			}
			return;
		}
		BitSet selection = toggle ? scene.selection() : new BitSet();
		if (pick.isHit()) {
			selection.flip(pick.element());
		}
		scene.select(selection);
		for (SelectionListener l : selectionListeners) {
			l.selectionChanged(scene.selection());
		}
	}

	private void installKeys() {
		canvas.addKeyListener(new KeyListener() {
			@Override
			public void keyPressed(KeyEvent e) {
				double step = walkSpeed * ((e.stateMask & SWT.SHIFT) != 0 ? 4 : 1);
				boolean walk = mode == Mode.WALK;
				switch (e.keyCode) {
					case 'f' -> fitAll();
					case 'w', SWT.ARROW_UP -> move(walk, step, 0, 0);
					case 's', SWT.ARROW_DOWN -> move(walk, -step, 0, 0);
					case 'a', SWT.ARROW_LEFT -> move(walk, 0, -step, 0);
					case 'd', SWT.ARROW_RIGHT -> move(walk, 0, step, 0);
					case 'q' -> move(walk, 0, 0, -step);
					case 'e' -> move(walk, 0, 0, step);
					case SWT.ESC -> setMode(Mode.ORBIT);
					case SWT.PAGE_UP -> scene.moveSections((e.stateMask & SWT.SHIFT) != 0 ? 1 : 0.1);
					case SWT.PAGE_DOWN -> scene.moveSections((e.stateMask & SWT.SHIFT) != 0 ? -1 : -0.1);
					default -> {
						return;
					}
				}
			}

			@Override
			public void keyReleased(KeyEvent e) {
			}
		});
	}

	private void move(boolean walk, double forward, double right, double up) {
		if (!walk) {
			return;
		}
		double[] before = camera.eye();
		camera.walk(forward, right, up);
		if (walkGuard != null) {
			double[] wanted = camera.eye();
			double[] allowed = walkGuard.allowed(before, wanted, eyeHeight);
			double[] target = camera.target();
			camera.setTarget(target[0] + allowed[0] - wanted[0], target[1] + allowed[1] - wanted[1],
					target[2] + allowed[2] - wanted[2]);
		}
		progressive.moved();
	}

	/** Decides where a walker may go: collision with walls and slabs, contributed from outside the viewer. */
	public interface WalkGuard {
		/** Where the eye ends up when it tries to move from {@code fromEye} to {@code toEye}. */
		double[] allowed(double[] fromEye, double[] toEye, double eyeHeight);
	}

	private WalkGuard walkGuard;

	/** Walk mode asks this guard before each step; {@code null} walks through everything. */
	public void setWalkGuard(WalkGuard guard) {
		walkGuard = guard;
	}
}
