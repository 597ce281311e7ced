package org.bidbench.ui.bim.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the take-off view's revision comparison (revisionmessages.properties, revisionmessages_zh.properties). */
public final class RevisionMessages extends NLS {

	private static final String BUNDLE_NAME = "org.bidbench.ui.bim.internal.revisionmessages"; //$NON-NLS-1$

	public static String Revision_button;
	public static String Revision_buttonTip;
	public static String Revision_chooseOld;
	public static String Revision_job;
	public static String Revision_measuring;
	public static String Revision_failed;
	public static String Revision_title;
	public static String Revision_heading;
	public static String Revision_counts;
	public static String Revision_nothingDoubtful;
	public static String Revision_confirmHint;
	public static String Revision_class;
	public static String Revision_name;
	public static String Revision_old;
	public static String Revision_new;
	public static String Revision_confidence;
	public static String Revision_evidence;
	public static String Revision_confirm;
	public static String Revision_saveFailed;
	public static String Revision_saved;
	public static String Revision_noFile;

	static {
		NLS.initializeMessages(BUNDLE_NAME, RevisionMessages.class);
	}

	private RevisionMessages() {
	}
}
