package org.bidbench.ifc.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ENTITY of the schema with its flattened (inherited first) explicit attributes and its
 * inverse attributes, including those of its supertypes.
 */
public final class EntityDef {

	private final String name;
	private final int index;
	private final boolean isAbstract;
	EntityDef supertype;
	List<AttributeDef> attributes = List.of();
	List<InverseDef> inverses = List.of();
	private Map<String, AttributeDef> attributesByName;
	private final Map<String, InverseDef> inversesByName = new HashMap<>();
	int depth;

	EntityDef(String name, int index, boolean isAbstract) {
		this.name = name;
		this.index = index;
		this.isAbstract = isAbstract;
	}

	void freeze() {
		Map<String, AttributeDef> map = new HashMap<>();
		for (AttributeDef a : attributes) {
			map.put(a.name(), a);
		}
		attributesByName = map;
		for (InverseDef inv : inverses) {
			inversesByName.put(inv.name(), inv);
		}
	}

	/** The name as spelled in the schema, e.g. {@code IfcWallStandardCase}. */
	public String name() {
		return name;
	}

	/** A dense number for this entity within its schema, usable as an array index. */
	public int index() {
		return index;
	}

	public boolean isAbstract() {
		return isAbstract;
	}

	/** The direct supertype, or {@code null} for a root entity. */
	public EntityDef supertype() {
		return supertype;
	}

	/** All explicit attributes in Part-21 order (supertypes' first). */
	public List<AttributeDef> attributes() {
		return attributes;
	}

	/** The explicit attribute of this name (own or inherited), or {@code null}. */
	public AttributeDef attribute(String attributeName) {
		return attributesByName.get(attributeName);
	}

	/** All inverse attributes, own and inherited. */
	public List<InverseDef> inverses() {
		return inverses;
	}

	/** The inverse attribute of this name (own or inherited), or {@code null}. */
	public InverseDef inverse(String inverseName) {
		return inversesByName.get(inverseName);
	}

	/** True if this entity is {@code other} or one of its subtypes. */
	public boolean isA(EntityDef other) {
		if (other == null) {
			return false;
		}
		EntityDef e = this;
		while (e != null && e.depth >= other.depth) {
			if (e == other) {
				return true;
			}
			e = e.supertype;
		}
		return false;
	}

	@Override
	public String toString() {
		return name;
	}
}
