package org.bidbench.jogl;

import com.jogamp.opengl.GLProfile;

/**
 * Starts JOGL inside OSGi. GlueGen normally extracts its natives from "-natives-" jars next to its
 * own jar through a temporary jar cache; inside this bundle there are no such jars, and the natives
 * are declared in {@code Bundle-NativeCode} instead. Turning the cache off makes GlueGen call
 * {@code System.loadLibrary}, which Equinox answers from the bundle.
 */
public final class JoglRuntime {

	private static volatile boolean initialised;

	private JoglRuntime() {
	}

	/** Loads the natives and probes the OpenGL profiles once; later calls return at once. */
	public static void initialise() {
		if (initialised) {
			return;
		}
		synchronized (JoglRuntime.class) {
			if (!initialised) {
				System.setProperty("jogamp.gluegen.UseTempJarCache", "false");
				GLProfile.initSingleton();
				initialised = true;
			}
		}
	}
}
