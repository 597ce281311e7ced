package org.bidbench.ui.bim.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The strings of the model tree, the properties view, opening models, element links and the load
 * job, in views.properties and views_zh.properties.
 */
public final class ViewMessages extends NLS {

	private static final String BUNDLE_NAME = "org.bidbench.ui.bim.internal.views";

	public static String treeSearch;
	public static String treeByClass;
	public static String treeByClassTip;
	public static String treeNoModel;
	public static String treeReading;
	public static String treeSummary;
	public static String treeNoType;
	public static String propsSelect;
	public static String propsCopy;
	public static String propsProperty;
	public static String propsValue;
	public static String propsAttributes;
	public static String propsClass;
	public static String propsStorey;
	public static String propsType;
	public static String propsQuantities;
	public static String propsValues;
	public static String propsFromType;
	public static String propsMaterials;
	public static String propsClassifications;
	public static String openDialogTitle;
	public static String openFilterModels;
	public static String openFilterAll;
	public static String openErrorTitle;
	public static String openNotAFile;
	public static String openCannot;
	public static String openNoPerspective;
	public static String linkShowElementTitle;
	public static String linkDialogTitle;
	public static String linkPrompt;
	public static String linkEmpty;
	public static String linkInvalid;
	public static String linkNoModel;
	public static String linkCannotOpen;
	public static String inboxTitle;
	public static String inboxStale;
	public static String inboxBad;
	public static String inboxNoWindow;
	public static String loadJob;
	public static String loadReading;
	public static String loadTessellating;
	public static String loadCancelled;
	public static String loadOmitted;
	public static String loadCannotOpen;
	public static String loadNo3d;
	public static String loadNoShape;
	public static String loadEngineStopped;
	public static String engineWarmUp;
	public static String severityError;
	public static String severityWarning;
	public static String severityInfo;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ViewMessages.class);
	}

	private ViewMessages() {
	}
}
