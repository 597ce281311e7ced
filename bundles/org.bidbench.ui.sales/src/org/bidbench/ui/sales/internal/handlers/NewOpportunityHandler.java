package org.bidbench.ui.sales.internal.handlers;

import org.bidbench.sales.model.Customer;
import org.bidbench.ui.sales.internal.editors.SalesActions;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Creates an opportunity of the selected customer and opens it. */
public class NewOpportunityHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Customer customer) {
			var opportunity = SalesActions.newOpportunity(HandlerUtil.getActiveShell(event), customer);
			if (opportunity != null) {
				SalesEditors.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), opportunity);
			}
		}
		return null;
	}
}
