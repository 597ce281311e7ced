package org.bidbench.ui.management.internal;

import org.bidbench.sales.model.Opportunity;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.eclipse.ui.IWorkbenchPage;

/** Opens an opportunity from the cockpit in the Sales perspective's opportunity editor. */
final class OpportunityEditors {

	private OpportunityEditors() {
	}

	/** @return whether an editor opened */
	static boolean open(IWorkbenchPage page, Opportunity opportunity) {
		return SalesEditors.open(page, opportunity) != null;
	}
}
