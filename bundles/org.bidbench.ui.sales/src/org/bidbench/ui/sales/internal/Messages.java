package org.bidbench.ui.sales.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the Sales perspective (messages.properties, messages_zh.properties beside this class). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.bidbench.ui.sales.internal.messages";

    public static String SalesSession_noSalesData;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
