package org.bidbench.ui.sales.internal.editors;

import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.Opportunity;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.core.runtime.Status;

/** Opens the editor of a sales object. */
public final class SalesEditors {

	public static final String OPPORTUNITY_EDITOR = "org.bidbench.ui.sales.editors.opportunity"; //$NON-NLS-1$
	public static final String CUSTOMER_EDITOR = "org.bidbench.ui.sales.editors.customer"; //$NON-NLS-1$

	private SalesEditors() {
	}

	/**
	 * Opens the opportunity editor for an opportunity, the customer editor for a customer, and for a
	 * lead the editor of the opportunity it became (else of its customer); null for anything else.
	 */
	public static IEditorPart open(IWorkbenchPage page, Object element) {
		try {
			if (element instanceof Opportunity opportunity) {
				return page.openEditor(new SalesEditorInput(opportunity), OPPORTUNITY_EDITOR);
			}
			if (element instanceof Customer customer) {
				return page.openEditor(new SalesEditorInput(customer), CUSTOMER_EDITOR);
			}
			if (element instanceof Lead lead) {
				if (lead.getOpportunity() != null) {
					return open(page, lead.getOpportunity());
				}
				if (lead.getCustomer() != null) {
					return open(page, lead.getCustomer());
				}
			}
		} catch (PartInitException e) {
			StatusManager.getManager().handle(Status.error(e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
		}
		return null;
	}
}
