package org.bidbench.ui.sales.internal.risks;

import org.eclipse.osgi.util.NLS;

/** The texts of the risk flags wherever they show (messages.properties, messages_zh.properties beside this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.bidbench.ui.sales.internal.risks.messages"; //$NON-NLS-1$

	public static String Flags_summary;
	public static String Flags_summaryNone;
	public static String Flags_kind;
	public static String Flags_opportunity;
	public static String Flags_message;
	public static String Flags_owner;
	public static String Flags_nextStep;
	public static String Flags_status;
	public static String Flags_new;
	public static String Flags_acknowledged;
	public static String Flags_acknowledge;
	public static String Flags_acknowledgeTitle;
	public static String Flags_acknowledgeComment;
	public static String Flags_commentMissing;
	public static String Flags_acknowledgeUndo;
	public static String Flags_showAcknowledged;
	public static String Flags_nobody;
	public static String Flags_refused;
	public static String Flags_deadlinesTitle;

	public static String Risk_overdue_gate;
	public static String Risk_stalled_stage;
	public static String Risk_margin_below_floor;
	public static String Risk_overdue_collection;
	public static String Risk_no_decision_maker;
	public static String Risk_no_recent_activity;
	public static String Risk_late_competitor;
	public static String Risk_many_quote_revisions;
	public static String RiskText_overdue_gate;
	public static String RiskText_stalled_stage;
	public static String RiskText_margin_below_floor;
	public static String RiskText_overdue_collection;
	public static String RiskText_no_decision_maker;
	public static String RiskText_no_recent_activity;
	public static String RiskText_late_competitor;
	public static String RiskText_many_quote_revisions;
	public static String RiskNext_overdue_gate;
	public static String RiskNext_stalled_stage;
	public static String RiskNext_margin_below_floor;
	public static String RiskNext_overdue_collection;
	public static String RiskNext_no_decision_maker;
	public static String RiskNext_no_recent_activity;
	public static String RiskNext_late_competitor;
	public static String RiskNext_many_quote_revisions;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
