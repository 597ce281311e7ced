package org.bidbench.viewer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.geometry.Colour;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL2ES2;
import com.jogamp.opengl.GL2ES3;
import com.jogamp.opengl.GL3;

/**
 * The {@link SceneRenderer}'s part for {@link InstancedBatch}es: each geometry's triangles in one
 * vertex and one index buffer, its placements in a buffer texture, and per frame one list of the copies
 * to draw (placement slot and element, two ints each), streamed to the GPU once per frame and read with
 * an instance divisor. Culling, hiding, X-ray and picking work per copy as they work per element range
 * in the batches; a copy is never drawn at a coarser level, but is dropped where its element would be
 * (smaller than the cell of its level).
 */
final class InstancedDrawing {

	/**
	 * The vertex stage for instanced geometry, compiled with the same feature switches as the batches'
	 * and feeding the same fragment stage: the position and normal are moved by the copy's placement
	 * first, and the normal is rounded to the bytes the batches keep, so both paths shade alike.
	 */
	static final String VERTEX_SHADER = """
			layout(location = 0) in vec3 aPosition;
			layout(location = 1) in vec3 aNormal;
			layout(location = 2) in int aSlot;
			layout(location = 3) in int aElement;
			uniform samplerBuffer uPlacements;
			""" + SceneRenderer.VERTEX_COMMON + """
			void main() {
				vec4 r0 = texelFetch(uPlacements, 3 * aSlot);
				vec4 r1 = texelFetch(uPlacements, 3 * aSlot + 1);
				vec4 r2 = texelFetch(uPlacements, 3 * aSlot + 2);
				vec4 p = vec4(aPosition, 1.0);
				placeVertex(vec3(dot(r0, p), dot(r1, p), dot(r2, p)), aElement);
				vec3 n = vec3(dot(r0.xyz, aNormal), dot(r1.xyz, aNormal), dot(r2.xyz, aNormal));
				vNormal = max(floor(clamp(n, -1.0, 1.0) * 127.0 + 0.5) / 127.0, vec3(-1.0));
			}
			""";

	/** One instanced batch on the GPU, with its share of the frame's copy list. */
	private static final class Uploaded {
		final InstancedBatch batch;
		final int vao, vbo, ibo, placements, placementTexture;
		int shownFirst, shown, ghostFirst, ghosts;

		Uploaded(InstancedBatch batch, int vao, int vbo, int ibo, int placements, int placementTexture) {
			this.batch = batch;
			this.vao = vao;
			this.vbo = vbo;
			this.ibo = ibo;
			this.placements = placements;
			this.placementTexture = placementTexture;
		}
	}

	private final SceneRenderer renderer;
	private final Scene scene;
	private final List<Uploaded> uploaded = new ArrayList<>();
	private final int[] name = new int[1];
	private int stream;
	/** The frame's copies: slot and element per copy, the shown ones of every batch, then the ghosts. */
	private IntBuffer copies = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder()).asIntBuffer();
	private int copyCapacity;
	private long uploadedBytes;
	private long trianglesDrawn;
	private int drawCalls;
	private int culled;

	InstancedDrawing(SceneRenderer renderer, Scene scene) {
		this.renderer = renderer;
		this.scene = scene;
	}

	boolean isEmpty() {
		return uploaded.isEmpty();
	}

	/** Uploads the instanced batches sealed since the last call; returns the bytes uploaded. */
	long upload(GL3 gl) {
		List<InstancedBatch> batches = scene.instancedBatches();
		int have = uploaded.size();
		if (have == batches.size()) {
			return 0;
		}
		long bytes = 0;
		int copiesInAll = copyCapacity;
		for (int i = have, n = batches.size(); i < n; i++) {
			InstancedBatch b = batches.get(i);
			int[] arrays = VertexArrays.withPositions(gl, b.vertices, InstancedBatch.STRIDE);
			int vao = arrays[0], vbo = arrays[1];
			gl.glEnableVertexAttribArray(1);
			gl.glVertexAttribPointer(1, 3, GL.GL_FLOAT, false, InstancedBatch.STRIDE, 12);
			gl.glEnableVertexAttribArray(2);
			gl.glVertexAttribDivisor(2, 1);
			gl.glEnableVertexAttribArray(3);
			gl.glVertexAttribDivisor(3, 1);
			gl.glGenBuffers(1, name, 0);
			int ibo = name[0];
			gl.glBindBuffer(GL.GL_ELEMENT_ARRAY_BUFFER, ibo);
			gl.glBufferData(GL.GL_ELEMENT_ARRAY_BUFFER, 4L * b.indexCount, b.indices, GL.GL_STATIC_DRAW);
			gl.glBindVertexArray(0);
			gl.glGenBuffers(1, name, 0);
			int placements = name[0];
			gl.glBindBuffer(GL2ES3.GL_TEXTURE_BUFFER, placements);
			FloatBuffer rows = ByteBuffer.allocateDirect(4 * b.placements.length).order(ByteOrder.nativeOrder())
					.asFloatBuffer();
			rows.put(b.placements).flip();
			gl.glBufferData(GL2ES3.GL_TEXTURE_BUFFER, 4L * b.placements.length, rows, GL.GL_STATIC_DRAW);
			gl.glGenTextures(1, name, 0);
			int texture = name[0];
			gl.glBindTexture(GL2ES3.GL_TEXTURE_BUFFER, texture);
			gl.glTexBuffer(GL2ES3.GL_TEXTURE_BUFFER, GL.GL_RGBA32F, placements);
			gl.glBindTexture(GL2ES3.GL_TEXTURE_BUFFER, 0);
			gl.glBindBuffer(GL2ES3.GL_TEXTURE_BUFFER, 0);
			uploaded.add(new Uploaded(b, vao, vbo, ibo, placements, texture));
			bytes += b.gpuBytes();
			copiesInAll += b.instanceCount();
		}
		if (stream == 0) {
			gl.glGenBuffers(1, name, 0);
			stream = name[0];
		}
		copyCapacity = copiesInAll;
		copies = ByteBuffer.allocateDirect(8 * Math.max(1, copyCapacity)).order(ByteOrder.nativeOrder()).asIntBuffer();
		uploadedBytes += bytes;
		return bytes;
	}

	/** Bytes of geometry and placements uploaded so far. */
	long uploadedBytes() {
		return uploadedBytes;
	}

	/**
	 * Lists the copies to draw this frame, as {@code SceneRenderer.cull} does for ranges, and streams the
	 * list to the GPU.
	 */
	void cull(GL3 gl, boolean simplify) {
		trianglesDrawn = 0;
		drawCalls = 0;
		culled = 0;
		if (uploaded.isEmpty()) {
			return;
		}
		byte[] modes = scene.modes();
		copies.clear();
		int at = 0;
		// shown copies first, batch by batch, then the ghosts: each batch draws a contiguous run
		for (int pass = 0; pass < 2; pass++) {
			byte wanted = pass == 0 ? Scene.SHOWN : Scene.GHOSTED;
			for (int i = 0, n = uploaded.size(); i < n; i++) {
				Uploaded u = uploaded.get(i);
				InstancedBatch b = u.batch;
				int first = at;
				for (int c = 0, cn = b.instanceCount(); c < cn; c++) {
					int element = b.instanceElement[c];
					byte mode = element < modes.length ? modes[element] : Scene.SHOWN;
					if (mode != wanted) {
						continue;
					}
					if (!renderer.visible(b.instanceBounds, 6 * c) || simplify && renderer.belowDetail(b.instanceBounds, 6 * c)) {
						culled++;
						continue;
					}
					copies.put(2 * at, c).put(2 * at + 1, element);
					at++;
					trianglesDrawn += b.indexCount / 3;
				}
				if (pass == 0) {
					u.shownFirst = first;
					u.shown = at - first;
				} else {
					u.ghostFirst = first;
					u.ghosts = at - first;
				}
			}
		}
		copies.limit(2 * at);
		gl.glBindBuffer(GL.GL_ARRAY_BUFFER, stream);
		gl.glBufferData(GL.GL_ARRAY_BUFFER, 8L * Math.max(1, at), at == 0 ? null : copies, GL2ES2.GL_STREAM_DRAW);
		gl.glBindBuffer(GL.GL_ARRAY_BUFFER, 0);
	}

	/**
	 * Draws the shown copies of the opaque or of the see-through geometries, or with {@code ghosts}
	 * every ghosted copy in the ghost colour; {@code program} is the instanced variant, already in use
	 * with the frame's uniforms set.
	 */
	void draw(GL3 gl, SceneRenderer.Program program, boolean transparent, boolean ghosts, Colour ghostColour) {
		int placementsUniform = -1;
		for (int i = 0, n = uploaded.size(); i < n; i++) {
			Uploaded u = uploaded.get(i);
			int count = ghosts ? u.ghosts : u.shown;
			if (count == 0 || !ghosts && u.batch.transparent != transparent) {
				continue;
			}
			if (placementsUniform < 0) {
				placementsUniform = gl.glGetUniformLocation(program.id, "uPlacements");
				gl.glUniform1i(placementsUniform, 1);
			}
			Colour c = ghosts ? ghostColour : u.batch.colour;
			gl.glUniform4f(program.uColour, c.red(), c.green(), c.blue(), c.alpha());
			gl.glActiveTexture(GL.GL_TEXTURE1);
			gl.glBindTexture(GL2ES3.GL_TEXTURE_BUFFER, u.placementTexture);
			gl.glActiveTexture(GL.GL_TEXTURE0);
			gl.glBindVertexArray(u.vao);
			gl.glBindBuffer(GL.GL_ARRAY_BUFFER, stream);
			long offset = 8L * (ghosts ? u.ghostFirst : u.shownFirst);
			gl.glVertexAttribIPointer(2, 1, GL2ES2.GL_INT, 8, offset);
			gl.glVertexAttribIPointer(3, 1, GL2ES2.GL_INT, 8, offset + 4);
			gl.glDrawElementsInstanced(GL.GL_TRIANGLES, u.batch.indexCount, GL.GL_UNSIGNED_INT, 0L, count);
			drawCalls++;
		}
	}

	long trianglesDrawn() {
		return trianglesDrawn;
	}

	int drawCalls() {
		return drawCalls;
	}

	int culled() {
		return culled;
	}

	void dispose(GL3 gl) {
		for (Uploaded u : uploaded) {
			gl.glDeleteBuffers(3, new int[]{u.vbo, u.ibo, u.placements}, 0);
			gl.glDeleteVertexArrays(1, new int[]{u.vao}, 0);
			gl.glDeleteTextures(1, new int[]{u.placementTexture}, 0);
		}
		uploaded.clear();
		if (stream != 0) {
			gl.glDeleteBuffers(1, new int[]{stream}, 0);
			stream = 0;
		}
		copyCapacity = 0;
		uploadedBytes = 0;
	}
}
