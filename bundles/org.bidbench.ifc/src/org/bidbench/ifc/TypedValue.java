package org.bidbench.ifc;

/**
 * A value wrapped in its defined type, as in {@code IFCLENGTHMEASURE(2.5)} inside a SELECT.
 *
 * @param type  the type name as written in the file (upper case), e.g. {@code IFCLENGTHMEASURE}
 * @param value the wrapped value (any of the kinds an attribute value can be)
 */
public record TypedValue(String type, Object value) {
	@Override
	public String toString() {
		return type + "(" + value + ")";
	}
}
