package org.bidbench.ifc.schema;

/**
 * An explicit attribute of an entity, in Part-21 order.
 *
 * @param name      the attribute name as written in the EXPRESS schema, e.g. {@code GlobalId}
 * @param type      the EXPRESS type text with spaces as underscores, e.g. {@code LIST_[1:?]_OF_IfcValue}
 * @param optional  whether the schema marks it OPTIONAL (so {@code $} is legal)
 * @param index     the zero-based position in the instance's parameter list
 * @param declaredBy the entity that declares it (a supertype for inherited attributes)
 */
public record AttributeDef(String name, String type, boolean optional, int index, String declaredBy) {
}
