package org.bidbench.ifc;

/**
 * An enumeration value such as {@code .NOTDEFINED.}, without the dots. The booleans
 * {@code .T.} and {@code .F.} are decoded to {@link Boolean} instead; the logical
 * {@code .U.} (unknown) stays an {@code EnumValue} with literal {@code U}.
 */
public record EnumValue(String literal) {
	@Override
	public String toString() {
		return "." + literal + ".";
	}
}
