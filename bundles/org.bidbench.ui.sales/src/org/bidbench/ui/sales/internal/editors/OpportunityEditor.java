package org.bidbench.ui.sales.internal.editors;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.model.Identified;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.Messages;
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
 * The opportunity editor: a multi-page form editor (overview, team, activities, deliverables,
 * quotes, contract, risks) over one opportunity of the session. Every edit is a sales operation
 * on the session's command stack (Edit > Undo), the editor is dirty while the session has
 * unsaved edits, and it follows changes made anywhere else in the workbench.
 */
public class OpportunityEditor extends FormEditor {

	public static final String ID = SalesEditors.OPPORTUNITY_EDITOR;

	private final List<SalesFormPage> salesPages = new ArrayList<>();
	private final Runnable sessionListener = this::sessionChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof SalesEditorInput salesInput) || !(salesInput.resolve() instanceof Opportunity)) {
			throw new PartInitException(Messages.OpportunityEditor_noOpportunity);
		}
		super.init(site, input);
		setPartName(input.getName());
		site.setSelectionProvider(new FixedSelection(this));
		SalesUndo.hook(site.getActionBars());
		SalesSession.get().addListener(sessionListener);
	}

	/** The opportunity edited, as the session holds it now (null once it is gone). */
	public Opportunity opportunity() {
		Identified current = ((SalesEditorInput) getEditorInput()).resolve();
		return current instanceof Opportunity o ? o : null;
	}

	@Override
	protected void addPages() {
		try {
			add(new OverviewPage(this));
			add(new TeamPage(this));
			add(new ActivitiesPage(this));
			add(new DeliverablesPage(this));
			add(new QuotesPage(this));
			add(new ContractPage(this));
			add(new RisksPage(this));
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	private void add(SalesFormPage page) throws PartInitException {
		salesPages.add(page);
		addPage(page);
	}

	/** The pages, for tests. */
	public List<SalesFormPage> salesPages() {
		return salesPages;
	}

	private void sessionChanged() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (opportunity() == null) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		setPartName(getEditorInput().getName());
		for (SalesFormPage page : salesPages) {
			page.refreshIfCreated();
		}
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

	/** The editor's selection is its opportunity, so the sales commands (move stage, close lost) work on it. */
	static final class FixedSelection implements ISelectionProvider {
		private final OpportunityEditor editor;

		FixedSelection(OpportunityEditor editor) {
			this.editor = editor;
		}

		@Override
		public ISelection getSelection() {
			Opportunity opportunity = editor.opportunity();
			return opportunity == null ? StructuredSelection.EMPTY : new StructuredSelection(opportunity);
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
