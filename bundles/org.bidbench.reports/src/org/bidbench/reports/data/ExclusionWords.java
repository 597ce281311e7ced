package org.bidbench.reports.data;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exclusion of the quote ("3 IfcBuildingStorey: a place of the spatial structure ...") in the
 * report's language. The quote keeps the take-off's English words; the client reads the reasons
 * BidBench knows in their own language, and any other reason as it was written.
 */
final class ExclusionWords {

	private static final Pattern EXCLUSION = Pattern.compile("(\\d+) (\\w+): (.*)", Pattern.DOTALL);

	/** The take-off's reasons (TakeoffSession's standing exclusions and coverage), by their label key. */
	private static final Map<String, String> KEYS = Map.ofEntries(
			Map.entry("a place of the spatial structure (site, building, storey), not something built", "exclusion.spatialStructure"),
			Map.entry("a place of the spatial structure, not something built", "exclusion.spatial"),
			Map.entry("an opening or feature cut from its host, whose net quantities already account for it", "exclusion.feature"),
			Map.entry("a virtual boundary, nothing built", "exclusion.virtual"),
			Map.entry("a drawing annotation, nothing built", "exclusion.annotation"),
			Map.entry("a grid, a drawing aid, nothing built", "exclusion.grid"),
			Map.entry("a connection port of a distribution element, priced with its element", "exclusion.port"),
			Map.entry("an element of the structural analysis model, not of the building", "exclusion.structural"),
			Map.entry("no body in the model: nothing to measure", "exclusion.noBody"),
			Map.entry("part of a priced whole, or a whole whose parts are priced", "exclusion.partOfWhole"));

	private ExclusionWords() {
	}

	static String of(String exclusion, Map<String, String> labels) {
		Matcher m = EXCLUSION.matcher(exclusion);
		if (!m.matches()) {
			return exclusion;
		}
		String key = KEYS.get(m.group(3));
		String reason = key == null ? m.group(3) : labels.getOrDefault(key, m.group(3));
		return labels.getOrDefault("exclusion.line", "{0} {1}: {2}").replace("{0}", m.group(1)).replace("{1}", m.group(2))
				.replace("{2}", reason);
	}
}
