package org.bidbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the workbench shell (messages.properties, messages_zh.properties beside this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.bidbench.ui.internal.messages";

	public static String FailureGuard_title;
	public static String FailureGuard_outOfMemory;
	public static String FailureGuard_tooDeep;
	public static String FailureGuard_internal;
	public static String FailureGuard_workbench;

	public static String ActionBar_file;
	public static String ActionBar_edit;
	public static String ActionBar_window;
	public static String ActionBar_openPerspective;
	public static String ActionBar_showView;
	public static String ActionBar_help;
	public static String ActionBar_quit;
	public static String ActionBar_about;
	public static String ActionBar_preferences;
	public static String ActionBar_resetPerspective;
	public static String ActionBar_undo;
	public static String ActionBar_redo;

	public static String WelcomeView_title;
	public static String WelcomeView_intro;
	public static String WelcomeView_sales;
	public static String WelcomeView_salesDescription;
	public static String WelcomeView_presalesBim;
	public static String WelcomeView_presalesBimDescription;
	public static String WelcomeView_management;
	public static String WelcomeView_managementDescription;
	public static String WelcomeView_open;
	public static String WelcomeView_cannotOpen;

	public static String Preferences_generalDescription;
	public static String Preferences_language;
	public static String Preferences_languageSystem;
	public static String Preferences_languageNotSaved;
	public static String Preferences_lengthUnit;
	public static String Preferences_metres;
	public static String Preferences_millimetres;
	public static String Preferences_quantityDecimals;
	public static String Preferences_moneyDecimals;
	public static String Preferences_takeoffDescription;
	public static String Preferences_rulePack;
	public static String Preferences_geometryEngine;
	public static String Preferences_engineAutomatic;
	public static String Preferences_timeBudget;
	public static String Preferences_reportsDescription;
	public static String Preferences_reportFont;
	public static String Preferences_companyName;
	public static String Preferences_letterhead;
	public static String Preferences_storeDescription;
	public static String Preferences_storeUrl;
	public static String Preferences_storeUrlInvalid;
	public static String Preferences_storeUser;
	public static String Preferences_viewerDescription;
	public static String Preferences_background;
	public static String Preferences_antialiasing;
	public static String Preferences_lodTolerance;
	public static String Preferences_walkSpeed;
	public static String Preferences_decimalRange;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
