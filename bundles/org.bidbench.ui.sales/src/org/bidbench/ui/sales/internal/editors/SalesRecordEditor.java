package org.bidbench.ui.sales.internal.editors;

import org.bidbench.sales.model.Identified;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.handlers.SalesSave;
import org.bidbench.ui.sales.internal.handlers.SalesUndo;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * A form editor over one record of the sales session (a customer, an opportunity): its selection is
 * the record, so the sales commands work on it; edits go on the session's command stack (Edit > Undo);
 * it is dirty while the session has unsaved edits, follows changes made anywhere else in the
 * workbench, and closes when the record is gone.
 *
 * @param <T> the kind of record edited
 */
public abstract class SalesRecordEditor<T extends Identified> extends FormEditor {

	private final Class<T> kind;
	private final String notThatKind;
	private final Runnable sessionListener = this::sessionChanged;

	/** {@code notThatKind} is the error when the editor is opened on something other than a {@code kind}. */
	protected SalesRecordEditor(Class<T> kind, String notThatKind) {
		this.kind = kind;
		this.notThatKind = notThatKind;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof SalesEditorInput salesInput) || !kind.isInstance(salesInput.resolve())) {
			throw new PartInitException(notThatKind);
		}
		super.init(site, input);
		setPartName(input.getName());
		site.setSelectionProvider(new FixedSelection());
		SalesUndo.hook(site.getActionBars());
		SalesSession.get().addListener(sessionListener);
	}

	/** The record edited, as the session holds it now (null once it is gone). */
	protected T record() {
		Identified current = ((SalesEditorInput) getEditorInput()).resolve();
		return kind.isInstance(current) ? kind.cast(current) : null;
	}

	/** Shows the session's state again on the pages that have been created. */
	protected abstract void refreshPages();

	private void sessionChanged() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (record() == null) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		setPartName(getEditorInput().getName());
		refreshPages();
		editorDirtyStateChanged();
	}

	@Override
	public boolean isDirty() {
		return SalesSession.get().isDirty();
	}

	/** The edits live in the session, which every sales part shares: closing one editor loses nothing. */
	@Override
	public boolean isSaveOnCloseNeeded() {
		return false;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		SalesSave.save(getSite().getShell());
	}

	@Override
	public void doSaveAs() {
		// one workspace, saved as a whole; "keep mine elsewhere" is offered on a conflict
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void dispose() {
		SalesSession.get().removeListener(sessionListener);
		super.dispose();
	}

	/** The editor's selection: its record, or nothing once the record is gone. */
	private final class FixedSelection implements ISelectionProvider {

		@Override
		public ISelection getSelection() {
			T current = record();
			return current == null ? StructuredSelection.EMPTY : new StructuredSelection(current);
		}

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			// the selection is fixed
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			// the selection is fixed
		}

		@Override
		public void setSelection(ISelection selection) {
			// the selection is fixed
		}
	}
}
