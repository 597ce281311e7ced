package org.bidbench.ui.sales.internal.editors;

import org.bidbench.sales.model.Opportunity;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A page of the opportunity where the user reviews or approves in a role (deliverables, quote
 * revisions): above its table it says whom the workbench acts as, refreshed with the page, since
 * what the buttons are allowed to do depends on it.
 */
abstract class RolePage extends SalesFormPage {

	protected final OpportunityEditor editor;
	private Label acting;

	protected RolePage(OpportunityEditor editor, String id, String title) {
		super(editor, id, title);
		this.editor = editor;
	}

	/** The "acting as" line, at the top of the section it is made in. */
	protected void actingLabel(Composite section) {
		acting = toolkit.createLabel(section, ""); //$NON-NLS-1$
	}

	@Override
	protected final void refresh() {
		Opportunity o = editor.opportunity();
		if (o == null) {
			return;
		}
		acting.setText(actingAs());
		show(o);
		acting.getParent().layout();
	}

	/** Shows the opportunity's records as they are now. */
	protected abstract void show(Opportunity opportunity);
}
