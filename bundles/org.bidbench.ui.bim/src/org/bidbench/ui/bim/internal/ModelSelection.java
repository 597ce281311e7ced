package org.bidbench.ui.bim.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The selection of a {@link ModelEditor}, as the workbench sees it: the IFC entities picked in the
 * viewer (which feed the model tree and the properties view), and the way back, entities or
 * GlobalIds from other views highlighted (and framed) in the viewer.
 */
final class ModelSelection implements ISelectionProvider {

	private final ModelEditor editor;
	private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
	private IStructuredSelection selection = StructuredSelection.EMPTY;

	ModelSelection(ModelEditor editor) {
		this.editor = editor;
	}

	/** Tells the listeners which entities the user picked in the viewer (its elements by scene index). */
	void picked(BitSet elements) {
		List<IfcEntity> out = new ArrayList<>();
		IfcModel m = editor.model();
		if (m != null) {
			for (int i = elements.nextSetBit(0); i >= 0; i = elements.nextSetBit(i + 1)) {
				IfcEntity e = m.entity(editor.scene().element(i).productId());
				if (e != null) {
					out.add(e);
				}
			}
		}
		publish(out);
	}

	/** See {@link ModelEditor#select(List, boolean)}. */
	void select(List<IfcEntity> entities, boolean frame) {
		Set<String> globalIds = new LinkedHashSet<>();
		IfcModel m = editor.model();
		for (IfcEntity e : entities) {
			ModelStoreys.collect(m, e, globalIds);
		}
		BitSet elements = editor.scene().elementsOf(globalIds);
		editor.scene().select(elements);
		if (frame && !elements.isEmpty()) {
			editor.viewer().fit(elements);
		}
		selection = new StructuredSelection(entities);
	}

	/** See {@link ModelEditor#selectGlobalIds(Collection, boolean)}. */
	int selectGlobalIds(Collection<String> globalIds, boolean frame) {
		IfcModel m = editor.model();
		List<IfcEntity> entities = new ArrayList<>();
		for (String id : globalIds) {
			IfcEntity e = m == null ? null : m.byGlobalId(id);
			if (e != null) {
				entities.add(e);
			}
		}
		select(entities, frame);
		publish(entities);
		return entities.size();
	}

	private void publish(List<IfcEntity> entities) {
		selection = new StructuredSelection(entities);
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener l : listeners) {
			l.selectionChanged(event);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection s) {
		if (s instanceof IStructuredSelection structured) {
			List<IfcEntity> entities = new ArrayList<>();
			for (Object o : structured.toList()) {
				if (o instanceof IfcEntity e) {
					entities.add(e);
				}
			}
			select(entities, false);
		}
	}
}
