package org.bidbench.qto;

/** What changed about an element between two versions of a model. */
public enum ChangeKind {
	ADDED, REMOVED,
	/** Placement, authored quantities or computed quantities differ. */
	GEOMETRY,
	/** The IFC class. */
	CLASS,
	/** The element type (or ObjectType where there is no type). */
	TYPE, MATERIAL, STOREY,
	/** Values in property sets (not quantity sets). */
	PROPERTIES, NAME
}
