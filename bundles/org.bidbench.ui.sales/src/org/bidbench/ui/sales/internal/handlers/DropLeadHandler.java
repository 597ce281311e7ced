package org.bidbench.ui.sales.internal.handlers;

import org.bidbench.sales.model.Lead;
import org.bidbench.ui.sales.internal.editors.SalesActions;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Drops the selected lead with a reason. */
public class DropLeadHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Lead element) {
			SalesActions.drop(HandlerUtil.getActiveShell(event), element);
		}
		return null;
	}
}
