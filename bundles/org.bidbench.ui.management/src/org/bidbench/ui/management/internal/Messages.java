package org.bidbench.ui.management.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the management cockpit (messages.properties, messages_zh.properties beside this class). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.bidbench.ui.management.internal.messages";

	public static String Cockpit_loading;
	public static String Cockpit_noSalesData;
	public static String Cockpit_noData;
	public static String Cockpit_loadFailed;
	public static String Dashboard_period;
	public static String Dashboard_split;
	public static String Dashboard_splitNone;
	public static String Dashboard_splitRegion;
	public static String Dashboard_splitTeam;
	public static String Dashboard_splitPerson;
	public static String Dashboard_badPeriod;
	public static String Dashboard_kpi;
	public static String Dashboard_all;
	public static String Dashboard_previous;
	public static String Dashboard_change;
	public static String Dashboard_target;
	public static String Dashboard_summary;
	public static String Dashboard_trendTitle;
	public static String Dashboard_ratiosTitle;
	public static String Dashboard_hint;
	public static String Dashboard_openFlags;
	public static String Dashboard_days;
	public static String DrillDown_title;
	public static String DrillDown_opportunity;
	public static String DrillDown_customer;
	public static String DrillDown_stage;
	public static String DrillDown_what;
	public static String DrillDown_empty;
	public static String Forecast_summary;
	public static String Forecast_id;
	public static String Forecast_opportunity;
	public static String Forecast_stage;
	public static String Forecast_baseline;
	public static String Forecast_probability;
	public static String Forecast_category;
	public static String Forecast_amount;
	public static String Forecast_weighted;
	public static String Forecast_close;
	public static String Forecast_owner;
	public static String Forecast_factors;
	public static String Forecast_factorSeparator;
	public static String Forecast_byMonthTitle;
	public static String Forecast_setCategory;
	public static String Forecast_categoryCommit;
	public static String Forecast_categoryBestCase;
	public static String Forecast_categoryPipeline;
	public static String Forecast_categorySuggested;
	public static String Forecast_million;
	public static String Collections_summary;
	public static String Collections_region;
	public static String Collections_customer;
	public static String Collections_current;
	public static String Collections_total;
	public static String Collections_overdueTitle;
	public static String Collections_milestone;
	public static String Collections_outstanding;
	public static String Collections_due;
	public static String Collections_daysOverdue;
	public static String Collections_responsible;
	public static String Collections_cashTitle;
	public static String Collections_collected;
	public static String Collections_expected;
	public static String Collections_cumulative;
	public static String Collections_byCustomer;
	public static String Kpi_bookings;
	public static String Kpi_revenue;
	public static String Kpi_collection_rate;
	public static String Kpi_dso;
	public static String Kpi_win_rate;
	public static String Kpi_cycle_time;
	public static String Kpi_project_margin;
	public static String Kpi_retention;
	public static String Kpi_nps;
	public static String Kpi_gate_compliance;
	public static String Kpi_post_award_change_rate;
	public static String Kpi_daysIn;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
