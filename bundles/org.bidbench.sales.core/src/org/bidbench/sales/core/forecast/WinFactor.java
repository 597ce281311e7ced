package org.bidbench.sales.core.forecast;

import java.util.Locale;

import org.bidbench.sales.core.wording.Wording;

/**
 * One factor of a win probability: its value for the opportunity and how much it moved the
 * log-odds away from the stage's historical win rate (positive raises the chance).
 *
 * @param id stable key of the factor, e.g. {@code competitors}
 */
public record WinFactor(String id, String name, double value, double contribution) {

	/** The factor in words, in English: what it is for this opportunity and which way it moved the odds. */
	public String describe() {
		return wording().toString();
	}

	/** The factor in words in {@code locale}'s language. */
	public String describe(Locale locale) {
		return wording().in(locale);
	}

	/** The factor in words: what it is for this opportunity and which way it moved the odds. */
	public Wording wording() {
		Wording what = switch (id) {
			case WinProbabilityModel.DAYS_IN_STAGE, WinProbabilityModel.DAYS_SINCE_ACTIVITY ->
				Wording.of("factor." + id, String.format(Locale.ROOT, "%.0f", Math.expm1(value)));
			case WinProbabilityModel.GATE_COMPLIANCE, WinProbabilityModel.TEAM_COMPLETENESS ->
				Wording.of("factor." + id, String.format(Locale.ROOT, "%.0f",
						id.equals(WinProbabilityModel.GATE_COMPLIANCE) ? value * 100 : value * 4));
			case WinProbabilityModel.QUOTE_REVISIONS, WinProbabilityModel.EARLIER_WINS, WinProbabilityModel.COMPETITORS ->
				Wording.of("factor." + id, String.format(Locale.ROOT, "%.0f", value));
			default -> Wording.of("factor.other", name, String.format(Locale.ROOT, "%.2f", value));
		};
		String direction = Math.abs(contribution) < 0.005 ? "factor.unmoved" : contribution > 0 ? "factor.raised" : "factor.lowered";
		return Wording.of(direction, what, String.format(Locale.ROOT, "%+.2f", contribution));
	}
}
