package org.bidbench.ui.sales.internal.handlers;

import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the editor of each selected customer, opportunity or lead. */
public class OpenSalesEditorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				SalesEditors.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), element);
			}
		}
		return null;
	}
}
