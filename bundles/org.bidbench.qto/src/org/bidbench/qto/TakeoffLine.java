package org.bidbench.qto;

import java.util.List;
import java.util.Map;

/**
 * One line of a bill of quantities: a bill-of-quantities item ({@link org.bidbench.qto.rules.BoqItem}), split by the rule's group keys.
 *
 * @param ruleId        the rule that made it
 * @param itemCode      bill-of-quantities item code
 * @param description   bill-of-quantities item description
 * @param unit          unit of {@code quantity}
 * @param groups        group key (e.g. {@code storey}) to value (e.g. {@code Erdgeschoss}), in the rule's order
 * @param quantity      the quantity, rounded by the pack's policy
 * @param contributions every element counted, with value and origin
 * @param characteristics the item characteristics (项目特征) shared by the line's elements, e.g.
 *                      {@code 材质: 砖; 厚度: 240 mm}, or {@code null} when the rule splits by none
 */
public record TakeoffLine(String ruleId, String itemCode, String description, String unit, Map<String, String> groups,
		double quantity, List<Contribution> contributions, String characteristics) {

	/** A line without item characteristics. */
	public TakeoffLine(String ruleId, String itemCode, String description, String unit, Map<String, String> groups,
			double quantity, List<Contribution> contributions) {
		this(ruleId, itemCode, description, unit, groups, quantity, contributions, null);
	}

	/** Identifies the line across take-offs of the same pack: rule, group values and characteristics. */
	public String key() {
		StringBuilder b = new StringBuilder(ruleId);
		groups.forEach((k, v) -> b.append(" | ").append(k).append('=').append(v));
		if (characteristics != null) {
			b.append(" | ").append(characteristics);
		}
		return b.toString();
	}

	/** The same line under another item code: the bill's 12-digit code once characteristics are numbered. */
	public TakeoffLine withItemCode(String code) {
		return new TakeoffLine(ruleId, code, description, unit, groups, quantity, contributions, characteristics);
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
