package org.bidbench.viewer;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL2ES2;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLException;

/**
 * Compiles and links the viewer's shader programs (the scene's variants, the measurement overlay,
 * the occlusion boxes, the baseline), failing with the driver's own words: a context without
 * OpenGL 3.3 core must say so when the view opens, not draw nothing.
 */
final class ShaderPrograms {

	private ShaderPrograms() {
	}

	/**
	 * A linked program from the two sources; {@code what} names it in an error ("the viewer's", "the
	 * occlusion boxes'").
	 */
	static int link(GL3 gl, String what, String vertexSource, String fragmentSource) {
		int vs = compile(gl, what, GL2ES2.GL_VERTEX_SHADER, vertexSource);
		int fs = compile(gl, what, GL2ES2.GL_FRAGMENT_SHADER, fragmentSource);
		int id = gl.glCreateProgram();
		gl.glAttachShader(id, vs);
		gl.glAttachShader(id, fs);
		gl.glLinkProgram(id);
		gl.glDeleteShader(vs);
		gl.glDeleteShader(fs);
		int[] status = new int[1];
		gl.glGetProgramiv(id, GL2ES2.GL_LINK_STATUS, status, 0);
		if (status[0] == 0) {
			int[] length = new int[1];
			gl.glGetProgramiv(id, GL2ES2.GL_INFO_LOG_LENGTH, length, 0);
			byte[] log = new byte[Math.max(1, length[0])];
			gl.glGetProgramInfoLog(id, log.length, null, 0, log, 0);
			gl.glDeleteProgram(id);
			throw new GLException(what + " shaders do not link on " + gl.glGetString(GL.GL_RENDERER) + ": "
					+ new String(log).trim() + " (the viewer needs OpenGL 3.3 core)");
		}
		return id;
	}

	private static int compile(GL3 gl, String what, int type, String source) {
		int shader = gl.glCreateShader(type);
		gl.glShaderSource(shader, 1, new String[]{source}, null);
		gl.glCompileShader(shader);
		int[] status = new int[1];
		gl.glGetShaderiv(shader, GL2ES2.GL_COMPILE_STATUS, status, 0);
		if (status[0] == 0) {
			int[] length = new int[1];
			gl.glGetShaderiv(shader, GL2ES2.GL_INFO_LOG_LENGTH, length, 0);
			byte[] log = new byte[Math.max(1, length[0])];
			gl.glGetShaderInfoLog(shader, log.length, null, 0, log, 0);
			gl.glDeleteShader(shader);
			throw new GLException(what + " " + (type == GL2ES2.GL_VERTEX_SHADER ? "vertex" : "fragment")
					+ " shader does not compile on " + gl.glGetString(GL.GL_RENDERER) + ": " + new String(log).trim()
					+ " (the viewer needs OpenGL 3.3 core)");
		}
		return shader;
	}
}
