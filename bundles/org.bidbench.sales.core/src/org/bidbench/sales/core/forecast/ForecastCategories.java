package org.bidbench.sales.core.forecast;

import org.bidbench.sales.model.ForecastCategory;
import org.bidbench.sales.model.Opportunity;

/**
 * The forecast category of an opportunity: the one a person set, else the one its win
 * probability suggests ({@value #COMMIT_FROM} % and above commit, {@value #BEST_CASE_FROM} %
 * and above best case, below that pipeline).
 */
public final class ForecastCategories {

	public static final int COMMIT_FROM = 70;
	public static final int BEST_CASE_FROM = 40;

	private ForecastCategories() {
	}

	/** The category the opportunity counts in, given its win probability (0..1). */
	public static ForecastCategory of(Opportunity opportunity, double probability) {
		if (opportunity.isSetForecastCategory()) {
			return opportunity.getForecastCategory();
		}
		return suggested(probability);
	}

	/** The category a probability suggests when nobody set one. */
	public static ForecastCategory suggested(double probability) {
		double percent = probability * 100;
		return percent >= COMMIT_FROM
				? ForecastCategory.COMMIT
				: percent >= BEST_CASE_FROM ? ForecastCategory.BEST_CASE : ForecastCategory.PIPELINE;
	}

	/** Whether a person set the category (rather than it following from the probability). */
	public static boolean isSet(Opportunity opportunity) {
		return opportunity.isSetForecastCategory();
	}

	/**
	 * Sets the category a person chose; {@code null} goes back to the suggested one. Run it through
	 * the caller's command stack (the workbench's session) so it can be undone.
	 */
	public static void set(Opportunity opportunity, ForecastCategory category) {
		if (category == null) {
			opportunity.unsetForecastCategory();
		} else {
			opportunity.setForecastCategory(category);
		}
	}

	/** Reads {@code commit}, {@code best-case} / {@code best case} or {@code pipeline}. */
	public static ForecastCategory parse(String text) {
		String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace('-', ' ').replace('_', ' ');
		ForecastCategory c = ForecastCategory.get(t);
		if (c == null) {
			throw new IllegalArgumentException("Not a forecast category: '" + text + "'; use commit, best-case or pipeline");
		}
		return c;
	}
}
