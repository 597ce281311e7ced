package org.bidbench.ifc.schema;

import java.util.List;

/**
 * A TYPE declaration of the schema.
 *
 * @param name       the type name, e.g. {@code IfcLengthMeasure}
 * @param kind       enumeration, select or defined (an alias of another type)
 * @param items      the enumeration literals or the select members; empty for a defined type
 * @param underlying for a defined type, the underlying type text (e.g. {@code REAL}); otherwise empty
 */
public record TypeDef(String name, Kind kind, List<String> items, String underlying) {

	/** What a TYPE declares. */
	public enum Kind {
		ENUMERATION, SELECT, DEFINED
	}
}
