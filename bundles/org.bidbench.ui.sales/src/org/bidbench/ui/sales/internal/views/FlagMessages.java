package org.bidbench.ui.sales.internal.views;

import org.eclipse.osgi.util.NLS;

/** The texts of the flag acknowledgement dialog (flagmessages.properties, flagmessages_zh.properties beside this class). */
public final class FlagMessages extends NLS {

	private static final String BUNDLE_NAME = "org.bidbench.ui.sales.internal.views.flagmessages"; //$NON-NLS-1$

	public static String FlagAck_title;
	public static String FlagAck_heading;
	public static String FlagAck_message;
	public static String FlagAck_severity;
	public static String FlagAck_kind;
	public static String FlagAck_line;
	public static String FlagAck_element;
	public static String FlagAck_what;
	public static String FlagAck_error;
	public static String FlagAck_warning;
	public static String FlagAck_noLine;
	public static String FlagAck_comment;
	public static String FlagAck_ok;
	public static String FlagAck_errorsLeft;
	public static String FlagAck_commentNeeded;
	public static String FlagAck_kindSourceMismatch;
	public static String FlagAck_kindDoubleCount;
	public static String FlagAck_kindUnmatched;
	public static String FlagAck_kindMissingQuantity;
	public static String FlagAck_kindUnitSuspicious;
	public static String FlagAck_kindTimeBudget;

	static {
		NLS.initializeMessages(BUNDLE_NAME, FlagMessages.class);
	}

	private FlagMessages() {
	}

	/**
	 * The worded name of a take-off flag kind as stored on a quote (e.g. {@code missing-quantity}),
	 * or the stored name itself for a kind this version does not know.
	 */
	public static String kindText(String kind) {
		if (kind == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (kind) {
			case "source-mismatch" -> FlagAck_kindSourceMismatch; //$NON-NLS-1$
			case "double-count" -> FlagAck_kindDoubleCount; //$NON-NLS-1$
			case "unmatched" -> FlagAck_kindUnmatched; //$NON-NLS-1$
			case "missing-quantity" -> FlagAck_kindMissingQuantity; //$NON-NLS-1$
			case "unit-suspicious" -> FlagAck_kindUnitSuspicious; //$NON-NLS-1$
			case "time-budget" -> FlagAck_kindTimeBudget; //$NON-NLS-1$
			default -> kind;
		};
	}
}
