package org.bidbench.ifc;

/**
 * One property or quantity.
 *
 * @param name     the property name, e.g. {@code GrossVolume}
 * @param value    the value as in the file: a String, Double, Long, Boolean, EnumValue, or a list
 *                 for enumerated and list properties; typed values are unwrapped
 * @param ifcType  the IFC type of the value, e.g. {@code IFCLENGTHMEASURE} or {@code IfcQuantityVolume}
 * @param kind     the measure kind, used for the SI conversion
 * @param siValue  the numeric value in SI ({@link MeasureKind#siSymbol()}), or {@code null} if not numeric
 * @param unitName the unit of the value as the file gives it (its own unit or the project unit)
 * @param fromType true when it comes from the element's type rather than the occurrence
 */
public record PropertyValue(String name, Object value, String ifcType, MeasureKind kind, Double siValue,
		String unitName, boolean fromType) {

	/** The SI unit symbol of {@link #siValue()}, e.g. {@code m2}; empty if not a converted kind. */
	public String siUnit() {
		return kind.siSymbol();
	}
}
