package org.bidbench.sales.core.quote.takeoff;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.model.QuoteLine;

/**
 * The section (storey or other take-off group) a quote line is printed under. It is read from the
 * take-off line id, which take-offs write as {@code rule | key=value | key=value}, so quotes that
 * were saved before sections existed still group.
 */
public final class QuoteSections {

    private QuoteSections() {
    }

    /** The group values of the line's take-off line joined by " / ", or empty when it has none. */
    public static String of(QuoteLine line) {
        return ofTakeoffLine(line.getTakeoffLineId());
    }

    public static String ofTakeoffLine(String takeoffLineId) {
        if (takeoffLineId == null || !takeoffLineId.contains(" | ")) {
            return "";
        }
        List<String> values = new ArrayList<>();
        String[] parts = takeoffLineId.split(" \\| ");
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            values.add(eq < 0 ? parts[i] : parts[i].substring(eq + 1));
        }
        return String.join(" / ", values);
    }
}
