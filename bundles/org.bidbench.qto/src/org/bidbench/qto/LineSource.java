package org.bidbench.qto;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Where a take-off line's quantity came from, summed over its contributions: {@code authored}
 * (every value read from the file's quantity sets), {@code computed} (every value measured by
 * BidBench: from the solid or by counting) or {@code mixed}, with the split.
 *
 * @param kind              {@code authored}, {@code computed} or {@code mixed}
 * @param authoredElements  contributions read from quantity sets
 * @param computedElements  contributions measured by BidBench
 * @param authoredQuantity  their sum, in the line's unit
 * @param computedQuantity  their sum, in the line's unit
 */
public record LineSource(String kind, int authoredElements, int computedElements, double authoredQuantity,
		double computedQuantity) {

	public static final String AUTHORED = "authored";
	public static final String COMPUTED = "computed";
	public static final String MIXED = "mixed";

	/** The summary of a line's contributions. */
	public static LineSource of(List<Contribution> contributions) {
		int a = 0;
		int c = 0;
		double aq = 0;
		double cq = 0;
		for (Contribution x : contributions) {
			if (x.origin().isAuthored()) {
				a++;
				aq += x.value();
			} else {
				c++;
				cq += x.value();
			}
		}
		String kind = c == 0 ? AUTHORED : a == 0 ? COMPUTED : MIXED;
		return new LineSource(kind, a, c, aq, cq);
	}

	/** E.g. {@code authored}, or {@code mixed (authored 12.5 from 8 elements, computed 3.25 from 2)}. */
	public String describe() {
		if (!MIXED.equals(kind)) {
			return kind;
		}
		return String.format(Locale.ROOT, "mixed (authored %s from %d, computed %s from %d)", plain(authoredQuantity),
				authoredElements, plain(computedQuantity), computedElements);
	}

	private static String plain(double v) {
		return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
