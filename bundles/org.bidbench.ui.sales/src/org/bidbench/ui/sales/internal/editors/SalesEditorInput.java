package org.bidbench.ui.sales.internal.editors;

import java.util.Objects;

import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Identified;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.sales.SalesSession;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A customer or an opportunity of the session, named by its id, so that an editor finds its
 * object again after the session reloads (a save conflict resolved by reloading).
 */
public final class SalesEditorInput implements IEditorInput {

	private final Class<? extends Identified> type;
	private final String id;
	private final String name;

	public SalesEditorInput(Identified object) {
		this.type = object instanceof Opportunity ? Opportunity.class : Customer.class;
		this.id = object.getId();
		this.name = SalesLabels.name(object);
	}

	public String id() {
		return id;
	}

	/** The object in the session now; null when the session no longer holds it. */
	public Identified resolve() {
		SalesWorkspace workspace = SalesSession.get().workspace();
		if (workspace == null) {
			return null;
		}
		var candidates = type == Opportunity.class ? workspace.getOpportunities() : workspace.getCustomers();
		for (Identified candidate : candidates) {
			if (id.equals(candidate.getId())) {
				return candidate;
			}
		}
		return null;
	}

	@Override
	public boolean exists() {
		return resolve() != null;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		Identified current = resolve();
		return current == null ? name : SalesLabels.name(current);
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return getName() + " (" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		Identified current = resolve();
		return adapter.isInstance(current) ? adapter.cast(current) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SalesEditorInput input && input.type == type && input.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(type, id);
	}
}
