package org.bidbench.qto;

import java.util.Set;

/**
 * What one element adds to a take-off line.
 *
 * @param globalId    the element's IFC GlobalId
 * @param ifcClass    its IFC class
 * @param name        its Name, or {@code null}
 * @param value       the quantity in the line's unit (rounded when the pack rounds per element)
 * @param origin      where the value came from
 * @param alternative the value from the other source in the line's unit (computed when authored was
 *                    used, and the reverse), or {@code null} if there is none
 * @param flags       the flags raised on this element for this line
 */
public record Contribution(String globalId, String ifcClass, String name, double value, QuantityOrigin origin,
		Double alternative, Set<FlagKind> flags) {
}
