package org.bidbench.sales.core.forecast;

import java.util.List;
import java.util.Locale;

import org.bidbench.sales.core.wording.Wording;
import org.bidbench.sales.model.Opportunity;

/**
 * The win probability of an open opportunity and why.
 *
 * @param stageBaseline the historical win rate of opportunities that reached the opportunity's
 *                      stage (or the stage's default probability when too few closed there)
 * @param probability   the baseline moved by the factors, at most
 *                      {@link WinProbabilityModel#MAX_FACTOR_SHIFT} in log-odds either way
 * @param fromModel     false when there were too few closed opportunities and the stage default
 *                      was used; {@link #note()} says so
 * @param basis         what the probability is based on, in words
 * @param factors       strongest first; empty for the stage default. Their contributions add up
 *                      to the shift applied to the baseline's log-odds
 */
public record WinForecast(Opportunity opportunity, double stageBaseline, double probability, boolean fromModel, Wording basis,
		List<WinFactor> factors) {

	/** What the probability is based on (or why only the stage default), in English. */
	public String note() {
		return basis == null ? null : basis.toString();
	}

	/** What the probability is based on, in {@code locale}'s language. */
	public String note(Locale locale) {
		return basis == null ? null : basis.in(locale);
	}

	/** The factors in words, strongest first, e.g. "3 competitor(s) lowered the odds (-0.42 log-odds)". */
	public List<String> explanation() {
		return factors.stream().map(WinFactor::describe).toList();
	}

	/** The factors in words in {@code locale}'s language, strongest first. */
	public List<String> explanation(Locale locale) {
		return factors.stream().map(f -> f.describe(locale)).toList();
	}
}
