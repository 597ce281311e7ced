package org.bidbench.ui.sales.internal.store;

import org.eclipse.osgi.util.NLS;

/** The texts of the team store in the workbench (messages.properties, messages_zh.properties beside this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.bidbench.ui.sales.internal.store.messages";

	public static String SalesSession_readOnlyCopy;
	public static String ConnectDialog_title;
	public static String ConnectDialog_message;
	public static String ConnectDialog_url;
	public static String ConnectDialog_user;
	public static String ConnectDialog_password;
	public static String ConnectDialog_badUrl;
	public static String Connect_connecting;
	public static String Connect_unreachableTitle;
	public static String Connect_unreachable;
	public static String Connect_openCopy;
	public static String Connect_retry;
	public static String Connect_noCopy;
	public static String Connect_failedTitle;
	public static String Connect_connected;
	public static String StoreSave_conflictTitle;
	public static String StoreSave_conflict;
	public static String StoreSave_keepMine;
	public static String StoreSave_takeTheirs;
	public static String StoreSave_wholeRecord;
	public static String StoreSave_unset;
	public static String StoreSave_lostTitle;
	public static String StoreSave_lost;
	public static String StoreSave_retry;
	public static String StoreSave_later;
	public static String StoreSave_failed;
	public static String StoreSave_readOnly;
	public static String Disconnect_title;
	public static String Disconnect_unsaved;
	public static String Disconnect_save;
	public static String Disconnect_discard;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
