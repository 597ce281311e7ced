package org.bidbench.viewer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL2ES2;
import com.jogamp.opengl.GL3;

/**
 * A small picture (a measured distance written out) pinned to a point of the model and drawn over
 * it at its own pixel size, centred on the point's place on the screen. The caller draws the text
 * into RGBA pixels (with whatever toolkit it has); this class only puts them on a textured quad, so
 * the viewer needs no font of its own.
 */
final class ScreenLabel {

	private static final String VERTEX = """
			#version 330 core
			layout(location = 0) in vec2 aPosition;
			layout(location = 1) in vec2 aUv;
			out vec2 vUv;
			void main() {
				vUv = aUv;
				gl_Position = vec4(aPosition, 0.0, 1.0);
			}
			""";
	private static final String FRAGMENT = """
			#version 330 core
			uniform sampler2D uPicture;
			in vec2 vUv;
			out vec4 fragColour;
			void main() {
				fragColour = texture(uPicture, vUv);
			}
			""";

	private final double[] anchor;
	private final int width;
	private final int height;
	private ByteBuffer pixels;
	private int program, vao, vbo, texture;
	private final FloatBuffer quad = ByteBuffer.allocateDirect(4 * 16).order(ByteOrder.nativeOrder()).asFloatBuffer();

	/**
	 * @param anchor the world point the label's centre sits on
	 * @param rgba {@code width * height * 4} bytes, rows from the top
	 */
	ScreenLabel(double[] anchor, byte[] rgba, int width, int height) {
		if (rgba.length < width * height * 4) {
			throw new IllegalArgumentException("a " + width + "x" + height + " label needs " + width * height * 4 + " bytes");
		}
		this.anchor = anchor.clone();
		this.width = width;
		this.height = height;
		this.pixels = ByteBuffer.allocateDirect(width * height * 4).order(ByteOrder.nativeOrder());
		this.pixels.put(rgba, 0, width * height * 4).flip();
	}

	double[] anchor() {
		return anchor.clone();
	}

	/**
	 * Draws the label; {@code viewProjection} is the frame's matrix (column-major) for points
	 * relative to {@code origin}. Nothing is drawn when the anchor is behind the eye.
	 */
	void draw(GL3 gl, float[] viewProjection, double[] origin, int viewportWidth, int viewportHeight) {
		double x = anchor[0] - origin[0], y = anchor[1] - origin[1], z = anchor[2] - origin[2];
		float[] m = viewProjection;
		double cx = m[0] * x + m[4] * y + m[8] * z + m[12];
		double cy = m[1] * x + m[5] * y + m[9] * z + m[13];
		double cw = m[3] * x + m[7] * y + m[11] * z + m[15];
		if (cw <= 1e-9) {
			return;
		}
		// whole pixels, so the text stays sharp
		double px = Math.round((cx / cw + 1) * 0.5 * viewportWidth - width / 2.0);
		double py = Math.round((cy / cw + 1) * 0.5 * viewportHeight - height / 2.0);
		float x0 = (float) (px / viewportWidth * 2 - 1), x1 = (float) ((px + width) / viewportWidth * 2 - 1);
		float y0 = (float) (py / viewportHeight * 2 - 1), y1 = (float) ((py + height) / viewportHeight * 2 - 1);
		if (program == 0) {
			init(gl);
		}
		quad.clear();
		// a triangle strip; texture rows run from the top, so the top edge takes v = 0
		quad.put(new float[]{x0, y0, 0, 1, x1, y0, 1, 1, x0, y1, 0, 0, x1, y1, 1, 0}).flip();
		gl.glUseProgram(program);
		gl.glBindVertexArray(vao);
		gl.glBindBuffer(GL.GL_ARRAY_BUFFER, vbo);
		gl.glBufferSubData(GL.GL_ARRAY_BUFFER, 0, 4L * 16, quad);
		gl.glActiveTexture(GL.GL_TEXTURE0);
		gl.glBindTexture(GL.GL_TEXTURE_2D, texture);
		gl.glDisable(GL.GL_DEPTH_TEST);
		gl.glEnable(GL.GL_BLEND);
		gl.glBlendFunc(GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA);
		gl.glDrawArrays(GL.GL_TRIANGLE_STRIP, 0, 4);
		gl.glDisable(GL.GL_BLEND);
		gl.glEnable(GL.GL_DEPTH_TEST);
		gl.glBindTexture(GL.GL_TEXTURE_2D, 0);
	}

	private void init(GL3 gl) {
		program = gl.glCreateProgram();
		for (int[] s : new int[][]{{GL2ES2.GL_VERTEX_SHADER, 0}, {GL2ES2.GL_FRAGMENT_SHADER, 1}}) {
			int shader = gl.glCreateShader(s[0]);
			gl.glShaderSource(shader, 1, new String[]{s[1] == 0 ? VERTEX : FRAGMENT}, null);
			gl.glCompileShader(shader);
			gl.glAttachShader(program, shader);
			gl.glDeleteShader(shader);
		}
		gl.glLinkProgram(program);
		gl.glUseProgram(program);
		gl.glUniform1i(gl.glGetUniformLocation(program, "uPicture"), 0);
		int[] n = new int[1];
		gl.glGenVertexArrays(1, n, 0);
		vao = n[0];
		gl.glBindVertexArray(vao);
		gl.glGenBuffers(1, n, 0);
		vbo = n[0];
		gl.glBindBuffer(GL.GL_ARRAY_BUFFER, vbo);
		gl.glBufferData(GL.GL_ARRAY_BUFFER, 4L * 16, null, GL.GL_DYNAMIC_DRAW);
		gl.glEnableVertexAttribArray(0);
		gl.glVertexAttribPointer(0, 2, GL.GL_FLOAT, false, 16, 0);
		gl.glEnableVertexAttribArray(1);
		gl.glVertexAttribPointer(1, 2, GL.GL_FLOAT, false, 16, 8);
		gl.glGenTextures(1, n, 0);
		texture = n[0];
		gl.glBindTexture(GL.GL_TEXTURE_2D, texture);
		gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MIN_FILTER, GL.GL_NEAREST);
		gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_MAG_FILTER, GL.GL_NEAREST);
		gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_WRAP_S, GL.GL_CLAMP_TO_EDGE);
		gl.glTexParameteri(GL.GL_TEXTURE_2D, GL.GL_TEXTURE_WRAP_T, GL.GL_CLAMP_TO_EDGE);
		gl.glPixelStorei(GL.GL_UNPACK_ALIGNMENT, 1);
		gl.glTexImage2D(GL.GL_TEXTURE_2D, 0, GL.GL_RGBA8, width, height, 0, GL.GL_RGBA, GL.GL_UNSIGNED_BYTE, pixels);
		gl.glBindTexture(GL.GL_TEXTURE_2D, 0);
		pixels = null; // on the GPU now
	}

	void dispose(GL3 gl) {
		if (program != 0) {
			gl.glDeleteProgram(program);
			gl.glDeleteBuffers(1, new int[]{vbo}, 0);
			gl.glDeleteVertexArrays(1, new int[]{vao}, 0);
			gl.glDeleteTextures(1, new int[]{texture}, 0);
			program = 0;
		}
	}
}
