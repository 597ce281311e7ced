package org.bidbench.viewer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL2ES2;
import com.jogamp.opengl.GL3;

/**
 * Skips the element ranges that the rest of the model hides, found with OpenGL occlusion queries on
 * boxes.
 *
 * <p>Ranges are grouped into the cells of a loose grid over the scene: each range goes to the finest
 * level whose cell edge is at least its size, in the cell of its centre, and a cell's box is the
 * union of its ranges' boxes. Per frame, after the opaque pass, every cell in the view frustum draws
 * its box (no colour, no depth writes) inside an {@code ANY_SAMPLES_PASSED} query; the answers are
 * read at the start of the next frame, without waiting, and the ranges of a cell none of whose box
 * showed are not drawn then. A cell cannot hide itself (its box encloses its own geometry, and is
 * pushed out a little so that it lies in front of it), so what is hidden is hidden by others.
 *
 * <p>Answers a frame old may hide, for a frame, a cell that has just come into sight while the
 * camera moves. A still frame therefore checks: after its opaque pass it queries the boxes of the
 * cells it skipped and waits for the answer; if any shows, the frame is drawn again with it. So a
 * still frame shows what a frame without occlusion culling would show.
 *
 * <p>Generic models stacked on one spot (copies of a building) all share cells, so one query decides
 * for every copy's hidden inside at once.
 */
final class OcclusionCulling {

	/** Levels of the loose grid: level k has cells of edge extent / 2^k. */
	private static final int LEVELS = 5;

	private static final String BOX_VERTEX_SHADER = """
			#version 330 core
			uniform mat4 uViewProjection;
			uniform vec3 uMin;
			uniform vec3 uMax;
			// The 12 triangles of a box from its corners numbered by bits x, y, z: no vertex buffer needed.
			const int corner[36] = int[36](0, 1, 3, 0, 3, 2, 4, 6, 7, 4, 7, 5, 0, 4, 5, 0, 5, 1, 2, 3, 7, 2, 7, 6,
					0, 2, 6, 0, 6, 4, 1, 5, 7, 1, 7, 3);
			void main() {
				int c = corner[gl_VertexID];
				vec3 t = vec3(float(c & 1), float((c >> 1) & 1), float((c >> 2) & 1));
				gl_Position = uViewProjection * vec4(mix(uMin, uMax, t), 1.0);
			}
			""";

	private static final String BOX_FRAGMENT_SHADER = """
			#version 330 core
			out vec4 fragColour;
			void main() {
				fragColour = vec4(1.0);
			}
			""";

	private boolean enabled = true;
	/** Per batch (in upload order), per range: its cell, or -1 before the batch has been placed. */
	private int[][] rangeCells = new int[0][];
	private int placedBatches;
	private float[] cellBoxes = new float[0];
	private int cellCount;
	private boolean[] occluded = new boolean[0];
	private boolean[] pending = new boolean[0];
	private int[] queries = new int[0];
	private int queryCount;
	/** Cells queried last, in order: when the last one's answer is in, all are. */
	private int[] issued = new int[0];
	private int issuedCount;
	private int program, uViewProjection, uMin, uMax, vao;
	private final int[] result = new int[1];
	private int occludedRanges;

	boolean isEnabled() {
		return enabled;
	}

	/** Off: every cell counts as seen, and no query is made. */
	void setEnabled(boolean on) {
		enabled = on;
		if (!on) {
			// answers to queries made before are dropped: when on again, everything starts as seen
			java.util.Arrays.fill(occluded, false);
			java.util.Arrays.fill(pending, false);
			issuedCount = 0;
		}
	}

	/** Whether a range is skipped because its cell was hidden. */
	boolean hides(int batch, int range) {
		if (!enabled || batch >= placedBatches) {
			return false;
		}
		int c = rangeCells[batch][range];
		return c >= 0 && occluded[c];
	}

	/** Ranges skipped in the last frame because hidden. */
	int occludedRanges() {
		return occludedRanges;
	}

	void countOccluded(int ranges) {
		occludedRanges = ranges;
	}

	/**
	 * Places the ranges of all batches in cells anew when batches were added since the last call (a
	 * loading model grows its bounds). Every cell starts as seen.
	 */
	void place(GL3 gl, int count, Scene scene) {
		if (count == placedBatches) {
			return;
		}
		List<MeshBatch> batches = scene.batches();
		float[] bounds = scene.localBounds();
		float extent = Math.max(bounds[3] - bounds[0], Math.max(bounds[4] - bounds[1], bounds[5] - bounds[2]));
		extent = Math.max(extent, 1e-3f);
		Map<Long, Integer> cells = new HashMap<>();
		float[] boxes = new float[6 * 64];
		int[][] placed = new int[count][];
		for (int i = 0; i < count; i++) {
			MeshBatch b = batches.get(i);
			int n = b.rangeCount();
			int[] cellOf = new int[n];
			for (int r = 0; r < n; r++) {
				int o = 6 * r;
				float[] box = b.rangeBounds;
				float size = Math.max(box[o + 3] - box[o], Math.max(box[o + 4] - box[o + 1], box[o + 5] - box[o + 2]));
				int level = 0;
				while (level + 1 < LEVELS && size <= extent / (1 << (level + 1))) {
					level++;
				}
				float edge = extent / (1 << level);
				long ix = (long) Math.floor(((box[o] + box[o + 3]) / 2 - bounds[0]) / edge);
				long iy = (long) Math.floor(((box[o + 1] + box[o + 4]) / 2 - bounds[1]) / edge);
				long iz = (long) Math.floor(((box[o + 2] + box[o + 5]) / 2 - bounds[2]) / edge);
				long key = ((long) level << 60) | ((ix & 0xFFFFF) << 40) | ((iy & 0xFFFFF) << 20) | (iz & 0xFFFFF);
				Integer known = cells.get(key);
				int c;
				if (known == null) {
					c = cells.size();
					cells.put(key, c);
					if (6 * (c + 1) > boxes.length) {
						boxes = java.util.Arrays.copyOf(boxes, boxes.length * 2);
					}
					System.arraycopy(box, o, boxes, 6 * c, 6);
				} else {
					c = known;
					for (int k = 0; k < 3; k++) {
						boxes[6 * c + k] = Math.min(boxes[6 * c + k], box[o + k]);
						boxes[6 * c + 3 + k] = Math.max(boxes[6 * c + 3 + k], box[o + 3 + k]);
					}
				}
				cellOf[r] = c;
			}
			placed[i] = cellOf;
		}
		rangeCells = placed;
		placedBatches = count;
		cellCount = cells.size();
		cellBoxes = boxes;
		// pushed out so that a box lies in front of the surfaces it encloses, whatever the depth rounding
		for (int c = 0; c < cellCount; c++) {
			int o = 6 * c;
			float size = Math.max(boxes[o + 3] - boxes[o], Math.max(boxes[o + 4] - boxes[o + 1], boxes[o + 5] - boxes[o + 2]));
			float margin = 0.005f + 0.002f * size;
			for (int k = 0; k < 3; k++) {
				boxes[o + k] -= margin;
				boxes[o + 3 + k] += margin;
			}
		}
		occluded = new boolean[cellCount];
		pending = new boolean[cellCount];
		issued = new int[cellCount];
		issuedCount = 0;
		if (queryCount < cellCount) {
			if (queryCount > 0) {
				gl.glDeleteQueries(queryCount, queries, 0);
			}
			queries = new int[cellCount];
			gl.glGenQueries(cellCount, queries, 0);
			queryCount = cellCount;
		}
	}

	/** Cells in the grid (for statistics and tests). */
	int cellCount() {
		return cellCount;
	}

	/**
	 * Reads the answers of the last frame's queries if the GL has them, without waiting; otherwise
	 * the cells keep what they were.
	 */
	void collect(GL3 gl) {
		if (!enabled || issuedCount == 0) {
			return;
		}
		gl.glGetQueryObjectuiv(queries[issued[issuedCount - 1]], GL2ES2.GL_QUERY_RESULT_AVAILABLE, result, 0);
		if (result[0] == 0) {
			return; // queries finish in order: the last one not done means some are not
		}
		for (int i = 0; i < issuedCount; i++) {
			int c = issued[i];
			gl.glGetQueryObjectuiv(queries[c], GL2ES2.GL_QUERY_RESULT, result, 0);
			occluded[c] = result[0] == 0;
			pending[c] = false;
		}
		issuedCount = 0;
	}

	/**
	 * Checks, for a still frame, the cells it skipped: queries their boxes against what the opaque
	 * pass drew and waits for the answers. Those that show are seen from now on.
	 *
	 * @return whether any skipped cell shows (the frame must be drawn again)
	 */
	boolean verify(GL3 gl, float[] viewProjection, float[] frustum) {
		if (!enabled || cellCount == 0) {
			return false;
		}
		int first = issuedCount;
		boolean changed = false;
		begin(gl, viewProjection);
		for (int c = 0; c < cellCount; c++) {
			if (occluded[c] && inFrustum(frustum, c)) {
				if (crossesNearPlane(frustum, c)) {
					occluded[c] = false;
					changed = true;
				} else {
					query(gl, c);
				}
			}
		}
		end(gl);
		for (int i = first; i < issuedCount; i++) {
			int c = issued[i];
			gl.glGetQueryObjectuiv(queries[c], GL2ES2.GL_QUERY_RESULT, result, 0); // waits: a still frame may
			pending[c] = false;
			if (result[0] != 0) {
				occluded[c] = false;
				changed = true;
			}
		}
		issuedCount = first;
		return changed;
	}

	/**
	 * Queries the box of every cell in the frustum against what the opaque pass drew, for the next
	 * frame; cells outside the frustum count as seen, so they are drawn when they come back into view,
	 * and so do cells that reach in front of the near plane.
	 */
	void issue(GL3 gl, float[] viewProjection, float[] frustum) {
		if (!enabled || cellCount == 0) {
			return;
		}
		begin(gl, viewProjection);
		for (int c = 0; c < cellCount; c++) {
			if (pending[c]) {
				continue;
			}
			if (!inFrustum(frustum, c)) {
				occluded[c] = false;
				continue;
			}
			if (crossesNearPlane(frustum, c)) {
				occluded[c] = false;
				continue;
			}
			query(gl, c);
		}
		end(gl);
	}

	/**
	 * Whether a cell's box reaches in front of the near plane (it holds the eye, or nearly): its near
	 * side would be clipped away and the query would see only its far side, so it counts as seen.
	 */
	private boolean crossesNearPlane(float[] frustum, int c) {
		int o = 6 * c;
		float a = frustum[16], b = frustum[17], cc = frustum[18], d = frustum[19];
		float x = a >= 0 ? cellBoxes[o] : cellBoxes[o + 3];
		float y = b >= 0 ? cellBoxes[o + 1] : cellBoxes[o + 4];
		float z = cc >= 0 ? cellBoxes[o + 2] : cellBoxes[o + 5];
		return a * x + b * y + cc * z + d < 0;
	}

	private void query(GL3 gl, int c) {
		int o = 6 * c;
		gl.glUniform3f(uMin, cellBoxes[o], cellBoxes[o + 1], cellBoxes[o + 2]);
		gl.glUniform3f(uMax, cellBoxes[o + 3], cellBoxes[o + 4], cellBoxes[o + 5]);
		gl.glBeginQuery(GL2ES2.GL_ANY_SAMPLES_PASSED, queries[c]);
		gl.glDrawArrays(GL.GL_TRIANGLES, 0, 36);
		gl.glEndQuery(GL2ES2.GL_ANY_SAMPLES_PASSED);
		pending[c] = true;
		issued[issuedCount++] = c;
	}

	private void begin(GL3 gl, float[] viewProjection) {
		if (program == 0) {
			link(gl);
		}
		gl.glUseProgram(program);
		gl.glUniformMatrix4fv(uViewProjection, 1, false, viewProjection, 0);
		gl.glBindVertexArray(vao);
		gl.glColorMask(false, false, false, false);
		gl.glDepthMask(false);
		for (int i = 0; i < SceneRenderer.MAX_SECTION_PLANES; i++) {
			// unclipped boxes are larger, so still enclose what a section leaves
			gl.glDisable(GL3.GL_CLIP_DISTANCE0 + i);
		}
	}

	private void end(GL3 gl) {
		gl.glColorMask(true, true, true, true);
		gl.glDepthMask(true);
	}

	/** Whether a cell's box is at least partly inside the frustum (planes as {@code a, b, c, d}, inside positive). */
	private boolean inFrustum(float[] frustum, int c) {
		int o = 6 * c;
		float[] box = cellBoxes;
		for (int p = 0; p < 6; p++) {
			float a = frustum[4 * p], b = frustum[4 * p + 1], cc = frustum[4 * p + 2], d = frustum[4 * p + 3];
			float x = a >= 0 ? box[o + 3] : box[o];
			float y = b >= 0 ? box[o + 4] : box[o + 1];
			float z = cc >= 0 ? box[o + 5] : box[o + 2];
			if (a * x + b * y + cc * z + d < 0) {
				return false;
			}
		}
		return true;
	}

	private void link(GL3 gl) {
		program = ShaderPrograms.link(gl, "the occlusion boxes'", BOX_VERTEX_SHADER, BOX_FRAGMENT_SHADER);
		uViewProjection = gl.glGetUniformLocation(program, "uViewProjection");
		uMin = gl.glGetUniformLocation(program, "uMin");
		uMax = gl.glGetUniformLocation(program, "uMax");
		int[] name = new int[1];
		gl.glGenVertexArrays(1, name, 0);
		vao = name[0];
	}

	void dispose(GL3 gl) {
		if (queryCount > 0) {
			gl.glDeleteQueries(queryCount, queries, 0);
			queryCount = 0;
		}
		if (program != 0) {
			gl.glDeleteProgram(program);
			gl.glDeleteVertexArrays(1, new int[]{vao}, 0);
			program = 0;
		}
		placedBatches = 0;
		rangeCells = new int[0][];
		cellCount = 0;
		issuedCount = 0;
	}
}
