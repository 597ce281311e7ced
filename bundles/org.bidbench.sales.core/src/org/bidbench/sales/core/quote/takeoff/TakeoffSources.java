package org.bidbench.sales.core.quote.takeoff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.qto.TakeoffLine;
import org.bidbench.qto.TakeoffResult;

/** Reads a take-off of {@code org.bidbench.qto} as quote pricing's input. */
public final class TakeoffSources {

	private TakeoffSources() {
	}

	/**
	 * The take-off's lines with exact quantities. The take-off rounds by its pack's policy into a
	 * double; {@link BigDecimal#valueOf(double)} keeps exactly the digits it printed (12.345 stays
	 * 12.345), so prices multiply the figure the bill of quantities shows. The scale is then set to
	 * the decimals the pack rounded the unit to (a line rounded to 2 decimals holds 15.20, not 15.2),
	 * which changes no value, so that every bill prints the quantity as the pack measured it.
	 */
	public static TakeoffSource of(TakeoffResult result) {
		List<TakeoffQuantity> lines = new ArrayList<>();
		for (TakeoffLine line : result.lines()) {
			BigDecimal quantity = BigDecimal.valueOf(line.quantity());
			int decimals = result.decimalsOf(line.unit());
			BigDecimal exact = quantity.stripTrailingZeros();
			if (decimals >= 0 && exact.scale() <= decimals) {
				quantity = exact.setScale(decimals, RoundingMode.UNNECESSARY);
			}
			lines.add(new TakeoffQuantity(line.key(), line.itemCode(), line.description(), line.unit(), line.groupLabel(),
					quantity, line.globalIds(), line.characteristics()));
		}
		return new TakeoffSource(result.modelFile(), result.modelSha256(), result.packName(), result.packVersion(), lines);
	}
}
