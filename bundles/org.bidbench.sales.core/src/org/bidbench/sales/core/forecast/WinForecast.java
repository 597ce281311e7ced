package org.bidbench.sales.core.forecast;

import java.util.List;

import org.bidbench.sales.model.Opportunity;

/**
 * The win probability of an open opportunity and why.
 *
 * @param fromModel false when there were too few closed opportunities and the stage default
 *                  was used; {@link #note()} says so
 * @param factors   strongest first; empty for the stage default
 */
public record WinForecast(Opportunity opportunity, double probability, boolean fromModel, String note,
        List<WinFactor> factors) {
}
