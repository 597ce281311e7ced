package org.bidbench.ui.sales.internal.views;

import java.util.HashMap;
import java.util.Map;

import org.bidbench.sales.model.Opportunity;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * A viewer's selection as the opportunity of the selected row, so that the workbench's commands
 * (move stage, open the editor) work from any of these views.
 */
final class OpportunitySelection implements ISelectionProvider {

	/** Rows that stand for an opportunity. */
	interface Row {
		Opportunity opportunity();
	}

	private final StructuredViewer viewer;
	private final Map<ISelectionChangedListener, ISelectionChangedListener> wrapped = new HashMap<>();

	OpportunitySelection(StructuredViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public ISelection getSelection() {
		return convert(viewer.getStructuredSelection());
	}

	private static ISelection convert(IStructuredSelection selection) {
		Object first = selection.getFirstElement();
		Opportunity opportunity = first instanceof DueItem item
				? item.opportunity()
				: first instanceof Row row ? row.opportunity() : first instanceof Opportunity o ? o : null;
		return opportunity == null ? StructuredSelection.EMPTY : new StructuredSelection(opportunity);
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		ISelectionChangedListener converting = event -> listener.selectionChanged(
				new SelectionChangedEvent(this, convert((IStructuredSelection) event.getSelection())));
		wrapped.put(listener, converting);
		viewer.addSelectionChangedListener(converting);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		ISelectionChangedListener converting = wrapped.remove(listener);
		if (converting != null) {
			viewer.removeSelectionChangedListener(converting);
		}
	}

	@Override
	public void setSelection(ISelection selection) {
		viewer.setSelection(selection);
	}
}
