package org.bidbench.qto;

import java.util.List;
import java.util.Map;

/**
 * One line of a bill of quantities: a cost item, split by the rule's group keys.
 *
 * @param ruleId        the rule that made it
 * @param itemCode      cost item code
 * @param description   cost item description
 * @param unit          unit of {@code quantity}
 * @param groups        group key (e.g. {@code storey}) to value (e.g. {@code Erdgeschoss}), in the rule's order
 * @param quantity      the quantity, rounded by the pack's policy
 * @param contributions every element counted, with value and origin
 */
public record TakeoffLine(String ruleId, String itemCode, String description, String unit, Map<String, String> groups,
        double quantity, List<Contribution> contributions) {

    /** Identifies the line across take-offs of the same pack: rule and group values. */
    public String key() {
        StringBuilder b = new StringBuilder(ruleId);
        groups.forEach((k, v) -> b.append(" | ").append(k).append('=').append(v));
        return b.toString();
    }

    /** Where the quantity came from: authored, computed or mixed, with the split. */
    public LineSource source() {
        return LineSource.of(contributions);
    }

    /** The GlobalIds of the elements counted, in order. */
    public List<String> globalIds() {
        return contributions.stream().map(Contribution::globalId).toList();
    }

    /** The group values joined for display, e.g. {@code Erdgeschoss / Wand-Ext-ERDG-4}. */
    public String groupLabel() {
        return String.join(" / ", groups.values());
    }
}
