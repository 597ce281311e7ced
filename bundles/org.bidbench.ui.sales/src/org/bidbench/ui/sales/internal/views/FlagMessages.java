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

    static {
        NLS.initializeMessages(BUNDLE_NAME, FlagMessages.class);
    }

    private FlagMessages() {
    }
}
