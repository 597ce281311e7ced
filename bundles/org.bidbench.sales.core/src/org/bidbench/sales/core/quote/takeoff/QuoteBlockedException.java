package org.bidbench.sales.core.quote.takeoff;

import java.util.List;
import java.util.stream.Collectors;

/** Pricing a take-off found lines without a price; no quote was made. */
public class QuoteBlockedException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<MissingPrice> missing;

	public QuoteBlockedException(String catalogName, List<MissingPrice> missing) {
		super(missing.size() + " take-off line(s) have no price in catalog '" + catalogName + "' (item codes "
				+ missing.stream().map(MissingPrice::itemCode).distinct().collect(Collectors.joining(", "))
				+ "): add them to the catalog or use another catalog. " + missing.get(0).message());
		this.missing = List.copyOf(missing);
	}

	public List<MissingPrice> missing() {
		return missing;
	}
}
