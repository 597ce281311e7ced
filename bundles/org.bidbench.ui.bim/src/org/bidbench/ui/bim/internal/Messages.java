package org.bidbench.ui.bim.internal;

import org.eclipse.osgi.util.NLS;

/** The strings of the presales BIM views a user sees, in messages.properties and messages_zh.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.bidbench.ui.bim.internal.messages";

	public static String Takeoff_pack;
	public static String Takeoff_run;
	public static String Takeoff_runTip;
	public static String Takeoff_export;
	public static String Takeoff_exportTip;
	public static String Takeoff_colour;
	public static String Takeoff_colourTip;
	public static String Takeoff_colItem;
	public static String Takeoff_colCharacteristics;
	public static String Takeoff_colGroup;
	public static String Takeoff_colQuantity;
	public static String Takeoff_colUnit;
	public static String Takeoff_colSource;
	public static String Takeoff_colElements;
	public static String Takeoff_colFlags;
	public static String Takeoff_noValue;
	public static String Takeoff_flagKind;
	public static String Takeoff_flagKindSourceMismatch;
	public static String Takeoff_flagKindDoubleCount;
	public static String Takeoff_flagKindUnmatched;
	public static String Takeoff_flagKindMissingQuantity;
	public static String Takeoff_flagKindUnitSuspicious;
	public static String Takeoff_flagKindTimeBudget;
	public static String Takeoff_flagElement;
	public static String Takeoff_flagMessage;
	public static String Takeoff_summary;
	public static String Takeoff_noValueNote;
	public static String Takeoff_noPack;
	public static String Takeoff_packNotLoaded;
	public static String Takeoff_openModel;
	public static String Takeoff_stillReading;
	public static String Takeoff_job;
	public static String Takeoff_reusedMeshes;
	public static String Takeoff_cancelled;
	public static String Takeoff_failed;
	public static String Takeoff_measuring;
	public static String Takeoff_waiting;
	public static String Takeoff_tessellating;
	public static String Takeoff_applying;
	public static String Takeoff_modelClosed;
	public static String Takeoff_lineSelected;
	public static String Takeoff_oneLine;
	public static String Takeoff_lines;
	public static String Takeoff_elementFeeds;
	public static String Takeoff_elementsFeed;
	public static String Takeoff_exportTitle;
	public static String Takeoff_filterXlsx;
	public static String Takeoff_filterCsv;
	public static String Takeoff_filterJson;
	public static String Takeoff_exported;
	public static String Takeoff_cannotWrite;
	public static String Takeoff_linesColoured;
	public static String Takeoff_what;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The worded name of a take-off flag kind, in the workbench's language. */
	public static String flagKind(org.bidbench.qto.FlagKind kind) {
		return switch (kind) {
			case SOURCE_MISMATCH -> Takeoff_flagKindSourceMismatch;
			case DOUBLE_COUNT -> Takeoff_flagKindDoubleCount;
			case UNMATCHED -> Takeoff_flagKindUnmatched;
			case MISSING_QUANTITY -> Takeoff_flagKindMissingQuantity;
			case UNIT_SUSPICIOUS -> Takeoff_flagKindUnitSuspicious;
			case TIME_BUDGET -> Takeoff_flagKindTimeBudget;
		};
	}
}
