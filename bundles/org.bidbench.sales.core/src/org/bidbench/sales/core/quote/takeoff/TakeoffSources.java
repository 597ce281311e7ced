package org.bidbench.sales.core.quote.takeoff;

import java.math.BigDecimal;
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
     * 12.345), so prices multiply the figure the bill of quantities shows.
     */
    public static TakeoffSource of(TakeoffResult result) {
        List<TakeoffQuantity> lines = new ArrayList<>();
        for (TakeoffLine line : result.lines()) {
            lines.add(new TakeoffQuantity(line.key(), line.itemCode(), line.description(), line.unit(), line.groupLabel(),
                    BigDecimal.valueOf(line.quantity()), line.globalIds(), line.characteristics()));
        }
        return new TakeoffSource(result.modelFile(), result.modelSha256(), result.packName(), result.packVersion(), lines);
    }
}
