package org.bidbench.ifc;

import java.util.List;

/**
 * A property set (IfcPropertySet) or quantity set (IfcElementQuantity) as seen on an element.
 *
 * @param name       the set name, e.g. {@code Pset_WallCommon} or {@code BaseQuantities}
 * @param quantities true for an IfcElementQuantity
 * @param definition the set instance in the file (the occurrence's one if both exist)
 * @param values     the properties, type-level ones overridden by the occurrence's
 */
public record PropertySet(String name, boolean quantities, IfcEntity definition, List<PropertyValue> values) {

	/** The property of that name, or {@code null}. */
	public PropertyValue get(String propertyName) {
		for (PropertyValue v : values) {
			if (v.name() != null && v.name().equals(propertyName)) {
				return v;
			}
		}
		return null;
	}
}
