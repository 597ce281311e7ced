package org.bidbench.ifc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.bidbench.ifc.schema.AttributeDef;
import org.bidbench.ifc.schema.EntityDef;

/**
 * One entity instance of a model. Its attributes are decoded from the file on first access
 * and kept. Equal when model and {@code #id} are equal.
 */
public final class IfcEntity {

	private final IfcModel model;
	private final int id;
	private final int slot;
	private final EntityDef type;
	private final String fileTypeName;
	private volatile Object[] values;

	IfcEntity(IfcModel model, int id, int slot, EntityDef type, String fileTypeName) {
		this.model = model;
		this.id = id;
		this.slot = slot;
		this.type = type;
		this.fileTypeName = fileTypeName;
	}

	public IfcModel model() {
		return model;
	}

	/** The instance name {@code #id} from the file. */
	public int id() {
		return id;
	}

	int slot() {
		return slot;
	}

	/** The schema entity, or {@code null} when the file names a type the schema lacks. */
	public EntityDef type() {
		return type;
	}

	/** The class name in schema spelling (e.g. {@code IfcWallStandardCase}), or as written if unknown. */
	public String typeName() {
		return type != null ? type.name() : fileTypeName;
	}

	/** True if this instance is of class {@code entityName} or a subclass (any letter case). */
	public boolean isA(String entityName) {
		return type != null && type.isA(model.schema().entity(entityName));
	}

	/** All attribute values in Part-21 order; see {@link org.bidbench.ifc.internal.step.StepDecoder} for kinds. */
	public List<Object> values() {
		return Collections.unmodifiableList(Arrays.asList(decoded().clone()));
	}

	/** Number of attribute values the file gives. */
	public int size() {
		return decoded().length;
	}

	/** The value at Part-21 position {@code index}, or {@code null} when absent or {@code $}. */
	public Object get(int index) {
		Object[] v = decoded();
		return index >= 0 && index < v.length ? v[index] : null;
	}

	/**
	 * The value of the explicit attribute {@code attributeName} (schema spelling, e.g.
	 * {@code Name}), or {@code null} when {@code $}, absent, or not an attribute of this class.
	 */
	public Object get(String attributeName) {
		if (type == null) {
			return null;
		}
		AttributeDef a = type.attribute(attributeName);
		return a == null ? null : get(a.index());
	}

	/** True if this class has an explicit attribute of that name. */
	public boolean hasAttribute(String attributeName) {
		return type != null && type.attribute(attributeName) != null;
	}

	/** The attribute as text: strings as they are, typed values unwrapped, enums by literal. */
	public String getString(String attributeName) {
		return asText(get(attributeName));
	}

	/** The attribute as a number (integers, reals, typed numbers), or {@code null}. */
	public Double getDouble(String attributeName) {
		return asNumber(get(attributeName));
	}

	/** The entity an attribute refers to, or {@code null} if unset or dangling. */
	public IfcEntity getEntity(String attributeName) {
		Object v = get(attributeName);
		return v instanceof Ref r ? model.resolve(r, this) : null;
	}

	/** The entities an aggregate attribute refers to, flattened, dangling ones left out. */
	public List<IfcEntity> getEntities(String attributeName) {
		List<IfcEntity> out = new ArrayList<>();
		collectRefs(get(attributeName), out, 0);
		return out;
	}

	private void collectRefs(Object v, List<IfcEntity> out, int depth) {
		if (v instanceof Ref r) {
			IfcEntity e = model.resolve(r, this);
			if (e != null) {
				out.add(e);
			}
		} else if (v instanceof List<?> list && depth < 8) {
			for (Object o : list) {
				collectRefs(o, out, depth + 1);
			}
		}
	}

	/** The IFC GlobalId (first attribute of IfcRoot), or {@code null} for other classes. */
	public String globalId() {
		return isRoot() ? asText(get(0)) : null;
	}

	/** The Name attribute if the class has one. */
	public String name() {
		return getString("Name");
	}

	private boolean isRoot() {
		return isA("IfcRoot");
	}

	Object[] decoded() {
		Object[] v = values;
		if (v == null) {
			v = model.decodeSlot(slot, id);
			values = v;
		}
		return v;
	}

	/** Text of a value: strings, typed values unwrapped, enumeration literals, numbers printed. */
	public static String asText(Object v) {
		if (v instanceof TypedValue t) {
			return asText(t.value());
		}
		if (v instanceof String s) {
			return s;
		}
		if (v instanceof EnumValue e) {
			return e.literal();
		}
		if (v == null || v instanceof Derived) {
			return null;
		}
		return String.valueOf(v);
	}

	/** Number of a value: Long, Double, typed numbers; {@code null} otherwise. */
	public static Double asNumber(Object v) {
		if (v instanceof TypedValue t) {
			return asNumber(t.value());
		}
		if (v instanceof Double d) {
			return d;
		}
		if (v instanceof Long l) {
			return l.doubleValue();
		}
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof IfcEntity other && other.model == model && other.id == id;
	}

	@Override
	public int hashCode() {
		return id;
	}

	@Override
	public String toString() {
		return "#" + id + "=" + typeName();
	}
}
