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
	/** The framebuffer's storage, at least the size drawn (the window's size: levels change without a new one). */
	private int framebuffer, colour, depth, capacityWidth, capacityHeight;
	/** The part drawn in the current frame, from the lower left corner. */
	private int width, height;

	/**
	 * Binds the framebuffer for drawing a frame of {@code w} x {@code h} into its lower left corner
	 * (the scissor keeps the clear there). Its storage is made for {@code capacityW} x
	 * {@code capacityH}, the window's size, and made anew only when the window grows: a transition
	 * changes its scale from frame to frame, and new storage each time would cost a frame of its own.
	 */
	void bind(GL3 gl, int w, int h, int capacityW, int capacityH) {
		if (framebuffer == 0 || w > capacityWidth || h > capacityHeight) {
			dispose(gl);
			capacityWidth = Math.max(w, capacityW);
			capacityHeight = Math.max(h, capacityH);
			gl.glGenRenderbuffers(1, name, 0);
			colour = name[0];
			gl.glBindRenderbuffer(GL.GL_RENDERBUFFER, colour);
			gl.glRenderbufferStorage(GL.GL_RENDERBUFFER, GL.GL_RGBA8, capacityWidth, capacityHeight);
			gl.glGenRenderbuffers(1, name, 0);
			depth = name[0];
			gl.glBindRenderbuffer(GL.GL_RENDERBUFFER, depth);
			gl.glRenderbufferStorage(GL.GL_RENDERBUFFER, GL.GL_DEPTH_COMPONENT24, capacityWidth, capacityHeight);
			gl.glGenFramebuffers(1, name, 0);
			framebuffer = name[0];
			gl.glBindFramebuffer(GL.GL_FRAMEBUFFER, framebuffer);
			gl.glFramebufferRenderbuffer(GL.GL_FRAMEBUFFER, GL.GL_COLOR_ATTACHMENT0, GL.GL_RENDERBUFFER, colour);
			gl.glFramebufferRenderbuffer(GL.GL_FRAMEBUFFER, GL.GL_DEPTH_ATTACHMENT, GL.GL_RENDERBUFFER, depth);
		}
		width = w;
		height = h;
		gl.glBindFramebuffer(GL.GL_FRAMEBUFFER, framebuffer);
		gl.glScissor(0, 0, w, h);
		gl.glEnable(GL.GL_SCISSOR_TEST);
	}

	/** Stretches what was drawn over the window's framebuffer ({@code w} x {@code h}) and binds that again. */
	void stretchTo(GL3 gl, int windowFramebuffer, int w, int h) {
		gl.glDisable(GL.GL_SCISSOR_TEST);
		gl.glBindFramebuffer(GL3.GL_READ_FRAMEBUFFER, framebuffer);
		gl.glBindFramebuffer(GL3.GL_DRAW_FRAMEBUFFER, windowFramebuffer);
		gl.glBlitFramebuffer(0, 0, width, height, 0, 0, w, h, GL.GL_COLOR_BUFFER_BIT, GL.GL_LINEAR);
		gl.glBindFramebuffer(GL.GL_FRAMEBUFFER, windowFramebuffer);
		gl.glViewport(0, 0, w, h);
	}

	/**
	 * Makes the storage for a window of {@code w} x {@code h} and stretches a small empty frame over
	 * the window once, so that the first reduced frame of a transition pays neither: a software
	 * rasteriser (Mesa's llvmpipe) compiles its scaling blit on first use, about a third of a second.
	 * The caller draws its full frame over the window afterwards.
	 */
	void prepare(GL3 gl, int windowFramebuffer, int w, int h) {
		bind(gl, Math.max(1, w / 2), Math.max(1, h / 2), w, h);
		gl.glClearColor(0f, 0f, 0f, 1f);
		gl.glClear(GL.GL_COLOR_BUFFER_BIT);
		stretchTo(gl, windowFramebuffer, w, h);
	}

	void dispose(GL3 gl) {
		if (framebuffer != 0) {
			gl.glDeleteFramebuffers(1, new int[]{framebuffer}, 0);
			gl.glDeleteRenderbuffers(2, new int[]{colour, depth}, 0);
			framebuffer = 0;
			capacityWidth = 0;
			capacityHeight = 0;
		}
	}
}
