package org.bidbench.ui.sales.internal.handlers;

import org.bidbench.sales.model.Opportunity;
import org.bidbench.ui.sales.internal.editors.SalesActions;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Moves the selected opportunity to a stage the user picks; a refused move says which gate blocks it. */
public class MoveStageHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof Opportunity element) {
			SalesActions.moveStage(HandlerUtil.getActiveShell(event), element);
		}
		return null;
	}
}
