package org.bidbench.ui.internal.preferences;

import static org.bidbench.ui.internal.preferences.BidBenchPreferences.*;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

/** The defaults: what BidBench does when the user has chosen nothing. */
public class PreferenceDefaults extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		// Through the store's default scope: the same node, without the OSGi preferences API.
		IPreferenceStore defaults = store();
		defaults.setDefault(LANGUAGE, SYSTEM_LANGUAGE);
		defaults.setDefault(LENGTH_UNIT, "m");
		defaults.setDefault(QUANTITY_DECIMALS, 2);
		defaults.setDefault(MONEY_DECIMALS, 2);
		defaults.setDefault(RULE_PACK, "general-building");
		defaults.setDefault(GEOMETRY_ENGINE, "");
		defaults.setDefault(GEOMETRY_TIME_BUDGET, 120);
		// The CJK font the reports embed (Debian fonts-noto-cjk): Latin and Chinese in one face.
		defaults.setDefault(REPORT_FONT, "Noto Sans CJK SC");
		defaults.setDefault(COMPANY_NAME, "");
		defaults.setDefault(LETTERHEAD, "");
		defaults.setDefault(STORE_URL, "");
		defaults.setDefault(STORE_USER, "");
		defaults.setDefault(VIEWER_BACKGROUND, "242,244,247");
		defaults.setDefault(VIEWER_ANTIALIASING, true);
		defaults.setDefault(VIEWER_LOD_TOLERANCE, "1");
		defaults.setDefault(VIEWER_WALK_SPEED, "1.4");
	}
}
