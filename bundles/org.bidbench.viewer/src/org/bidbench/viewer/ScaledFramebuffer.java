package org.bidbench.viewer;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL3;

/**
 * A smaller framebuffer a frame is drawn into and then stretched over the window: on a software
 * rasteriser the pixels filled are the cost, so a frame at half the width and height takes about a
 * quarter of the fill. Used while the camera moves; the frame at rest is drawn at full size.
 */
final class ScaledFramebuffer {

	private final int[] name = new int[1];
	private int framebuffer, colour, depth, width, height;

	/** Binds a framebuffer of {@code w} x {@code h} for drawing, made anew when the size changes. */
	void bind(GL3 gl, int w, int h) {
		if (framebuffer == 0 || w != width || h != height) {
			dispose(gl);
			width = w;
			height = h;
			gl.glGenRenderbuffers(1, name, 0);
			colour = name[0];
			gl.glBindRenderbuffer(GL.GL_RENDERBUFFER, colour);
			gl.glRenderbufferStorage(GL.GL_RENDERBUFFER, GL.GL_RGBA8, w, h);
			gl.glGenRenderbuffers(1, name, 0);
			depth = name[0];
			gl.glBindRenderbuffer(GL.GL_RENDERBUFFER, depth);
			gl.glRenderbufferStorage(GL.GL_RENDERBUFFER, GL.GL_DEPTH_COMPONENT24, w, h);
			gl.glGenFramebuffers(1, name, 0);
			framebuffer = name[0];
			gl.glBindFramebuffer(GL.GL_FRAMEBUFFER, framebuffer);
			gl.glFramebufferRenderbuffer(GL.GL_FRAMEBUFFER, GL.GL_COLOR_ATTACHMENT0, GL.GL_RENDERBUFFER, colour);
			gl.glFramebufferRenderbuffer(GL.GL_FRAMEBUFFER, GL.GL_DEPTH_ATTACHMENT, GL.GL_RENDERBUFFER, depth);
		}
		gl.glBindFramebuffer(GL.GL_FRAMEBUFFER, framebuffer);
	}

	/** Stretches what was drawn over the window's framebuffer ({@code w} x {@code h}) and binds that again. */
	void stretchTo(GL3 gl, int windowFramebuffer, int w, int h) {
		gl.glBindFramebuffer(GL3.GL_READ_FRAMEBUFFER, framebuffer);
		gl.glBindFramebuffer(GL3.GL_DRAW_FRAMEBUFFER, windowFramebuffer);
		gl.glDisable(GL.GL_SCISSOR_TEST);
		gl.glBlitFramebuffer(0, 0, width, height, 0, 0, w, h, GL.GL_COLOR_BUFFER_BIT, GL.GL_LINEAR);
		gl.glBindFramebuffer(GL.GL_FRAMEBUFFER, windowFramebuffer);
		gl.glViewport(0, 0, w, h);
	}

	void dispose(GL3 gl) {
		if (framebuffer != 0) {
			gl.glDeleteFramebuffers(1, new int[]{framebuffer}, 0);
			gl.glDeleteRenderbuffers(2, new int[]{colour, depth}, 0);
			framebuffer = 0;
		}
	}
}
