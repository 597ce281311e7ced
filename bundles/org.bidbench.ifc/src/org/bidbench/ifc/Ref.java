package org.bidbench.ifc;

/** An entity instance reference {@code #id} as it appears in an attribute value. */
public record Ref(int id) {
	@Override
	public String toString() {
		return "#" + id;
	}
}
