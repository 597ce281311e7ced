package org.bidbench.ui.internal.preferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bidbench.ifc.io.AtomicWrite;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The preference keys of the workbench, kept in the instance scope of {@code org.bidbench.ui} so
 * that every bundle reads them by name without depending on this one (for example
 * {@code Platform.getPreferencesService().getInt("org.bidbench.ui", "geometry.timeBudgetSeconds", 120, null)}).
 * The viewer keys are written here and read by the viewer when it adopts them.
 */
public final class BidBenchPreferences {

	public static final String QUALIFIER = "org.bidbench.ui";

	public static final String LANGUAGE = "language";
	public static final String LENGTH_UNIT = "units.length";
	public static final String QUANTITY_DECIMALS = "units.quantityDecimals";
	public static final String MONEY_DECIMALS = "units.moneyDecimals";
	public static final String RULE_PACK = "takeoff.defaultRulePack";
	public static final String GEOMETRY_ENGINE = "geometry.engine";
	public static final String GEOMETRY_TIME_BUDGET = "geometry.timeBudgetSeconds";
	public static final String REPORT_FONT = "reports.font";
	public static final String COMPANY_NAME = "reports.companyName";
	public static final String LETTERHEAD = "reports.letterhead";
	public static final String STORE_URL = "store.url";
	public static final String STORE_USER = "store.user";
	public static final String VIEWER_BACKGROUND = "viewer.background";
	public static final String VIEWER_ANTIALIASING = "viewer.antialiasing";
	public static final String VIEWER_LOD_TOLERANCE = "viewer.lodTolerancePixels";
	public static final String VIEWER_WALK_SPEED = "viewer.walkSpeed";

	/** The language the launcher applies when no {@code -nl} is given: empty for the OS locale. */
	public static final String SYSTEM_LANGUAGE = "";

	private static ScopedPreferenceStore store;

	private BidBenchPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
		}
		return store;
	}

	/**
	 * The file the launcher ({@code bidbench}) reads at start when no {@code -nl} is on the command
	 * line: {@code $XDG_STATE_HOME/bidbench/language}, else {@code ~/.local/state/bidbench/language}.
	 * The system property {@code bidbench.state} overrides the folder (tests).
	 */
	public static Path languageFile() {
		String override = System.getProperty("bidbench.state");
		if (override != null && !override.isBlank()) {
			return Path.of(override, "language");
		}
		String xdg = System.getenv("XDG_STATE_HOME");
		Path state = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "state");
		return state.resolve("bidbench").resolve("language");
	}

	/** Writes (or, for the OS locale, removes) the launcher's language file: applied at the next start. */
	public static void writeLanguage(String locale) throws IOException {
		Path file = languageFile();
		if (locale == null || locale.isBlank()) {
			Files.deleteIfExists(file);
			return;
		}
		Files.createDirectories(file.getParent());
		// Through the one atomic write, so the launcher never reads half a line.
		AtomicWrite.write(file, (locale + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/** The language in the launcher's file, or {@link #SYSTEM_LANGUAGE} without one. */
	public static String readLanguage() {
		try {
			Path file = languageFile();
			return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : SYSTEM_LANGUAGE;
		} catch (IOException e) {
			return SYSTEM_LANGUAGE;
		}
	}
}
