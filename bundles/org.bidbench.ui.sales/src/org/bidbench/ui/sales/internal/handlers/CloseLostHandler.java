package org.bidbench.ui.sales.internal.handlers;

import org.bidbench.sales.model.Opportunity;
import org.bidbench.ui.sales.internal.editors.SalesActions;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Closes the selected opportunity as lost, asking for the reason and the winning competitor. */
public class CloseLostHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Opportunity element) {
			SalesActions.closeLost(HandlerUtil.getActiveShell(event), element);
		}
		return null;
	}
}
