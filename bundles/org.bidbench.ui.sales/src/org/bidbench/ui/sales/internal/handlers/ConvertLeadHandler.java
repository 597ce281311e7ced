package org.bidbench.ui.sales.internal.handlers;

import org.bidbench.sales.model.Lead;
import org.bidbench.ui.sales.internal.editors.SalesActions;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Converts the selected lead into an opportunity (keeping the link) and opens it. */
public class ConvertLeadHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Lead element) {
			var opportunity = SalesActions.convert(HandlerUtil.getActiveShell(event), element);
			if (opportunity != null) {
				SalesEditors.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), opportunity);
			}
		}
		return null;
	}
}
