package org.bidbench.ui.sales.internal.handlers;

import org.bidbench.sales.model.Lead;
import org.bidbench.ui.sales.internal.editors.SalesActions;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Starts qualifying the selected lead. */
public class QualifyLeadHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Lead element) {
			SalesActions.qualify(HandlerUtil.getActiveShell(event), element);
		}
		return null;
	}
}
