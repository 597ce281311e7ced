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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
