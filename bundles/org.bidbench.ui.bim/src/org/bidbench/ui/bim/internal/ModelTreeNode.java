package org.bidbench.ui.bim.internal;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.ifc.IfcEntity;
import org.eclipse.core.runtime.IAdaptable;

/** A row of the model tree: an entity (project, storey, element) or a group (a class, a type). */
final class ModelTreeNode implements IAdaptable {

	final String label;
	final IfcEntity entity;
	final ModelTreeNode parent;
	final List<ModelTreeNode> children = new ArrayList<>();
	/** Elements below this node (products, not spatial containers). */
	int count;

	ModelTreeNode(ModelTreeNode parent, String label, IfcEntity entity) {
		this.parent = parent;
		this.label = label;
		this.entity = entity;
		if (parent != null) {
			parent.children.add(this);
		}
	}

	/** What the tree shows: the label, and the count for nodes that group elements. */
	String text() {
		return children.isEmpty() ? label : label + " (" + count + ")";
	}

	/** The text searched: label, class and GlobalId. */
	boolean matches(String query) {
		if (label.toLowerCase().contains(query)) {
			return true;
		}
		return entity != null && (entity.typeName().toLowerCase().contains(query)
				|| (entity.globalId() != null && entity.globalId().toLowerCase().contains(query)));
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == IfcEntity.class && entity != null ? adapter.cast(entity) : null;
	}

	@Override
	public String toString() {
		return text();
	}
}
