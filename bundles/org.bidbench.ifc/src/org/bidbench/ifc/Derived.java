package org.bidbench.ifc;

/**
 * The {@code *} of Part 21: an attribute of a supertype that the subtype derives, so the file
 * carries no value. An unset optional attribute ({@code $}) is decoded as {@code null}.
 */
public enum Derived {
	/** The only value. */
	VALUE;

	@Override
	public String toString() {
		return "*";
	}
}
