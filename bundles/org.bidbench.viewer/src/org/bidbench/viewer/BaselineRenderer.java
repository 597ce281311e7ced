package org.bidbench.viewer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.List;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLException;

/**
 * The floor a scene renderer is measured against: every triangle of a {@link Scene} in one vertex
 * buffer, drawn with one {@code glDrawElements}, no culling, no per-element state, one light. What
 * {@link SceneRenderer} costs beyond this (batches, multi-draw lists, culling, the state texture) is
 * the ratio the benchmark reports.
 *
 * <p>Uploads what the scene has published when {@link #init(GL3)} runs; later additions are not drawn.
 */
final class BaselineRenderer {

	private static final String VERTEX_SHADER = """
			#version 330 core
			layout(location = 0) in vec3 aPosition;
			layout(location = 1) in vec3 aNormal;
			uniform mat4 uViewProjection;
			out vec3 vNormal;
			void main() {
				gl_Position = uViewProjection * vec4(aPosition, 1.0);
				vNormal = aNormal;
			}
			""";

	private static final String FRAGMENT_SHADER = """
			#version 330 core
			in vec3 vNormal;
			out vec4 fragColour;
			void main() {
				vec3 n = normalize(gl_FrontFacing ? vNormal : -vNormal);
				float light = 0.35 + 0.65 * max(dot(n, normalize(vec3(0.35, 0.5, 0.8))), 0.0);
				fragColour = vec4(vec3(0.8) * light, 1.0);
			}
			""";

	private final Scene scene;
	private int program, uViewProjection, vao, vbo, ibo, indexCount;
	private double[] origin;
	// per-frame scratch, allocated once
	private final float[] viewProjection = new float[16];
	private final double[] clip = new double[2];

	BaselineRenderer(Scene scene) {
		this.scene = scene;
	}

	long triangleCount() {
		return indexCount / 3;
	}

	/** Compiles the shader and uploads all published batches as one buffer pair; context current. */
	void init(GL3 gl) {
		program = link(gl);
		uViewProjection = gl.glGetUniformLocation(program, "uViewProjection");
		origin = scene.origin();
		List<MeshBatch> batches = scene.batches();
		long vertexBytes = 0, indices = 0;
		for (MeshBatch b : batches) {
			vertexBytes += b.vertices.remaining();
			indices += b.fullIndexCount; // the meshes as given, not the coarse levels after them
		}
		// Geometry drawn instanced by the viewer is copied out here: the baseline is every triangle in one buffer.
		List<InstancedBatch> instanced = scene.instancedBatches();
		for (InstancedBatch b : instanced) {
			vertexBytes += (long) b.instanceCount() * b.vertexCount * MeshBatch.STRIDE;
			indices += (long) b.instanceCount() * b.indexCount;
		}
		if (vertexBytes > Integer.MAX_VALUE || 4 * indices > Integer.MAX_VALUE) {
			throw new GLException("the baseline holds at most 2 GB per buffer; this scene has " + vertexBytes
					+ " bytes of vertices and " + indices + " indices");
		}
		// The batches share one vertex layout, so concatenating them is one copy; indices are rebased
		// onto the vertices of the batches before them.
		ByteBuffer vertices = ByteBuffer.allocateDirect((int) vertexBytes).order(ByteOrder.nativeOrder());
		IntBuffer all = ByteBuffer.allocateDirect((int) (4 * indices)).order(ByteOrder.nativeOrder()).asIntBuffer();
		int base = 0;
		for (MeshBatch b : batches) {
			vertices.put(b.vertices.duplicate());
			IntBuffer source = b.indices.duplicate();
			source.clear().limit(b.fullIndexCount);
			while (source.hasRemaining()) {
				all.put(source.get() + base);
			}
			base += b.vertexCount;
		}
		for (InstancedBatch b : instanced) {
			base = b.copyOut(vertices, all, base);
		}
		vertices.flip();
		all.flip();
		indexCount = all.remaining();
		int[] name = new int[1];
		gl.glGenVertexArrays(1, name, 0);
		vao = name[0];
		gl.glBindVertexArray(vao);
		gl.glGenBuffers(1, name, 0);
		vbo = name[0];
		gl.glBindBuffer(GL.GL_ARRAY_BUFFER, vbo);
		gl.glBufferData(GL.GL_ARRAY_BUFFER, vertices.remaining(), vertices, GL.GL_STATIC_DRAW);
		gl.glEnableVertexAttribArray(0);
		gl.glVertexAttribPointer(0, 3, GL.GL_FLOAT, false, MeshBatch.STRIDE, 0);
		gl.glEnableVertexAttribArray(1);
		gl.glVertexAttribPointer(1, 3, GL.GL_BYTE, true, MeshBatch.STRIDE, 12);
		gl.glGenBuffers(1, name, 0);
		ibo = name[0];
		gl.glBindBuffer(GL.GL_ELEMENT_ARRAY_BUFFER, ibo);
		gl.glBufferData(GL.GL_ELEMENT_ARRAY_BUFFER, 4L * indexCount, all, GL.GL_STATIC_DRAW);
		gl.glBindVertexArray(0);
	}

	/** Draws every triangle; the same projection and clip range as {@link SceneRenderer}. */
	void render(GL3 gl, Camera camera, int width, int height) {
		gl.glViewport(0, 0, width, height);
		gl.glEnable(GL.GL_DEPTH_TEST);
		gl.glDepthFunc(GL.GL_LEQUAL);
		gl.glDisable(GL.GL_CULL_FACE);
		gl.glDisable(GL.GL_BLEND);
		gl.glClearColor(0.93f, 0.94f, 0.96f, 1f);
		gl.glClear(GL.GL_COLOR_BUFFER_BIT | GL.GL_DEPTH_BUFFER_BIT);
		float[] b = scene.localBounds();
		double dx = b[3] - b[0], dy = b[4] - b[1], dz = b[5] - b[2];
		camera.clipRange(origin, (b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2,
				0.5 * Math.sqrt(dx * dx + dy * dy + dz * dz), clip);
		camera.viewProjection(origin, width, height, clip[0], clip[1], viewProjection);
		gl.glUseProgram(program);
		gl.glUniformMatrix4fv(uViewProjection, 1, false, viewProjection, 0);
		gl.glBindVertexArray(vao);
		gl.glDrawElements(GL.GL_TRIANGLES, indexCount, GL.GL_UNSIGNED_INT, 0);
		gl.glBindVertexArray(0);
		gl.glUseProgram(0);
	}

	void dispose(GL3 gl) {
		gl.glDeleteBuffers(2, new int[]{vbo, ibo}, 0);
		gl.glDeleteVertexArrays(1, new int[]{vao}, 0);
		gl.glDeleteProgram(program);
	}

	private static int link(GL3 gl) {
		return ShaderPrograms.link(gl, "the baseline", VERTEX_SHADER, FRAGMENT_SHADER);
	}
}
