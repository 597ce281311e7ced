package org.bidbench.viewer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.geometry.Colour;

import com.jogamp.common.nio.PointerBuffer;
import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL2ES2;
import com.jogamp.opengl.GL3;

/**
 * Draws a {@link Scene} into the current OpenGL 3.3 core context.
 *
 * <p>Each sealed batch is uploaded once (one vertex buffer, one index buffer, one vertex array).
 * A frame culls every element range against the view frustum and the section planes, skips hidden
 * ones, merges neighbouring ranges, and draws each batch with one {@code glMultiDrawElements}: on a
 * software rasteriser the triangles not sent are the time saved. Display state (selection, colours)
 * lives in a small texture indexed by element, re-uploaded only when the state changes. A frame
 * allocates nothing.
 *
 * <p>One renderer belongs to one GL context; call every method with that context current.
 */
public final class SceneRenderer {

	/** Section planes the shader cuts with. */
	public static final int MAX_SECTION_PLANES = 6;
	private static final int STATE_WIDTH = 1024;

	/*
	 * One source, compiled in variants (see programFor): CLIP adds the section planes' clip distances,
	 * STATE the per-element colour fetched from the state texture, IDS writes element ids for picking.
	 * A variant without a feature does not pay for it per vertex, which on a software rasteriser is
	 * where the time goes; the common frame (no section, no selection or colouring) runs the plainest.
	 */
	/**
	 * What every vertex stage of the scene shares (the batches' and the instanced copies'): the
	 * uniforms and outputs, and {@code placeVertex}, which projects a world position, sets the section
	 * planes' clip distances and the element's colour (from the state texture when it has one) and,
	 * for picking, its id.
	 */
	static final String VERTEX_COMMON = """
			uniform mat4 uViewProjection;
			uniform vec4 uColour;
			uniform sampler2D uState;
			uniform vec4 uPlanes[6];
			uniform int uPlaneCount;
			out vec3 vNormal;
			flat out vec4 vColour;
			#if IDS
			flat out int vElement;
			#endif
			#if CLIP
			out float gl_ClipDistance[6];
			#endif
			void placeVertex(vec3 position, int element) {
				gl_Position = uViewProjection * vec4(position, 1.0);
			#if CLIP
				for (int i = 0; i < 6; i++) {
					gl_ClipDistance[i] = i < uPlaneCount ? uPlanes[i].w - dot(uPlanes[i].xyz, position) : 1.0;
				}
			#endif
			#if STATE
				vec4 s = texelFetch(uState, ivec2(element & 1023, element >> 10), 0);
				vColour = s.a > 0.0 ? vec4(s.rgb, uColour.a) : uColour;
			#else
				vColour = uColour;
			#endif
			#if IDS
				vElement = element;
			#endif
			}
			""";

	private static final String VERTEX_SHADER = """
			layout(location = 0) in vec3 aPosition;
			layout(location = 1) in vec3 aNormal;
			layout(location = 2) in int aElement;
			""" + VERTEX_COMMON + """
			void main() {
				placeVertex(aPosition, aElement);
				vNormal = aNormal;
			}
			""";

	private static final String FRAGMENT_SHADER = """
			in vec3 vNormal;
			flat in vec4 vColour;
			#if IDS
			flat in int vElement;
			#endif
			uniform int uMode;
			uniform vec4 uCutColour;
			uniform vec3 uViewDirection;
			out vec4 fragColour;
			void main() {
			#if IDS
				int id = vElement + 1;
				fragColour = vec4(float(id & 255), float((id >> 8) & 255), float((id >> 16) & 255), 255.0) / 255.0;
			#else
				vec3 n = normalize(vNormal);
				if (!gl_FrontFacing) {
			#if CLIP
					// Seen from behind through a section: the inside of a cut solid, shown as the cut face.
					if (uMode == 0) {
						fragColour = uCutColour;
						return;
					}
			#endif
					n = -n;
				}
				vec3 key = normalize(vec3(0.35, 0.5, 0.8));
				float light = 0.35 + 0.4 * max(dot(n, key), 0.0) + 0.3 * abs(dot(n, uViewDirection));
				fragColour = vec4(min(vColour.rgb * light, vec3(1.0)), vColour.a);
			#endif
			}
			""";

	private static final int CLIP = 1, STATE = 2, IDS = 4, INSTANCED = 8;

	/** The measurement overlay: a line and its end points in one colour, drawn over everything. */
	private static final String OVERLAY_VERTEX_SHADER = """
			#version 330 core
			layout(location = 0) in vec3 aPosition;
			uniform mat4 uViewProjection;
			void main() {
				gl_Position = uViewProjection * vec4(aPosition, 1.0);
				gl_PointSize = 9.0;
			}
			""";

	private static final String OVERLAY_FRAGMENT_SHADER = """
			#version 330 core
			uniform vec4 uColour;
			out vec4 fragColour;
			void main() {
				fragColour = uColour;
			}
			""";

	/** A linked variant and its uniform locations. */
	static final class Program {
		final int id;
		final int uViewProjection, uColour, uState, uMode, uPlanes, uPlaneCount, uCutColour, uViewDirection;

		Program(GL3 gl, int id) {
			this.id = id;
			uViewProjection = gl.glGetUniformLocation(id, "uViewProjection");
			uColour = gl.glGetUniformLocation(id, "uColour");
			uState = gl.glGetUniformLocation(id, "uState");
			uMode = gl.glGetUniformLocation(id, "uMode");
			uPlanes = gl.glGetUniformLocation(id, "uPlanes");
			uPlaneCount = gl.glGetUniformLocation(id, "uPlaneCount");
			uCutColour = gl.glGetUniformLocation(id, "uCutColour");
			uViewDirection = gl.glGetUniformLocation(id, "uViewDirection");
		}
	}

	private static final int MODE_SHADED = 0, MODE_GHOST = 2;

	private final Scene scene;
	private float[] background = {0.93f, 0.94f, 0.96f, 1f};
	private Colour ghostColour = new Colour(0.55f, 0.62f, 0.72f, 0.10f);
	private Colour cutColour = new Colour(0.85f, 0.25f, 0.2f, 1f);

	private final Program[] programs = new Program[16];
	private final InstancedDrawing instanced;
	private long uploadedBytes;
	private long uploadNanos;
	private int overlayProgram, overlayViewProjection, overlayColour, overlayVao, overlayVbo;
	/** The measured points relative to the origin (x, y, z each), and how many of them there are (0..2). */
	private final float[] measure = new float[6];
	private int measurePoints;
	private final java.nio.FloatBuffer measureBuffer = ByteBuffer.allocateDirect(4 * 6).order(ByteOrder.nativeOrder())
			.asFloatBuffer();
	private String rendererName = "";
	/** Whether any element has a colour of its own (selection, colour-by); else no state is fetched. */
	private boolean anyStateColour;
	private int stateTexture;
	private ByteBuffer stateBytes = ByteBuffer.allocateDirect(4 * STATE_WIDTH).order(ByteOrder.nativeOrder());
	private int uploadedStateVersion = -1;
	private int uploadedStateElements = -1;
	private int stateRows;
	private final List<Uploaded> uploaded = new ArrayList<>();
	private double[] origin;
	private final int[] name = new int[1];

	// per-frame scratch, allocated once
	private final float[] viewProjection = new float[16];
	private final float[] frustum = new float[24];
	private final float[] planes = new float[4 * MAX_SECTION_PLANES];
	private final double[] clip = new double[2];
	private int planeCount;
	private long trianglesDrawn;
	private int drawCalls;
	private int culled;
	private int simplified;
	private float detailPixels = 1f;
	/** Progressive rendering: while the camera moves, frames are coarser and use last frame's occlusion answers. */
	private boolean moving;
	private boolean prepareVariants;
	private float movingDetailPixels = 6f; // measured: 3 px left a moving frame of the 212 MB model at 155 ms, 6 px at 81 ms (docs/benchmarks.md, h7/orbit)
	private final OcclusionCulling occlusion = new OcclusionCulling();
	private final double[] eye = new double[3];
	/** Per level: the squared eye distance from which it may be drawn (perspective). */
	private final double[] levelDistanceSquared = new double[MeshBatch.LEVELS];
	/** The coarsest level allowed everywhere (orthographic: a pixel is the same size at every depth). */
	private int orthographicLevel;
	private boolean orthographicFrame;
	private final ByteBuffer pixel = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder());
	private final FloatBuffer depth = ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).asFloatBuffer();

	/** One batch on the GPU, with its draw lists for a frame. */
	private static final class Uploaded {
		final MeshBatch batch;
		final int vao, vbo, ibo;
		final IntBuffer shownCounts, ghostCounts;
		final PointerBuffer shownOffsets, ghostOffsets;
		int shown, ghosts;

		Uploaded(MeshBatch batch, int vao, int vbo, int ibo) {
			this.batch = batch;
			this.vao = vao;
			this.vbo = vbo;
			this.ibo = ibo;
			int n = batch.rangeCount();
			shownCounts = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.nativeOrder()).asIntBuffer();
			ghostCounts = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.nativeOrder()).asIntBuffer();
			shownOffsets = PointerBuffer.allocateDirect(n);
			ghostOffsets = PointerBuffer.allocateDirect(n);
		}
	}

	public SceneRenderer(Scene scene) {
		this.scene = scene;
		this.instanced = new InstancedDrawing(this, scene);
	}

	public Scene scene() {
		return scene;
	}

	/** Background colour, RGB in 0..1. */
	public void setBackground(float red, float green, float blue) {
		background = new float[]{red, green, blue, 1f};
	}

	/** Background colour, RGB in 0..1 (a copy). */
	public float[] background() {
		return new float[]{background[0], background[1], background[2]};
	}

	public void setGhostColour(Colour colour) {
		ghostColour = colour;
	}

	public void setCutColour(Colour colour) {
		cutColour = colour;
	}

	/**
	 * The largest error, in pixels, that drawing an element at a coarser level of detail may cause
	 * (see {@link MeshBatch}); elements that would be smaller than this are not drawn. Default 1; 0
	 * draws every element at full detail. Picking always uses full detail.
	 */
	public void setSimplification(float pixels) {
		if (!(pixels >= 0)) {
			throw new IllegalArgumentException("simplification must be 0 or more pixels, not " + pixels);
		}
		detailPixels = pixels;
	}

	public float simplification() {
		return detailPixels;
	}

	/**
	 * Progressive rendering: {@code true} while the camera moves. A moving frame is drawn with the
	 * coarser {@link #setMovingSimplification moving simplification} and skips what last frame's
	 * occlusion queries found hidden, without waiting for anything; a still frame (the default) is
	 * drawn at {@link #setSimplification the simplification} and checks what it skips, so it is the
	 * same picture as a frame drawn without occlusion culling.
	 */
	public void setMoving(boolean value) {
		moving = value;
	}

	public boolean isMoving() {
		return moving;
	}

	/** The largest error in pixels of the levels of detail drawn while the camera moves (default 6, in the pixels of the frame drawn: a moving frame is drawn at half size). */
	public void setMovingSimplification(float pixels) {
		if (!(pixels >= 0) || Float.isInfinite(pixels)) {
			throw new IllegalArgumentException("moving simplification must be 0 or more pixels, not " + pixels);
		}
		movingDetailPixels = pixels;
	}

	public float movingSimplification() {
		return movingDetailPixels;
	}

	/** Occlusion culling on (the default) or off; see {@link OcclusionCulling}. */
	public void setOcclusionCulling(boolean on) {
		occlusion.setEnabled(on);
	}

	public boolean occlusionCulling() {
		return occlusion.isEnabled();
	}

	/** Element ranges the last frame skipped because others hid them (occlusion culling). */
	public int occludedElements() {
		return occlusion.occludedRanges();
	}

	/** Prepares the shaders; call once with the context current. */
	public void init(GL3 gl) {
		rendererName = gl.glGetString(GL.GL_RENDERER);
		// The plain variant now, so that a context that cannot run the viewer fails here, not mid-frame.
		programFor(gl, 0);
		gl.glGenTextures(1, name, 0);
		stateTexture = name[0];
		gl.glBindTexture(GL.GL_TEXTURE_2D, stateTexture);
		gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MIN_FILTER, GL.GL_NEAREST);
		gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MAG_FILTER, GL.GL_NEAREST);
		uploadedStateVersion = -1;
	}

	/** The variant with the given features, linked on first use. */
	private Program programFor(GL3 gl, int features) {
		Program p = programs[features];
		if (p != null) {
			return p;
		}
		String defines = "#version 330 core\n#define CLIP " + ((features & CLIP) != 0 ? 1 : 0) + "\n#define STATE "
				+ ((features & STATE) != 0 ? 1 : 0) + "\n#define IDS " + ((features & IDS) != 0 ? 1 : 0) + "\n";
		int id = ShaderPrograms.link(gl, "the viewer's",
				defines + ((features & INSTANCED) != 0 ? InstancedDrawing.VERTEX_SHADER : VERTEX_SHADER), defines + FRAGMENT_SHADER);
		p = new Program(gl, id);
		programs[features] = p;
		return p;
	}

	/** Uploads batches sealed since the last call; each batch is uploaded once. */
	private void uploadNewBatches(GL3 gl) {
		List<MeshBatch> batches = scene.batches();
		int have = uploaded.size();
		int count = batches.size();
		if (have == count) {
			return;
		}
		if (origin == null || have == 0) {
			origin = scene.origin();
		}
		for (int i = have; i < count; i++) {
			MeshBatch b = batches.get(i);
			int[] arrays = VertexArrays.withPositions(gl, b.vertices, MeshBatch.STRIDE);
			int vao = arrays[0], vbo = arrays[1];
			gl.glEnableVertexAttribArray(1);
			gl.glVertexAttribPointer(1, 3, GL.GL_BYTE, true, MeshBatch.STRIDE, 12);
			gl.glEnableVertexAttribArray(2);
			gl.glVertexAttribIPointer(2, 1, GL2ES2.GL_INT, MeshBatch.STRIDE, 16);
			gl.glGenBuffers(1, name, 0);
			int ibo = name[0];
			gl.glBindBuffer(GL.GL_ELEMENT_ARRAY_BUFFER, ibo);
			gl.glBufferData(GL.GL_ELEMENT_ARRAY_BUFFER, 4L * b.indices.capacity(), b.indices, GL.GL_STATIC_DRAW);
			gl.glBindVertexArray(0);
			uploaded.add(new Uploaded(b, vao, vbo, ibo));
		}
	}

	private void uploadState(GL3 gl) {
		int n = scene.elementCount();
		if (scene.stateVersion() == uploadedStateVersion && n == uploadedStateElements) {
			return;
		}
		scene.resolveState();
		int rows = Math.max(1, (n + STATE_WIDTH - 1) / STATE_WIDTH);
		int bytes = rows * STATE_WIDTH * 4;
		if (stateBytes.capacity() < bytes) {
			stateBytes = ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
		}
		stateBytes.clear();
		int[] colours = scene.stateColours();
		anyStateColour = false;
		for (int i = 0; i < rows * STATE_WIDTH; i++) {
			int c = i < n ? colours[i] : 0;
			anyStateColour |= c != 0;
			stateBytes.put((byte) (c >>> 24)).put((byte) (c >>> 16)).put((byte) (c >>> 8)).put((byte) c);
		}
		stateBytes.flip();
		gl.glBindTexture(GL.GL_TEXTURE_2D, stateTexture);
		gl.glPixelStorei(GL.GL_UNPACK_ALIGNMENT, 4);
		if (rows != stateRows) {
			gl.glTexImage2D(GL.GL_TEXTURE_2D, 0, GL.GL_RGBA8, STATE_WIDTH, rows, 0, GL.GL_RGBA, GL.GL_UNSIGNED_BYTE,
					stateBytes);
			stateRows = rows;
		} else {
			gl.glTexSubImage2D(GL.GL_TEXTURE_2D, 0, 0, 0, STATE_WIDTH, rows, GL.GL_RGBA, GL.GL_UNSIGNED_BYTE, stateBytes);
		}
		uploadedStateVersion = scene.stateVersion();
		uploadedStateElements = n;
	}

	/**
	 * Draws a frame into the bound framebuffer (viewport {@code width} x {@code height}).
	 */
	public void render(GL3 gl, Camera camera, int width, int height) {
		prepare(gl, camera, width, height);
		gl.glClearColor(background[0], background[1], background[2], 1f);
		gl.glClear(GL.GL_COLOR_BUFFER_BIT | GL.GL_DEPTH_BUFFER_BIT);
		if (uploaded.isEmpty() && instanced.isEmpty()) {
			return;
		}
		if (prepareVariants && !uploaded.isEmpty()) {
			prepareVariants = false;
			runVariantsOnce(gl, camera);
		}
		occlusion.place(gl, uploaded.size(), scene);
		occlusion.collect(gl);
		cull(true);
		instanced.cull(gl, true);
		int clipFeature = planeCount > 0 ? CLIP : 0;
		Program shared = instanced.isEmpty()
				? null
				: use(gl, camera, INSTANCED | clipFeature | (anyStateColour ? STATE : 0), MODE_SHADED);
		Program p = use(gl, camera, clipFeature | (anyStateColour ? STATE : 0), MODE_SHADED);
		drawOpaque(gl, p);
		if (occlusion.isEnabled()) {
			if (!moving && occlusion.verify(gl, viewProjection, frustum)) {
				// something skipped shows after all: the still frame is drawn again with it
				gl.glClear(GL.GL_COLOR_BUFFER_BIT | GL.GL_DEPTH_BUFFER_BIT);
				cull(true);
				p = use(gl, camera, clipFeature | (anyStateColour ? STATE : 0), MODE_SHADED);
				drawOpaque(gl, p);
			}
			occlusion.issue(gl, viewProjection, frustum);
			for (int i = 0; i < planeCount; i++) {
				gl.glEnable(GL3.GL_CLIP_DISTANCE0 + i);
			}
			p = use(gl, camera, clipFeature | (anyStateColour ? STATE : 0), MODE_SHADED);
		}
		drawInstanced(gl, shared, p, false, false);
		// See-through surfaces after the opaque ones, blended, without hiding what lies behind them.
		// (The measurement overlay comes last, after the X-ray ghosts.)
		gl.glEnable(GL.GL_BLEND);
		gl.glBlendFunc(GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA);
		gl.glDepthMask(false);
		for (int i = 0, n = uploaded.size(); i < n; i++) {
			Uploaded u = uploaded.get(i);
			if (u.batch.transparent) {
				draw(gl, p, u, u.batch.colour, u.shownCounts, u.shownOffsets, u.shown);
			}
		}
		drawInstanced(gl, shared, p, true, false);
		// X-ray: everything out of focus in one see-through colour, so no per-element state.
		Program ghost = null;
		for (int i = 0, n = uploaded.size(); i < n; i++) {
			Uploaded u = uploaded.get(i);
			if (u.ghosts > 0) {
				if (ghost == null) {
					ghost = use(gl, camera, clipFeature, MODE_GHOST);
				}
				draw(gl, ghost, u, ghostColour, u.ghostCounts, u.ghostOffsets, u.ghosts);
			}
		}
		if (!instanced.isEmpty()) {
			drawInstanced(gl, use(gl, camera, INSTANCED | clipFeature, MODE_GHOST), null, false, true);
		}
		gl.glDepthMask(true);
		gl.glDisable(GL.GL_BLEND);
		drawMeasure(gl);
		drawMeasureLabel(gl, width, height);
		gl.glBindVertexArray(0);
		gl.glUseProgram(0);
	}

	/**
	 * Asks the next frame to run each shader variant a later frame may switch to (per-element state
	 * colours, section planes, see-through blending) once, on one pixel, before it draws. Mesa's
	 * llvmpipe compiles a variant for the GL state it is drawn with at its first draw, which costs
	 * tens of milliseconds: a presentation asks for this at rest, so the first frame of a flight into
	 * a step with a highlight or a section does not pay for it. The pixel is cleared again.
	 */
	public void prepareVariants() {
		prepareVariants = true;
	}

	private void runVariantsOnce(GL3 gl, Camera camera) {
		Uploaded u = uploaded.get(0);
		gl.glEnable(GL.GL_SCISSOR_TEST);
		gl.glScissor(0, 0, 1, 1);
		gl.glBindVertexArray(u.vao);
		for (int features : new int[]{0, STATE, CLIP, CLIP | STATE}) {
			boolean clipping = (features & CLIP) != 0;
			if (clipping && planeCount == 0) {
				gl.glEnable(GL3.GL_CLIP_DISTANCE0); // as a frame with one section plane has it
			}
			for (int mode : new int[]{MODE_SHADED, MODE_GHOST}) {
				Program p = use(gl, camera, features, mode);
				gl.glUniform4f(p.uColour, 1f, 1f, 1f, 1f);
				gl.glBindVertexArray(u.vao);
				gl.glDrawElements(GL.GL_TRIANGLES, 3, GL.GL_UNSIGNED_INT, 0);
				// the see-through passes: blended, depth kept
				gl.glEnable(GL.GL_BLEND);
				gl.glBlendFunc(GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA);
				gl.glDepthMask(false);
				gl.glDrawElements(GL.GL_TRIANGLES, 3, GL.GL_UNSIGNED_INT, 0);
				gl.glDepthMask(true);
				gl.glDisable(GL.GL_BLEND);
			}
			if (clipping && planeCount == 0) {
				gl.glDisable(GL3.GL_CLIP_DISTANCE0);
			}
		}
		gl.glDisable(GL.GL_SCISSOR_TEST);
		gl.glClear(GL.GL_COLOR_BUFFER_BIT | GL.GL_DEPTH_BUFFER_BIT);
	}

	private void drawOpaque(GL3 gl, Program p) {
		gl.glDisable(GL.GL_BLEND);
		gl.glDepthMask(true);
		for (int i = 0, n = uploaded.size(); i < n; i++) {
			Uploaded u = uploaded.get(i);
			if (!u.batch.transparent) {
				draw(gl, p, u, u.batch.colour, u.shownCounts, u.shownOffsets, u.shown);
			}
		}
	}

	/** The instanced copies of one pass with the instanced variant, then back to {@code batches}' variant. */
	private void drawInstanced(GL3 gl, Program instancedProgram, Program batches, boolean transparent, boolean ghosts) {
		if (instancedProgram == null) {
			return;
		}
		gl.glUseProgram(instancedProgram.id);
		instanced.draw(gl, instancedProgram, transparent, ghosts, ghostColour);
		if (batches != null) {
			gl.glUseProgram(batches.id);
		}
	}

	/**
	 * Shows a measurement: its first point alone while the second is being picked, then both and the
	 * line between them. World coordinates; {@code null} clears.
	 */
	public void setMeasure(double[] from, double[] to) {
		measurePoints = 0;
		for (double[] p : new double[][]{from, to}) {
			if (p != null) {
				double[] o = origin == null ? scene.origin() : origin;
				measure[3 * measurePoints] = (float) (p[0] - o[0]);
				measure[3 * measurePoints + 1] = (float) (p[1] - o[1]);
				measure[3 * measurePoints + 2] = (float) (p[2] - o[2]);
				measurePoints++;
			}
		}
	}

	/**
	 * A label drawn over the model at a world point while a measurement is shown (its distance
	 * written out): {@code rgba} is {@code width * height * 4} bytes, rows from the top; {@code null}
	 * removes it. {@link #setMeasure} with no points hides it too.
	 */
	public void setMeasureLabel(double[] anchor, byte[] rgba, int width, int height) {
		if (measureLabel != null) {
			retiredLabels.add(measureLabel);
		}
		measureLabel = rgba == null ? null : new ScreenLabel(anchor, rgba, width, height);
	}

	private ScreenLabel measureLabel;
	/** Labels replaced since the last frame: their GL objects are freed in the next one (a context is current then). */
	private final List<ScreenLabel> retiredLabels = new ArrayList<>();

	private void drawMeasureLabel(GL3 gl, int width, int height) {
		for (ScreenLabel l : retiredLabels) {
			l.dispose(gl);
		}
		retiredLabels.clear();
		if (measureLabel != null && measurePoints == 2) {
			measureLabel.draw(gl, viewProjection, origin == null ? ZERO : origin, width, height);
		}
	}

	/** The line and points of the measurement, over the model (no depth test), in the selection colour. */
	private void drawMeasure(GL3 gl) {
		if (measurePoints == 0) {
			return;
		}
		if (overlayProgram == 0) {
			overlayProgram = ShaderPrograms.link(gl, "the measurement overlay's", OVERLAY_VERTEX_SHADER, OVERLAY_FRAGMENT_SHADER);
			overlayViewProjection = gl.glGetUniformLocation(overlayProgram, "uViewProjection");
			overlayColour = gl.glGetUniformLocation(overlayProgram, "uColour");
			gl.glGenVertexArrays(1, name, 0);
			overlayVao = name[0];
			gl.glBindVertexArray(overlayVao);
			gl.glGenBuffers(1, name, 0);
			overlayVbo = name[0];
			gl.glBindBuffer(GL.GL_ARRAY_BUFFER, overlayVbo);
			gl.glBufferData(GL.GL_ARRAY_BUFFER, 4L * 6, null, GL.GL_DYNAMIC_DRAW);
			gl.glEnableVertexAttribArray(0);
			gl.glVertexAttribPointer(0, 3, GL.GL_FLOAT, false, 12, 0);
		}
		measureBuffer.clear();
		measureBuffer.put(measure, 0, 3 * measurePoints).flip();
		gl.glUseProgram(overlayProgram);
		gl.glUniformMatrix4fv(overlayViewProjection, 1, false, viewProjection, 0);
		Colour c = Scene.SELECTION_COLOUR;
		gl.glUniform4f(overlayColour, c.red(), c.green(), c.blue(), 1f);
		gl.glBindVertexArray(overlayVao);
		gl.glBindBuffer(GL.GL_ARRAY_BUFFER, overlayVbo);
		gl.glBufferSubData(GL.GL_ARRAY_BUFFER, 0, 4L * 3 * measurePoints, measureBuffer);
		gl.glDisable(GL.GL_DEPTH_TEST);
		for (int i = 0; i < MAX_SECTION_PLANES; i++) {
			gl.glDisable(GL3.GL_CLIP_DISTANCE0 + i);
		}
		gl.glEnable(GL3.GL_PROGRAM_POINT_SIZE);
		gl.glDrawArrays(GL.GL_POINTS, 0, measurePoints);
		if (measurePoints == 2) {
			gl.glDrawArrays(GL.GL_LINES, 0, 2);
		}
		gl.glDisable(GL3.GL_PROGRAM_POINT_SIZE);
		gl.glEnable(GL.GL_DEPTH_TEST);
	}

	private void prepare(GL3 gl, Camera camera, int width, int height) {
		long uploadStart = System.nanoTime();
		int batchesBefore = uploaded.size();
		uploadNewBatches(gl);
		if (origin == null && !scene.instancedBatches().isEmpty()) {
			origin = scene.origin();
		}
		long instancedBytes = instanced.upload(gl);
		if (instancedBytes > 0 || uploaded.size() > batchesBefore) {
			gl.glFinish(); // so that the time covers the copy, not only the call
			uploadNanos += System.nanoTime() - uploadStart;
			uploadedBytes += instancedBytes;
			for (int i = batchesBefore; i < uploaded.size(); i++) {
				MeshBatch b = uploaded.get(i).batch;
				uploadedBytes += (long) b.vertices.remaining() + 4L * b.indices.capacity();
			}
		}
		uploadState(gl);
		gl.glViewport(0, 0, width, height);
		gl.glEnable(GL.GL_DEPTH_TEST);
		// LESS, not LEQUAL: a surface at the very depth of one drawn before (a copy of an element on the
		// same spot, a federated model's duplicate) is rejected before shading instead of shaded again
		gl.glDepthFunc(GL.GL_LESS);
		gl.glDisable(GL.GL_CULL_FACE);
		gl.glDisable(GL.GL_DITHER);
		double[] o = origin == null ? ZERO : origin;
		float[] b = scene.localBounds();
		double cx = (b[0] + b[3]) / 2, cy = (b[1] + b[4]) / 2, cz = (b[2] + b[5]) / 2;
		double dx = b[3] - b[0], dy = b[4] - b[1], dz = b[5] - b[2];
		double radius = b[0] > b[3] ? 1 : 0.5 * Math.sqrt(dx * dx + dy * dy + dz * dz);
		camera.clipRange(o, b[0] > b[3] ? 0 : cx, b[0] > b[3] ? 0 : cy, b[0] > b[3] ? 0 : cz, radius, clip);
		camera.viewProjection(o, width, height, clip[0], clip[1], viewProjection);
		extractFrustum();
		levelsFor(camera, o, height);
		List<SectionPlane> sections = scene.sectionsView();
		planeCount = sections.size();
		for (int i = 0; i < planeCount; i++) {
			SectionPlane p = sections.get(i);
			double len = Math.sqrt(p.normalX() * p.normalX() + p.normalY() * p.normalY() + p.normalZ() * p.normalZ());
			double nx = p.normalX() / len, ny = p.normalY() / len, nz = p.normalZ() / len;
			planes[4 * i] = (float) nx;
			planes[4 * i + 1] = (float) ny;
			planes[4 * i + 2] = (float) nz;
			planes[4 * i + 3] = (float) (nx * (p.x() - o[0]) + ny * (p.y() - o[1]) + nz * (p.z() - o[2]));
		}
		for (int i = 0; i < MAX_SECTION_PLANES; i++) {
			if (i < planeCount) {
				gl.glEnable(GL3.GL_CLIP_DISTANCE0 + i);
			} else {
				gl.glDisable(GL3.GL_CLIP_DISTANCE0 + i);
			}
		}
	}

	private static final double[] ZERO = {0, 0, 0};

	/** Makes a variant current and sets the uniforms every draw of this frame shares. */
	private Program use(GL3 gl, Camera camera, int features, int mode) {
		Program p = programFor(gl, features);
		gl.glUseProgram(p.id);
		gl.glUniform1i(p.uMode, mode);
		gl.glUniformMatrix4fv(p.uViewProjection, 1, false, viewProjection, 0);
		gl.glUniform4f(p.uCutColour, cutColour.red(), cutColour.green(), cutColour.blue(), 1f);
		gl.glUniform1i(p.uPlaneCount, planeCount);
		gl.glUniform4fv(p.uPlanes, MAX_SECTION_PLANES, planes, 0);
		// The view direction from the matrix: row 3 of the projection times view is -forward for perspective.
		float vx = viewProjection[3], vy = viewProjection[7], vz = viewProjection[11];
		float len = (float) Math.sqrt(vx * vx + vy * vy + vz * vz);
		if (len < 1e-6f || camera.isOrthographic()) {
			vx = viewProjection[2];
			vy = viewProjection[6];
			vz = viewProjection[10];
			len = (float) Math.sqrt(vx * vx + vy * vy + vz * vz);
		}
		gl.glUniform3f(p.uViewDirection, vx / len, vy / len, vz / len);
		gl.glActiveTexture(GL.GL_TEXTURE0);
		gl.glBindTexture(GL.GL_TEXTURE_2D, stateTexture);
		gl.glUniform1i(p.uState, 0);
		return p;
	}

	private void draw(GL3 gl, Program p, Uploaded u, Colour colour, IntBuffer counts, PointerBuffer offsets, int n) {
		if (n == 0) {
			return;
		}
		gl.glUniform4f(p.uColour, colour.red(), colour.green(), colour.blue(), colour.alpha());
		gl.glBindVertexArray(u.vao);
		gl.glMultiDrawElements(GL.GL_TRIANGLES, counts, GL.GL_UNSIGNED_INT, offsets, n);
		drawCalls++;
	}

	/**
	 * Where each level of detail may be drawn for this camera: level k where its cell diagonal
	 * projects to at most {@link #detailPixels}. A pixel spans {@code distance * 2 tan(fov / 2) / height}
	 * in perspective, {@code viewHeight / height} in orthographic.
	 */
	private void levelsFor(Camera camera, double[] o, int height) {
		camera.eye(o, eye);
		orthographicFrame = camera.isOrthographic();
		levelDistanceSquared[0] = 0;
		orthographicLevel = 0;
		double pixel = camera.isOrthographic()
				? camera.viewHeight() / Math.max(1, height)
				: 2 * Math.tan(Math.toRadians(camera.fieldOfView()) / 2) / Math.max(1, height);
		float detailPixels = moving ? movingDetailPixels : this.detailPixels;
		for (int level = 1; level < MeshBatch.LEVELS; level++) {
			double diagonal = Math.sqrt(3) * MeshBatch.LOD_CELLS[level - 1];
			if (detailPixels <= 0) {
				levelDistanceSquared[level] = Double.POSITIVE_INFINITY;
				continue;
			}
			double distance = diagonal / (detailPixels * pixel);
			levelDistanceSquared[level] = distance * distance;
			if (camera.isOrthographic() && diagonal <= detailPixels * pixel) {
				orthographicLevel = level;
			}
		}
	}

	/** The coarsest level an element with this box may be drawn at. */
	private int levelOf(float[] box, int o, boolean orthographic) {
		if (orthographic) {
			return orthographicLevel;
		}
		double dx = Math.max(0, Math.max(box[o] - eye[0], eye[0] - box[o + 3]));
		double dy = Math.max(0, Math.max(box[o + 1] - eye[1], eye[1] - box[o + 4]));
		double dz = Math.max(0, Math.max(box[o + 2] - eye[2], eye[2] - box[o + 5]));
		double d = dx * dx + dy * dy + dz * dz;
		int level = MeshBatch.LEVELS - 1;
		while (level > 0 && d < levelDistanceSquared[level]) {
			level--;
		}
		return level;
	}

	/** Fills each batch's draw lists with the ranges to draw; merges neighbours. */
	private void cull(boolean simplify) {
		byte[] modes = scene.modes();
		trianglesDrawn = 0;
		drawCalls = 0;
		culled = 0;
		simplified = 0;
		int occluded = 0;
		boolean orthographic = orthographicFrame;
		for (int i = 0, n = uploaded.size(); i < n; i++) {
			Uploaded u = uploaded.get(i);
			MeshBatch b = u.batch;
			u.shown = 0;
			u.ghosts = 0;
			int lastShownEnd = -1, lastGhostEnd = -1;
			for (int r = 0, rn = b.rangeCount(); r < rn; r++) {
				int element = b.rangeElement[r];
				byte mode = element < modes.length ? modes[element] : Scene.SHOWN;
				if (mode == Scene.HIDDEN) {
					continue;
				}
				if (!visible(b.rangeBounds, 6 * r)) {
					culled++;
					continue;
				}
				int first = b.rangeFirst[r], count = b.rangeCount[r];
				if (simplify) {
					int level = levelOf(b.rangeBounds, 6 * r, orthographic);
					if (level > 0) {
						first = b.lodFirst[MeshBatch.LEVELS * r + level];
						count = b.lodCount[MeshBatch.LEVELS * r + level];
						if (count == 0) {
							culled++;
							continue;
						}
					}
					// after the level: what is under a pixel counts as culled, whatever hides it
					if (occlusion.hides(i, r)) {
						occluded++;
						continue;
					}
					if (first != b.rangeFirst[r]) {
						simplified++;
					}
				}
				trianglesDrawn += count / 3;
				if (mode == Scene.GHOSTED) {
					if (lastGhostEnd == first) {
						u.ghostCounts.put(u.ghosts - 1, u.ghostCounts.get(u.ghosts - 1) + count);
					} else {
						u.ghostCounts.put(u.ghosts, count);
						u.ghostOffsets.put(u.ghosts, 4L * first);
						u.ghosts++;
					}
					lastGhostEnd = first + count;
				} else {
					if (lastShownEnd == first) {
						u.shownCounts.put(u.shown - 1, u.shownCounts.get(u.shown - 1) + count);
					} else {
						u.shownCounts.put(u.shown, count);
						u.shownOffsets.put(u.shown, 4L * first);
						u.shown++;
					}
					lastShownEnd = first + count;
				}
			}
		}
		if (simplify) {
			occlusion.countOccluded(occluded);
		}
	}

	private void extractFrustum() {
		float[] m = viewProjection;
		for (int p = 0; p < 6; p++) {
			int row = p / 2;
			float sign = (p % 2 == 0) ? 1 : -1;
			for (int k = 0; k < 4; k++) {
				frustum[4 * p + k] = m[4 * k + 3] + sign * m[4 * k + row];
			}
		}
	}

	/** Whether a box is at least partly inside the frustum and not wholly cut away by a section. */
	boolean visible(float[] box, int o) {
		for (int p = 0; p < 6; p++) {
			float a = frustum[4 * p], b = frustum[4 * p + 1], c = frustum[4 * p + 2], d = frustum[4 * p + 3];
			float x = a >= 0 ? box[o + 3] : box[o];
			float y = b >= 0 ? box[o + 4] : box[o + 1];
			float z = c >= 0 ? box[o + 5] : box[o + 2];
			if (a * x + b * y + c * z + d < 0) {
				return false;
			}
		}
		for (int p = 0; p < planeCount; p++) {
			float a = planes[4 * p], b = planes[4 * p + 1], c = planes[4 * p + 2], w = planes[4 * p + 3];
			// the corner furthest against the normal: if even it is on the cut side, all is cut
			float x = a >= 0 ? box[o] : box[o + 3];
			float y = b >= 0 ? box[o + 1] : box[o + 4];
			float z = c >= 0 ? box[o + 2] : box[o + 5];
			if (w - (a * x + b * y + c * z) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether an element with this box is dropped by the levels of detail where it stands: at the
	 * level it may be drawn, it is smaller than a cell, so under a pixel (see {@link MeshBatch}).
	 */
	boolean belowDetail(float[] box, int o) {
		int level = levelOf(box, o, orthographicFrame);
		if (level == 0) {
			return false;
		}
		float extent = Math.max(box[o + 3] - box[o], Math.max(box[o + 4] - box[o + 1], box[o + 5] - box[o + 2]));
		return extent < MeshBatch.LOD_CELLS[level - 1];
	}

	/** What the last frame drew. */
	public FrameStatistics statistics() {
		return new FrameStatistics(trianglesDrawn + instanced.trianglesDrawn(), drawCalls + instanced.drawCalls(),
				culled + instanced.culled(), simplified);
	}

	/** Bytes of vertices, indices and placements uploaded to the GPU so far (state textures not counted). */
	public long gpuBytes() {
		return uploadedBytes;
	}

	/** Seconds spent uploading geometry so far, the GPU's copy included. */
	public double uploadSeconds() {
		return uploadNanos / 1e9;
	}

	/**
	 * Finds the element and the surface point under a pixel by drawing element ids into the bound
	 * framebuffer, limited to that one pixel. The colour buffer is left with ids at that pixel: redraw
	 * before showing it.
	 *
	 * @param x pixel column from the left
	 * @param y pixel row from the top
	 */
	public Pick pick(GL3 gl, Camera camera, int x, int y, int width, int height) {
		prepare(gl, camera, width, height);
		int glY = height - 1 - y;
		drawIds(gl, camera, x, glY, 1, 1);
		pixel.clear();
		gl.glPixelStorei(GL.GL_PACK_ALIGNMENT, 1);
		gl.glReadPixels(x, glY, 1, 1, GL.GL_RGBA, GL.GL_UNSIGNED_BYTE, pixel);
		int id = (pixel.get(0) & 255) | ((pixel.get(1) & 255) << 8) | ((pixel.get(2) & 255) << 16);
		double[] point = depthPoint(gl, camera, x, y, width, height);
		gl.glDisable(GL.GL_SCISSOR_TEST);
		if (id == 0 || id - 1 >= scene.elementCount()) {
			return Pick.NOTHING;
		}
		SceneElement e = scene.element(id - 1);
		return new Pick(e.index(), e.globalId(), point);
	}

	/**
	 * Draws element ids (id + 1 as RGB, 0 for nothing) at full detail into a scissored rectangle of the
	 * bound framebuffer (GL coordinates) and waits for it; the scissor test stays on for the read.
	 */
	private void drawIds(GL3 gl, Camera camera, int x, int glY, int w, int h) {
		gl.glEnable(GL.GL_SCISSOR_TEST);
		gl.glScissor(x, glY, w, h);
		gl.glClearColor(0, 0, 0, 0);
		gl.glClear(GL.GL_COLOR_BUFFER_BIT | GL.GL_DEPTH_BUFFER_BIT);
		if (!uploaded.isEmpty() || !instanced.isEmpty()) {
			cull(false);
			instanced.cull(gl, false);
			Program p = use(gl, camera, IDS | (planeCount > 0 ? CLIP : 0), MODE_SHADED);
			gl.glDisable(GL.GL_BLEND);
			for (int i = 0, n = uploaded.size(); i < n; i++) {
				Uploaded u = uploaded.get(i);
				draw(gl, p, u, u.batch.colour, u.shownCounts, u.shownOffsets, u.shown);
			}
			if (!instanced.isEmpty()) {
				Program ids = use(gl, camera, INSTANCED | IDS | (planeCount > 0 ? CLIP : 0), MODE_SHADED);
				instanced.draw(gl, ids, false, false, null);
				instanced.draw(gl, ids, true, false, null);
			}
			gl.glBindVertexArray(0);
			gl.glUseProgram(0);
		}
		gl.glFinish();
	}

	/**
	 * The elements seen in a rectangle of the view (box select): element ids are drawn into the bound
	 * framebuffer, limited to the rectangle, and every id found there counts, so an element counts if
	 * any of it shows; what lies wholly behind others does not. Corners are pixels from the top left,
	 * in any order. The colour buffer is left with ids: redraw before showing it.
	 */
	public java.util.BitSet pickRegion(GL3 gl, Camera camera, int x0, int y0, int x1, int y1, int width, int height) {
		int left = Math.max(0, Math.min(x0, x1)), right = Math.min(width - 1, Math.max(x0, x1));
		int top = Math.max(0, Math.min(y0, y1)), bottom = Math.min(height - 1, Math.max(y0, y1));
		java.util.BitSet found = new java.util.BitSet();
		if (left > right || top > bottom) {
			return found;
		}
		int w = right - left + 1, h = bottom - top + 1, glY = height - 1 - bottom;
		prepare(gl, camera, width, height);
		drawIds(gl, camera, left, glY, w, h);
		ByteBuffer ids = ByteBuffer.allocateDirect(4 * w * h).order(ByteOrder.nativeOrder());
		gl.glPixelStorei(GL.GL_PACK_ALIGNMENT, 1);
		gl.glReadPixels(left, glY, w, h, GL.GL_RGBA, GL.GL_UNSIGNED_BYTE, ids);
		gl.glDisable(GL.GL_SCISSOR_TEST);
		int elements = scene.elementCount();
		for (int i = 0; i < w * h; i++) {
			int id = (ids.get(4 * i) & 255) | ((ids.get(4 * i + 1) & 255) << 8) | ((ids.get(4 * i + 2) & 255) << 16);
			if (id > 0 && id - 1 < elements) {
				found.set(id - 1);
			}
		}
		return found;
	}

	/**
	 * Outlines a rectangle (pixels from the top left) over what is drawn in the bound framebuffer: the
	 * rubber band of a box select, drawn as four one-pixel scissored clears, no geometry.
	 */
	public void drawBand(GL3 gl, int x0, int y0, int x1, int y1, int width, int height) {
		int left = Math.max(0, Math.min(x0, x1)), right = Math.min(width - 1, Math.max(x0, x1));
		int top = Math.max(0, Math.min(y0, y1)), bottom = Math.min(height - 1, Math.max(y0, y1));
		if (left > right || top > bottom) {
			return;
		}
		Colour c = Scene.SELECTION_COLOUR;
		gl.glEnable(GL.GL_SCISSOR_TEST);
		gl.glClearColor(c.red(), c.green(), c.blue(), 1f);
		int w = right - left + 1, h = bottom - top + 1, glBottom = height - 1 - bottom;
		int[][] edges = {{left, glBottom, w, 1}, {left, glBottom + h - 1, w, 1}, {left, glBottom, 1, h},
				{right, glBottom, 1, h}};
		for (int[] e : edges) {
			gl.glScissor(e[0], e[1], e[2], e[3]);
			gl.glClear(GL.GL_COLOR_BUFFER_BIT);
		}
		gl.glDisable(GL.GL_SCISSOR_TEST);
	}

	/**
	 * The world point drawn at a pixel in the last frame (from the depth buffer), or {@code null}
	 * where only background was drawn. Used to zoom towards the cursor without redrawing.
	 */
	public double[] depthPoint(GL3 gl, Camera camera, int x, int y, int width, int height) {
		int glY = height - 1 - y;
		depth.clear();
		gl.glReadPixels(x, glY, 1, 1, GL2ES2.GL_DEPTH_COMPONENT, GL.GL_FLOAT, depth);
		float z = depth.get(0);
		if (z >= 1f) {
			return null;
		}
		return unproject(camera, x + 0.5, y + 0.5, z, width, height);
	}

	/** The world point at a pixel and a window depth (0 near .. 1 far). */
	public double[] unproject(Camera camera, double x, double y, double windowDepth, int width, int height) {
		double[] o = origin == null ? ZERO : origin;
		double[] m = invert(camera.computeDouble(o, width, height, clip[0], clip[1]).clone());
		double nx = 2 * x / width - 1, ny = 1 - 2 * y / height, nz = 2 * windowDepth - 1;
		double[] r = new double[4];
		for (int row = 0; row < 4; row++) {
			r[row] = m[row] * nx + m[4 + row] * ny + m[8 + row] * nz + m[12 + row];
		}
		return new double[]{r[0] / r[3] + o[0], r[1] / r[3] + o[1], r[2] / r[3] + o[2]};
	}

	/** Inverse of a column-major 4x4 matrix (cofactors). */
	static double[] invert(double[] m) {
		double[] inv = new double[16];
		inv[0] = m[5] * m[10] * m[15] - m[5] * m[11] * m[14] - m[9] * m[6] * m[15] + m[9] * m[7] * m[14] + m[13] * m[6] * m[11] - m[13] * m[7] * m[10];
		inv[4] = -m[4] * m[10] * m[15] + m[4] * m[11] * m[14] + m[8] * m[6] * m[15] - m[8] * m[7] * m[14] - m[12] * m[6] * m[11] + m[12] * m[7] * m[10];
		inv[8] = m[4] * m[9] * m[15] - m[4] * m[11] * m[13] - m[8] * m[5] * m[15] + m[8] * m[7] * m[13] + m[12] * m[5] * m[11] - m[12] * m[7] * m[9];
		inv[12] = -m[4] * m[9] * m[14] + m[4] * m[10] * m[13] + m[8] * m[5] * m[14] - m[8] * m[6] * m[13] - m[12] * m[5] * m[10] + m[12] * m[6] * m[9];
		inv[1] = -m[1] * m[10] * m[15] + m[1] * m[11] * m[14] + m[9] * m[2] * m[15] - m[9] * m[3] * m[14] - m[13] * m[2] * m[11] + m[13] * m[3] * m[10];
		inv[5] = m[0] * m[10] * m[15] - m[0] * m[11] * m[14] - m[8] * m[2] * m[15] + m[8] * m[3] * m[14] + m[12] * m[2] * m[11] - m[12] * m[3] * m[10];
		inv[9] = -m[0] * m[9] * m[15] + m[0] * m[11] * m[13] + m[8] * m[1] * m[15] - m[8] * m[3] * m[13] - m[12] * m[1] * m[11] + m[12] * m[3] * m[9];
		inv[13] = m[0] * m[9] * m[14] - m[0] * m[10] * m[13] - m[8] * m[1] * m[14] + m[8] * m[2] * m[13] + m[12] * m[1] * m[10] - m[12] * m[2] * m[9];
		inv[2] = m[1] * m[6] * m[15] - m[1] * m[7] * m[14] - m[5] * m[2] * m[15] + m[5] * m[3] * m[14] + m[13] * m[2] * m[7] - m[13] * m[3] * m[6];
		inv[6] = -m[0] * m[6] * m[15] + m[0] * m[7] * m[14] + m[4] * m[2] * m[15] - m[4] * m[3] * m[14] - m[12] * m[2] * m[7] + m[12] * m[3] * m[6];
		inv[10] = m[0] * m[5] * m[15] - m[0] * m[7] * m[13] - m[4] * m[1] * m[15] + m[4] * m[3] * m[13] + m[12] * m[1] * m[7] - m[12] * m[3] * m[5];
		inv[14] = -m[0] * m[5] * m[14] + m[0] * m[6] * m[13] + m[4] * m[1] * m[14] - m[4] * m[2] * m[13] - m[12] * m[1] * m[6] + m[12] * m[2] * m[5];
		inv[3] = -m[1] * m[6] * m[11] + m[1] * m[7] * m[10] + m[5] * m[2] * m[11] - m[5] * m[3] * m[10] - m[9] * m[2] * m[7] + m[9] * m[3] * m[6];
		inv[7] = m[0] * m[6] * m[11] - m[0] * m[7] * m[10] - m[4] * m[2] * m[11] + m[4] * m[3] * m[10] + m[8] * m[2] * m[7] - m[8] * m[3] * m[6];
		inv[11] = -m[0] * m[5] * m[11] + m[0] * m[7] * m[9] + m[4] * m[1] * m[11] - m[4] * m[3] * m[9] - m[8] * m[1] * m[7] + m[8] * m[3] * m[5];
		inv[15] = m[0] * m[5] * m[10] - m[0] * m[6] * m[9] - m[4] * m[1] * m[10] + m[4] * m[2] * m[9] + m[8] * m[1] * m[6] - m[8] * m[2] * m[5];
		double det = m[0] * inv[0] + m[1] * inv[4] + m[2] * inv[8] + m[3] * inv[12];
		for (int i = 0; i < 16; i++) {
			inv[i] /= det;
		}
		return inv;
	}

	/** Releases the GPU buffers; call with the context current. */
	public void dispose(GL3 gl) {
		instanced.dispose(gl);
		for (Uploaded u : uploaded) {
			gl.glDeleteBuffers(2, new int[]{u.vbo, u.ibo}, 0);
			gl.glDeleteVertexArrays(1, new int[]{u.vao}, 0);
		}
		uploaded.clear();
		occlusion.dispose(gl);
		if (stateTexture != 0) {
			gl.glDeleteTextures(1, new int[]{stateTexture}, 0);
			stateTexture = 0;
		}
		if (measureLabel != null) {
			measureLabel.dispose(gl);
		}
		for (ScreenLabel l : retiredLabels) {
			l.dispose(gl);
		}
		retiredLabels.clear();
		if (overlayProgram != 0) {
			gl.glDeleteProgram(overlayProgram);
			gl.glDeleteBuffers(1, new int[]{overlayVbo}, 0);
			gl.glDeleteVertexArrays(1, new int[]{overlayVao}, 0);
			overlayProgram = 0;
		}
		for (int i = 0; i < programs.length; i++) {
			if (programs[i] != null) {
				gl.glDeleteProgram(programs[i].id);
				programs[i] = null;
			}
		}
	}
}
