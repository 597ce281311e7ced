package org.bidbench.sales.core.risk;

/**
 * When a situation becomes a risk flag.
 *
 * @param stalledAfterDays         a stage unchanged for longer is stalled
 * @param noActivityDays           an open opportunity without any activity for longer is flagged
 * @param maxQuoteRevisions        more revisions than this is flagged
 * @param lateCompetitorFromStage  a competitor first seen once the opportunity had reached this
 *                                 stage (by id) or a later one came in late
 */
public record RiskThresholds(int stalledAfterDays, int noActivityDays, int maxQuoteRevisions, String lateCompetitorFromStage) {

	public static final RiskThresholds DEFAULT = new RiskThresholds(45, 30, 3, "stage-quote");
}
