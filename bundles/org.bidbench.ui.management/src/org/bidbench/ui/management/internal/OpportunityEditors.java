package org.bidbench.ui.management.internal;

import org.bidbench.sales.model.Opportunity;
import org.eclipse.ui.IWorkbenchPage;

/**
 * Opens an opportunity from the cockpit in the Sales perspective's opportunity editor. Until the
 * editors are on this branch (h/sales-ui-editors, merged late), there is nothing to open and the
 * drill-down's selection is all the workbench gets.
 */
final class OpportunityEditors {

	private OpportunityEditors() {
	}

	/** @return whether an editor opened */
	static boolean open(IWorkbenchPage page, Opportunity opportunity) {
		return false;
	}
}
