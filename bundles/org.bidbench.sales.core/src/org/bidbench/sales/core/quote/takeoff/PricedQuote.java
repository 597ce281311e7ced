package org.bidbench.sales.core.quote.takeoff;

import java.util.List;

import org.bidbench.sales.core.quote.LineDifference;
import org.bidbench.sales.model.Quote;

/**
 * The outcome of pricing a take-off: the new quote revision, or the lines that block it.
 *
 * @param quote   the new revision; null when blocked
 * @param missing lines without a price; empty when the quote was made
 * @param changes for a re-quote, each line against the previous revision; empty for a first quote
 */
public record PricedQuote(Quote quote, List<MissingPrice> missing, List<LineDifference> changes) {

	public PricedQuote {
		missing = List.copyOf(missing);
		changes = List.copyOf(changes);
	}

	public boolean isBlocked() {
		return !missing.isEmpty();
	}
}
