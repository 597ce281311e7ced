package org.bidbench.ui.bim.internal;

import org.bidbench.viewer.ViewerCanvas;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The 3D viewer's preferences (Window > Preferences > BidBench > 3D Viewer, kept by
 * {@code org.bidbench.ui} under {@code viewer.*}) applied to a model editor's view, again whenever
 * one changes. Anti-aliasing is chosen when the view is made: it applies to models opened after.
 */
final class ViewerPreferences implements IEclipsePreferences.IPreferenceChangeListener {

	static final String QUALIFIER = "org.bidbench.ui";
	static final String BACKGROUND = "viewer.background";
	static final String ANTIALIASING = "viewer.antialiasing";
	static final String LOD_TOLERANCE = "viewer.lodTolerancePixels";
	static final String WALK_SPEED = "viewer.walkSpeed";
	/** The multisamples an anti-aliased view asks for. */
	static final int SAMPLES = 4;
	/**
	 * How long one key press walks, in seconds: the preference is a speed (m/s) and the view moves a
	 * step per press; at the default 1.4 m/s a step is about the 0.5 m the view had before.
	 */
	static final double SECONDS_PER_STEP = 0.35;

	private final ViewerCanvas viewer;

	private ViewerPreferences(ViewerCanvas viewer) {
		this.viewer = viewer;
	}

	/** The samples a new view asks for: {@link #SAMPLES} with anti-aliasing on, else 0. */
	static int samples() {
		return Platform.getPreferencesService().getBoolean(QUALIFIER, ANTIALIASING, true, null) ? SAMPLES : 0;
	}

	/** Applies the preferences now and follows their changes until the view is disposed. */
	static void follow(ViewerCanvas viewer) {
		ViewerPreferences follower = new ViewerPreferences(viewer);
		follower.apply();
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
		node.addPreferenceChangeListener(follower);
		viewer.addDisposeListener(e -> node.removePreferenceChangeListener(follower));
	}

	@Override
	public void preferenceChange(IEclipsePreferences.PreferenceChangeEvent event) {
		if (event.getKey().startsWith("viewer.") && !viewer.isDisposed()) {
			viewer.getDisplay().asyncExec(() -> {
				if (!viewer.isDisposed()) {
					apply();
				}
			});
		}
	}

	void apply() {
		float[] rgb = rgb(text(BACKGROUND, "242,244,247"));
		viewer.renderer().setBackground(rgb[0], rgb[1], rgb[2]);
		viewer.renderer().setSimplification((float) number(LOD_TOLERANCE, 1, 0, 20));
		viewer.setWalkSpeed(number(WALK_SPEED, 1.4, 0.1, 20) * SECONDS_PER_STEP);
		viewer.requestRedraw();
	}

	private static String text(String key, String fallback) {
		return Platform.getPreferencesService().getString(QUALIFIER, key, fallback, null);
	}

	/** A decimal preference within its range; the fallback when it is not a number there. */
	private static double number(String key, double fallback, double min, double max) {
		try {
			double value = Double.parseDouble(text(key, Double.toString(fallback)).strip());
			return value >= min && value <= max ? value : fallback;
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	/** "r,g,b" as the colour field editor keeps it, in 0..1; the default grey when unreadable. */
	static float[] rgb(String value) {
		String[] parts = value.split(",");
		try {
			if (parts.length == 3) {
				return new float[]{Integer.parseInt(parts[0].strip()) / 255f, Integer.parseInt(parts[1].strip()) / 255f,
						Integer.parseInt(parts[2].strip()) / 255f};
			}
		} catch (NumberFormatException e) {
			// the default below
		}
		return new float[]{242 / 255f, 244 / 255f, 247 / 255f};
	}
}
