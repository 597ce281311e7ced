package org.bidbench.viewer.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;

import org.bidbench.jogl.JoglRuntime;
import org.junit.jupiter.api.Test;

import com.jogamp.common.nio.Buffers;
import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL2;
import com.jogamp.opengl.GLAutoDrawable;
import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLEventListener;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import com.jogamp.opengl.GLProfile;

/**
 * Proof that JOGL and its natives load from our one JOGL bundle inside OSGi and render into a
 * framebuffer object: a triangle is drawn offscreen and its colour is read back. Needs an X display
 * (xvfb-run) with Mesa.
 */
class JoglOffscreenProofTest {

	private static final int SIZE = 64;

	@Test
	void triangleColourIsReadBackFromTheFramebufferObject() {
		JoglRuntime.initialise();
		GLProfile profile = GLProfile.get(GLProfile.GL2);
		GLCapabilities capabilities = new GLCapabilities(profile);
		capabilities.setOnscreen(false);
		capabilities.setFBO(true);
		GLOffscreenAutoDrawable drawable = GLDrawableFactory.getFactory(profile).createOffscreenAutoDrawable(null, capabilities, null,
				SIZE, SIZE);
		byte[] centre = new byte[4];
		byte[] corner = new byte[4];
		String[] renderer = new String[1];
		drawable.addGLEventListener(new GLEventListener() {
			@Override
			public void init(GLAutoDrawable d) {
			}

			@Override
			public void display(GLAutoDrawable d) {
				GL2 gl = d.getGL().getGL2();
				renderer[0] = gl.glGetString(GL.GL_RENDERER) + " / OpenGL " + gl.glGetString(GL.GL_VERSION);
				gl.glViewport(0, 0, SIZE, SIZE);
				gl.glClearColor(0f, 0f, 0f, 1f);
				gl.glClear(GL.GL_COLOR_BUFFER_BIT);
				gl.glBegin(GL.GL_TRIANGLES);
				gl.glColor3f(1f, 0.5f, 0f);
				gl.glVertex2f(-0.8f, -0.8f);
				gl.glVertex2f(0.8f, -0.8f);
				gl.glVertex2f(0f, 0.8f);
				gl.glEnd();
				gl.glFinish();
				read(gl, SIZE / 2, SIZE / 2, centre);
				read(gl, 2, SIZE - 3, corner);
			}

			@Override
			public void reshape(GLAutoDrawable d, int x, int y, int width, int height) {
			}

			@Override
			public void dispose(GLAutoDrawable d) {
			}
		});
		try {
			drawable.display();
		} finally {
			drawable.destroy();
		}
		System.out.println("JOGL offscreen proof rendered with " + renderer[0]);
		assertTrue(renderer[0] != null && renderer[0].contains("OpenGL"), "the display callback ran");
		assertColour(new int[]{255, 128, 0}, centre, "centre pixel is the triangle's orange");
		assertColour(new int[]{0, 0, 0}, corner, "top-left corner is the black background");
	}

	private static void read(GL gl, int x, int y, byte[] into) {
		ByteBuffer pixel = Buffers.newDirectByteBuffer(4);
		gl.glReadPixels(x, y, 1, 1, GL.GL_RGBA, GL.GL_UNSIGNED_BYTE, pixel);
		pixel.get(into);
	}

	private static void assertColour(int[] expected, byte[] actual, String message) {
		int[] rgb = {actual[0] & 0xff, actual[1] & 0xff, actual[2] & 0xff};
		for (int i = 0; i < 3; i++) {
			if (Math.abs(rgb[i] - expected[i]) > 2) {
				assertArrayEquals(expected, rgb, message);
			}
		}
	}
}
