package org.bidbench.viewer;

import java.nio.Buffer;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL3;

/** Vertex arrays of the viewer's interleaved vertices: position first, the rest set by the caller. */
final class VertexArrays {

	private VertexArrays() {
	}

	/**
	 * Makes a vertex array and its vertex buffer holding {@code vertices}, with attribute 0 the
	 * three float coordinates at the start of each {@code stride} bytes; both stay bound for the
	 * caller's further attributes. Returns the vertex array and the buffer.
	 */
	static int[] withPositions(GL3 gl, Buffer vertices, int stride) {
		int[] name = new int[1];
		gl.glGenVertexArrays(1, name, 0);
		int vao = name[0];
		gl.glBindVertexArray(vao);
		gl.glGenBuffers(1, name, 0);
		int vbo = name[0];
		gl.glBindBuffer(GL.GL_ARRAY_BUFFER, vbo);
		gl.glBufferData(GL.GL_ARRAY_BUFFER, (long) vertices.remaining(), vertices, GL.GL_STATIC_DRAW);
		gl.glEnableVertexAttribArray(0);
		gl.glVertexAttribPointer(0, 3, GL.GL_FLOAT, false, stride, 0);
		return new int[]{vao, vbo};
	}
}
