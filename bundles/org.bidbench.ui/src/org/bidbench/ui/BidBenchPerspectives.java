package org.bidbench.ui;

/**
 * Identifiers of the three BidBench perspectives, for bundles that open or extend them.
 */
public final class BidBenchPerspectives {

	/** Customers, opportunities, stage gates and quotes. Contributed by {@code org.bidbench.ui.sales}. */
	public static final String SALES = "org.bidbench.ui.perspectives.sales";

	/** Model viewer, model tree, properties and take-off. Contributed by {@code org.bidbench.ui.bim}. */
	public static final String PRESALES_BIM = "org.bidbench.ui.perspectives.bim";

	/** Dashboard of KPIs, forecast, collections and risk flags. Contributed by {@code org.bidbench.ui.management}. */
	public static final String MANAGEMENT = "org.bidbench.ui.perspectives.management";

	/** The view every perspective shows first: what BidBench is and where to start. */
	public static final String WELCOME_VIEW = "org.bidbench.ui.views.welcome";

	private BidBenchPerspectives() {
	}
}
