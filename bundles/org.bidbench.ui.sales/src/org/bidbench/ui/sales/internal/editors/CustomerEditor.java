package org.bidbench.ui.sales.internal.editors;

import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Identified;
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

/** The customer editor: organisation, contacts in the decision chain, and the customer's history. */
public class CustomerEditor extends FormEditor {

	public static final String ID = SalesEditors.CUSTOMER_EDITOR;

	private final Runnable sessionListener = this::sessionChanged;
	private CustomerPage page;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof SalesEditorInput salesInput) || !(salesInput.resolve() instanceof Customer)) {
			throw new PartInitException(Messages.CustomerEditor_noCustomer);
		}
		super.init(site, input);
		setPartName(input.getName());
		site.setSelectionProvider(new ISelectionProvider() {
			@Override
			public ISelection getSelection() {
				Customer customer = customer();
				return customer == null ? StructuredSelection.EMPTY : new StructuredSelection(customer);
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
		});
		SalesUndo.hook(site.getActionBars());
		SalesSession.get().addListener(sessionListener);
	}

	public Customer customer() {
		Identified current = ((SalesEditorInput) getEditorInput()).resolve();
		return current instanceof Customer c ? c : null;
	}

	@Override
	protected void addPages() {
		try {
			page = new CustomerPage(this);
			addPage(page);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	public CustomerPage page() {
		return page;
	}

	private void sessionChanged() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (customer() == null) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		setPartName(getEditorInput().getName());
		page.refreshIfCreated();
		editorDirtyStateChanged();
	}

	@Override
	public boolean isDirty() {
		return SalesSession.get().isDirty();
	}

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
		// one workspace, saved as a whole
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
}
