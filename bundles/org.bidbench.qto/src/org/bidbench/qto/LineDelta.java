package org.bidbench.qto;

import java.util.List;
import java.util.Map;

/**
 * How one take-off line moved between two versions of a model: what a re-quote is made from.
 *
 * @param key          the line key (rule and group values)
 * @param ruleId       the rule
 * @param itemCode     bill-of-quantities item code
 * @param description  bill-of-quantities item description
 * @param unit         unit
 * @param groups       group values
 * @param before       quantity in the old model (0 if the line is new)
 * @param after        quantity in the new model (0 if the line is gone)
 * @param delta        {@code after - before}, rounded like the lines
 * @param addedIds     GlobalIds counted now but not before
 * @param removedIds   GlobalIds counted before but not now
 */
public record LineDelta(String key, String ruleId, String itemCode, String description, String unit,
		Map<String, String> groups, double before, double after, double delta, List<String> addedIds,
		List<String> removedIds) {
}
