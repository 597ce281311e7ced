package org.bidbench.ui.management.internal;

import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.sales.SalesSessionView;
import org.eclipse.swt.widgets.Label;

/**
 * A view of the Management perspective: a summary line over figures computed from the sales
 * session's workspace, shown again on every change of the session; while there is no workspace the
 * summary line says it is loading, or why the sales data did not load.
 */
abstract class CockpitView extends SalesSessionView {

	/** The line over the figures; made first in {@code createPartControl}. */
	protected Label summary;

	@Override
	public final void refresh() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		SalesWorkspace workspace = Cockpit.workspace();
		if (workspace == null) {
			summary.setText(Cockpit.loadState());
			return;
		}
		show(workspace);
	}

	/** Computes the figures from {@code workspace} and shows them. */
	protected abstract void show(SalesWorkspace workspace);
}
