package org.bidbench.ui.bim.internal;

import java.util.Collection;
import java.util.List;

import org.bidbench.ifc.IfcEntity;
import org.bidbench.ifc.IfcModel;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Brings elements named by GlobalId into view from outside the model editor (the take-off view, a
 * {@code bidbench://select/} link): selects and frames them in the viewer and selects their rows in
 * the model tree. The editor's selection listeners (properties, take-off) follow by themselves.
 */
final class ElementFocus {

	private ElementFocus() {
	}

	/** Selects and frames in one editor; returns how many of the GlobalIds it holds. */
	static int reveal(IWorkbenchPage page, ModelEditor editor, Collection<String> globalIds, boolean frame) {
		int found = editor.selectGlobalIds(globalIds, frame);
		if (page.findView(ModelTreeView.ID) instanceof ModelTreeView tree && tree.editor() == editor) {
			IfcModel model = editor.model();
			List<IfcEntity> entities = globalIds.stream().map(id -> model == null ? null : model.byGlobalId(id))
					.filter(e -> e != null).toList();
			tree.show(entities);
		}
		return found;
	}

	/**
	 * The open model editor that holds a GlobalId, the active one first; {@code null} when no open,
	 * loaded model has it.
	 */
	static ModelEditor editorHolding(IWorkbenchPage page, String globalId) {
		if (page.getActiveEditor() instanceof ModelEditor active && holds(active, globalId)) {
			return active;
		}
		for (IEditorReference ref : page.getEditorReferences()) {
			if (ref.getEditor(true) instanceof ModelEditor editor && holds(editor, globalId)) {
				return editor;
			}
		}
		return null;
	}

	private static boolean holds(ModelEditor editor, String globalId) {
		IfcModel model = editor.model();
		return model != null && model.byGlobalId(globalId) != null;
	}
}
