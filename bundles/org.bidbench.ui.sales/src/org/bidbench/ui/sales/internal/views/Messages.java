package org.bidbench.ui.sales.internal.views;

import org.eclipse.osgi.util.NLS;

/** The texts of the board, deadlines and approvals views (messages.properties, messages_zh.properties beside this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.bidbench.ui.sales.internal.views.messages"; //$NON-NLS-1$

	public static String Gate_requirements;
	public static String Gate_solution;
	public static String Gate_quoteReleased;
	public static String Gate_bid;
	public static String Gate_contract;
	public static String Role_salesLead;
	public static String Role_technicalLead;
	public static String Role_commercialLead;
	public static String Role_finance;
	public static String Role_projectManager;
	public static String Role_salesManager;
	public static String Role_executive;
	public static String Responsible_nobody;
	public static String Responsible_holder;
	public static String Time_overdueBy;
	public static String Time_left;
	public static String Time_days;
	public static String Time_daysHours;
	public static String Time_hours;
	public static String Time_hoursMinutes;
	public static String Time_minutes;
	public static String Refusal_heading;
	public static String Refusal_gate;
	public static String Refusal_responsible;
	public static String Refusal_toDo;
	public static String Refusal_toDoReviewed;
	public static String Refusal_toDoSubmit;
	public static String Refusal_toDoQuote;
	public static String Refusal_toDoContract;
	public static String Refusal_clockStartsAtVisit;
	public static String Board_moveCommand;
	public static String Board_closeLostCommand;
	public static String Board_refusedTitle;
	public static String Board_noData;
	public static String Board_summary;
	public static String Board_columnHeader;
	public static String Board_lostColumn;
	public static String Board_lostHint;
	public static String Board_won;
	public static String Board_overdue;
	public static String Board_overdueSince;
	public static String Board_cardKeys;
	public static String Board_moveTo;
	public static String Board_closeLostMenu;
	public static String CloseLost_title;
	public static String CloseLost_heading;
	public static String CloseLost_message;
	public static String CloseLost_reason;
	public static String CloseLost_competitor;
	public static String CloseLost_ok;
	public static String CloseLost_reasonNeeded;
	public static String Due_followUp;
	public static String Due_milestone;
	public static String Due_anchorFirstVisit;
	public static String Due_anchorStageEntered;
	public static String Due_anchorCreated;
	public static String Due_anchorFirstQuote;
	public static String Due_clockNotStarted;
	public static String Due_clock;
	public static String Deadlines_mine;
	public static String Deadlines_team;
	public static String Deadlines_timeLeft;
	public static String Deadlines_what;
	public static String Deadlines_opportunity;
	public static String Deadlines_responsible;
	public static String Deadlines_due;
	public static String Deadlines_clock;
	public static String Deadlines_notStarted;
	public static String Deadlines_nobody;
	public static String Deadlines_summary;
	public static String Watch_job;
	public static String Watch_dueSoonTitle;
	public static String Watch_overdueTitle;
	public static String Watch_more;
	public static String Inbox_refusedTitle;
	public static String Inbox_item;
	public static String Inbox_opportunity;
	public static String Inbox_asked;
	public static String Inbox_lines;
	public static String Inbox_amount;
	public static String Inbox_margin;
	public static String Inbox_quoteItem;
	public static String Inbox_deliverableItem;
	public static String Inbox_review;
	public static String Inbox_after;
	public static String Inbox_allLines;
	public static String Inbox_changedLines;
	public static String Inbox_marginHidden;
	public static String Inbox_marginFloor;
	public static String Inbox_technicalReview;
	public static String Inbox_costEstimate;
	public static String Inbox_discountApproval;
	public static String Inbox_submittedBy;
	public static String Inbox_file;
	public static String Inbox_revisionOf;
	public static String Inbox_changedHeading;
	public static String Inbox_askedHeading;
	public static String Inbox_carriedHeading;
	public static String Inbox_marginTotal;
	public static String Inbox_belowFloor;
	public static String Inbox_marginHiddenLong;
	public static String Inbox_discount;
	public static String Inbox_lineMargin;
	public static String Inbox_lineBelowFloor;
	public static String Inbox_summary;
	public static String Inbox_select;
	public static String Inbox_approve;
	public static String Inbox_reject;
	public static String Inbox_accept;
	public static String Inbox_return;
	public static String Inbox_approveCommand;
	public static String Inbox_rejectCommand;
	public static String Inbox_acceptCommand;
	public static String Inbox_returnCommand;
	public static String Verdict_approveTitle;
	public static String Verdict_rejectTitle;
	public static String Verdict_approveHeading;
	public static String Verdict_rejectHeading;
	public static String Verdict_approveMessage;
	public static String Verdict_rejectMessage;
	public static String Board_cardWin;
	public static String Watch_bothTitle;
	public static String Watch_item;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
