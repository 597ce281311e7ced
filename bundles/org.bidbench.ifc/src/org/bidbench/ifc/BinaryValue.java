package org.bidbench.ifc;

/**
 * A Part-21 binary value {@code "0ABC"}: the first hex digit says how many leading bits of the
 * second digit are unused (0 to 3), the rest is the bit string in hex.
 *
 * @param hex the text between the double quotes
 */
public record BinaryValue(String hex) {
	@Override
	public String toString() {
		return "\"" + hex + "\"";
	}
}
