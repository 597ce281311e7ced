package org.bidbench.ui.management;

/** Identifiers of the management cockpit's perspective and views, for bundles that open them. */
public final class ManagementViews {

	public static final String PERSPECTIVE = "org.bidbench.ui.perspectives.management";
	/** KPIs of a period against the previous period and target, split by region, team or person. */
	public static final String DASHBOARD = "org.bidbench.ui.management.views.dashboard";
	/** The weighted pipeline, win probabilities with their factors, forecast categories. */
	public static final String FORECAST = "org.bidbench.ui.management.views.forecast";
	/** Receivables ageing, overdue milestones, the cash-flow curve. */
	public static final String COLLECTIONS = "org.bidbench.ui.management.views.collections";
	/** Risk flags with owner and next step; acknowledge with a comment. */
	public static final String FLAGS = "org.bidbench.ui.management.views.flags";
	/** The opportunities behind a figure of the dashboard. */
	public static final String DRILL_DOWN = "org.bidbench.ui.management.views.drilldown";

	private ManagementViews() {
	}
}
