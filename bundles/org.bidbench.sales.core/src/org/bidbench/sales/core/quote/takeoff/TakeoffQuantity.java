package org.bidbench.sales.core.quote.takeoff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One take-off line as pricing needs it: the cost item and its exact quantity, the section it
 * belongs to (storey or other group), and the elements it covers.
 *
 * @param lineKey     identifies the line across take-offs of the same pack (rule and group values);
 *                    becomes the quote line's key, so revisions of a re-quote line up
 * @param itemCode    the cost item code the catalog is searched for
 * @param description the take-off's description of the item
 * @param unit        the unit of {@code quantity}
 * @param section     the group values for display, e.g. {@code Erdgeschoss}; empty for none
 * @param quantity    the quantity, exact as the take-off rounded it
 * @param globalIds   IFC GlobalIds of the elements counted
 * @param characteristics the item characteristics (项目特征) of the line, or {@code null}
 */
public record TakeoffQuantity(String lineKey, String itemCode, String description, String unit, String section,
		BigDecimal quantity, List<String> globalIds, String characteristics) {

	/** A line without item characteristics. */
	public TakeoffQuantity(String lineKey, String itemCode, String description, String unit, String section,
			BigDecimal quantity, List<String> globalIds) {
		this(lineKey, itemCode, description, unit, section, quantity, globalIds, null);
	}

	public TakeoffQuantity {
		Objects.requireNonNull(lineKey, "lineKey");
		Objects.requireNonNull(itemCode, "itemCode");
		Objects.requireNonNull(quantity, "quantity");
		section = section == null ? "" : section;
		globalIds = List.copyOf(globalIds);
	}
}
