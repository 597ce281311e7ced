package org.bidbench.ui.sales.internal.handlers;

import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Lead;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.editors.SalesActions;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Registers a new lead, for the selected customer when one is selected. */
public class NewLeadHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!SalesSession.get().isLoaded()) {
			return null;
		}
		Customer customer = null;
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			Object first = selection.getFirstElement();
			customer = first instanceof Customer c
					? c
					: first instanceof Opportunity o ? o.getCustomer() : first instanceof Lead l ? l.getCustomer() : null;
		}
		SalesActions.newLead(HandlerUtil.getActiveShell(event), customer);
		return null;
	}
}
