package org.bidbench.ifc;

/** The kinds of measure the model converts to SI, with the SI unit symbol. */
public enum MeasureKind {
	LENGTH("m"), AREA("m2"), VOLUME("m3"), MASS("kg"), PLANE_ANGLE("rad"), TIME("s"),
	/** Counts and other values that are not converted. */
	OTHER("");

	private final String siSymbol;

	MeasureKind(String siSymbol) {
		this.siSymbol = siSymbol;
	}

	/** The SI unit symbol values of this kind are given in, e.g. {@code m3}. */
	public String siSymbol() {
		return siSymbol;
	}

	/** The kind of an IFC measure type name such as {@code IFCPOSITIVELENGTHMEASURE}, or OTHER. */
	public static MeasureKind ofMeasureType(String typeName) {
		if (typeName == null) {
			return OTHER;
		}
		return switch (typeName.toUpperCase(java.util.Locale.ROOT)) {
			case "IFCLENGTHMEASURE", "IFCPOSITIVELENGTHMEASURE", "IFCNONNEGATIVELENGTHMEASURE" -> LENGTH;
			case "IFCAREAMEASURE", "IFCPOSITIVEAREAMEASURE" -> AREA;
			case "IFCVOLUMEMEASURE" -> VOLUME;
			case "IFCMASSMEASURE" -> MASS;
			case "IFCPLANEANGLEMEASURE", "IFCPOSITIVEPLANEANGLEMEASURE" -> PLANE_ANGLE;
			case "IFCTIMEMEASURE" -> TIME;
			default -> OTHER;
		};
	}

	/** The kind of an IfcUnitEnum literal such as {@code LENGTHUNIT}, or OTHER. */
	public static MeasureKind ofUnitType(String unitEnum) {
		if (unitEnum == null) {
			return OTHER;
		}
		return switch (unitEnum) {
			case "LENGTHUNIT" -> LENGTH;
			case "AREAUNIT" -> AREA;
			case "VOLUMEUNIT" -> VOLUME;
			case "MASSUNIT" -> MASS;
			case "PLANEANGLEUNIT" -> PLANE_ANGLE;
			case "TIMEUNIT" -> TIME;
			default -> OTHER;
		};
	}
}
