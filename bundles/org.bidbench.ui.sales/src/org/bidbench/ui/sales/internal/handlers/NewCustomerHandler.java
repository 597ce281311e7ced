package org.bidbench.ui.sales.internal.handlers;

import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.editors.SalesActions;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Creates a customer and opens its editor. */
public class NewCustomerHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (SalesSession.get().isLoaded()) {
			var customer = SalesActions.newCustomer(HandlerUtil.getActiveShell(event));
			if (customer != null) {
				SalesEditors.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), customer);
			}
		}
		return null;
	}
}
