package org.bidbench.sales.core.quote.takeoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.model.QuoteLine;

/**
 * Where a quote line is printed: under its storey (the take-off group {@code storey}), with the
 * line's other group values (material, type, profile) as its detail. Both are read from the
 * take-off line id, which take-offs write as {@code rule | key=value | key=value}, so quotes
 * saved before sections existed still group.
 */
public final class QuoteSections {

	/** The take-off group key that makes a section of the printed quote. */
	public static final String STOREY = "storey";

	private QuoteSections() {
	}

	/** The storey of the line's take-off line, or empty when it is not split by storey. */
	public static String of(QuoteLine line) {
		return groups(line.getTakeoffLineId()).getOrDefault(STOREY, "");
	}

	/** The line's other group values joined by " / ", e.g. {@code Leichtbeton 102890359 0.3}; empty when none. */
	public static String detail(QuoteLine line) {
		List<String> values = new ArrayList<>();
		groups(line.getTakeoffLineId()).forEach((k, v) -> {
			if (!STOREY.equals(k)) {
				values.add(v);
			}
		});
		return String.join(" / ", values);
	}

	/** All group values of a take-off line id joined by " / ". */
	public static String ofTakeoffLine(String takeoffLineId) {
		return String.join(" / ", groups(takeoffLineId).values());
	}

	private static Map<String, String> groups(String takeoffLineId) {
		Map<String, String> groups = new LinkedHashMap<>();
		if (takeoffLineId == null || !takeoffLineId.contains(" | ")) {
			return groups;
		}
		String[] parts = takeoffLineId.split(" \\| ");
		for (int i = 1; i < parts.length; i++) {
			int eq = parts[i].indexOf('=');
			groups.put(eq < 0 ? String.valueOf(i) : parts[i].substring(0, eq), eq < 0 ? parts[i] : parts[i].substring(eq + 1));
		}
		return groups;
	}
}
