package org.bidbench.ifc.schema;

/**
 * An inverse attribute: the instances of {@code sourceEntity} whose attribute
 * {@code forwardAttribute} points at this instance.
 *
 * @param name             the inverse attribute name, e.g. {@code IsDefinedBy}
 * @param sourceEntity     the entity holding the forward reference, e.g. {@code IfcRelDefinesByProperties}
 * @param forwardAttribute the forward attribute name, e.g. {@code RelatedObjects}
 * @param aggregate        the aggregate text, e.g. {@code SET_[0:?]}, or {@code 1} for a single reference
 * @param declaredBy       the entity that declares it
 */
public record InverseDef(String name, String sourceEntity, String forwardAttribute, String aggregate,
		String declaredBy) {
}
