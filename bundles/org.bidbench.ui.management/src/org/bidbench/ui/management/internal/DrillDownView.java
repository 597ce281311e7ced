package org.bidbench.ui.management.internal;

import java.util.List;

import org.bidbench.sales.core.kpi.KpiDrillDown;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.ui.ListTable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The opportunities behind a figure of the dashboard, with what of each counted (a contract, a
 * milestone, a gate, an answer). Its selection is the opportunities, so the Sales perspective's
 * editors and properties follow it; double-click opens the opportunity.
 */
public class DrillDownView extends ViewPart {

	private Label title;
	private TableViewer viewer;
	private List<KpiDrillDown.Entry> entries = List.of();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		title = new Label(parent, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		title.setText(Messages.DrillDown_empty);
		viewer = ListTable.create(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column(Messages.DrillDown_opportunity, 320, e -> e.opportunity().getId() + "  " + e.opportunity().getName());
		column(Messages.DrillDown_customer, 220, e -> e.opportunity().getCustomer() == null ? "" : e.opportunity().getCustomer().getName());
		column(Messages.DrillDown_stage, 130, e -> Cockpit.stageName(e.opportunity().getStage()));
		column(Messages.DrillDown_what, 420, e -> e.what(Cockpit.locale()));
		viewer.addDoubleClickListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof KpiDrillDown.Entry entry) {
				open(entry);
			}
		});
		getSite().setSelectionProvider(viewer);
	}

	private void column(String text, int width, java.util.function.Function<KpiDrillDown.Entry, String> label) {
		ListTable.column(viewer, text, width, label);
	}

	void show(String heading, List<KpiDrillDown.Entry> entries) {
		this.entries = List.copyOf(entries);
		title.setText(heading);
		viewer.setInput(this.entries);
		title.getParent().layout(true, true);
	}

	/** What is listed, in workspace order. */
	public List<KpiDrillDown.Entry> entries() {
		return entries;
	}

	/** The distinct opportunities listed. */
	public List<Opportunity> opportunities() {
		return entries.stream().map(KpiDrillDown.Entry::opportunity).distinct().toList();
	}

	/** Opens the entry's opportunity in the Sales perspective's opportunity editor (what a double-click does). */
	public boolean open(KpiDrillDown.Entry entry) {
		return OpportunityEditors.open(getSite().getPage(), entry.opportunity());
	}

	public String heading() {
		return title.getText();
	}

	/** The heading and every cell as shown. */
	java.util.List<String> shownTexts() {
		return Cockpit.shownTexts(title, viewer);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
