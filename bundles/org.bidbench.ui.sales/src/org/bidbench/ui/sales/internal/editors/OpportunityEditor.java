package org.bidbench.ui.sales.internal.editors;

import java.util.ArrayList;
import java.util.List;

import org.bidbench.sales.model.Opportunity;
import org.bidbench.ui.sales.internal.Messages;
import org.eclipse.ui.PartInitException;

/**
 * The opportunity editor: a multi-page form editor (overview, team, activities, deliverables,
 * quotes, contract, risks) over one opportunity of the session. Every edit is a sales operation
 * on the session's command stack (Edit > Undo), the editor is dirty while the session has
 * unsaved edits, and it follows changes made anywhere else in the workbench.
 */
public class OpportunityEditor extends SalesRecordEditor<Opportunity> {

	public static final String ID = SalesEditors.OPPORTUNITY_EDITOR;

	private final List<SalesFormPage> salesPages = new ArrayList<>();

	public OpportunityEditor() {
		super(Opportunity.class, Messages.OpportunityEditor_noOpportunity);
	}

	/** The opportunity edited, as the session holds it now (null once it is gone). */
	public Opportunity opportunity() {
		return record();
	}

	@Override
	protected void addPages() {
		try {
			add(new OverviewPage(this));
			add(new TeamPage(this));
			add(new ActivitiesPage(this));
			add(new DeliverablesPage(this));
			add(new QuotesPage(this));
			add(new ContractPage(this));
			add(new RisksPage(this));
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	private void add(SalesFormPage page) throws PartInitException {
		salesPages.add(page);
		addPage(page);
	}

	/** The pages, for tests. */
	public List<SalesFormPage> salesPages() {
		return salesPages;
	}

	@Override
	protected void refreshPages() {
		for (SalesFormPage page : salesPages) {
			page.refreshIfCreated();
		}
	}
}
