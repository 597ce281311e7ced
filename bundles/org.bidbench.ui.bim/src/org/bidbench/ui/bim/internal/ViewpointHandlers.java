package org.bidbench.ui.bim.internal;

import org.eclipse.core.commands.ExecutionEvent;

/** The handlers of the Viewpoints menu: save, restore, rename, delete, and BCF export and import. */
public final class ViewpointHandlers {

	private ViewpointHandlers() {
	}

	/** The {@code index} parameter: the viewpoint's place in the model's list. */
	private static int index(ExecutionEvent event) {
		return Integer.parseInt(event.getParameter(BimCommands.INDEX));
	}

	public static final class Save extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.viewpoints().saveAsked();
		}
	}

	public static final class Restore extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.viewpoints().restore(editor.viewpoints().list().get(index(event)));
		}
	}

	public static final class Rename extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.viewpoints().renameAsked(index(event));
		}
	}

	public static final class Delete extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.viewpoints().deleteAsked(index(event));
		}
	}

	public static final class ExportBcf extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.viewpoints().exportBcf();
		}
	}

	public static final class ImportBcf extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			editor.viewpoints().importBcf();
		}
	}

	/** Runs the take-off view's rule pack on the model: shows the view, then measures. */
	public static final class RunTakeoff extends ModelEditorHandler {
		@Override
		void run(ModelEditor editor, ExecutionEvent event) {
			try {
				// shown, not activated: the model editor stays the one the view measures
				TakeoffView view = (TakeoffView) editor.getSite().getPage().showView(TakeoffView.ID, null,
						org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
				view.runOnActiveModel();
			} catch (org.eclipse.ui.PartInitException e) {
				editor.status(e.getMessage());
			}
		}
	}
}
