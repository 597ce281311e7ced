package org.bidbench.ui.management.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.reports.charts.CockpitCharts;
import org.bidbench.sales.core.kpi.CollectionsReport;
import org.bidbench.sales.core.kpi.CollectionsReport.Ageing;
import org.bidbench.sales.core.kpi.CollectionsReport.Bucket;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.ListTable;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Collections (回款): receivables ageing by region (or customer), the overdue milestones with the
 * person who chases them, and the cash-flow curve (collected and expected cash by month, with the
 * running total). Follows every change of the sales session.
 */
public class CollectionsView extends CockpitView {

	private Button byCustomer;
	private TableViewer ageing;
	private TableViewer overdue;
	private ChartCanvas chart;
	private CollectionsReport report;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		summary.setText(Messages.Cockpit_loading);
		byCustomer = new Button(parent, SWT.CHECK);
		byCustomer.setText(Messages.Collections_byCustomer);
		byCustomer.addListener(SWT.Selection, e -> refresh());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		SashForm tables = new SashForm(sash, SWT.VERTICAL);
		ageing = table(tables);
		ageingColumn(Messages.Collections_region, 200, a -> a.name());
		for (Bucket b : Bucket.values()) {
			ageingColumn(b == Bucket.CURRENT ? Messages.Collections_current : b == Bucket.OVER_90 ? "> 90" : b.id(), 100,
					a -> Cockpit.money(a.amount(b)));
		}
		ageingColumn(Messages.Collections_total, 110, a -> Cockpit.money(a.total()));
		overdue = table(tables);
		overdueColumn(Messages.DrillDown_opportunity, 220, r -> r.opportunity().getId() + "  " + r.opportunity().getName());
		overdueColumn(Messages.Collections_milestone, 130, r -> r.milestone().getName());
		overdueColumn(Messages.Collections_outstanding, 110, r -> Cockpit.money(r.outstanding()));
		overdueColumn(Messages.Collections_due, 90, r -> r.dueDate().toString());
		overdueColumn(Messages.Collections_daysOverdue, 80, r -> Long.toString(r.daysPastDue()));
		overdueColumn(Messages.Collections_responsible, 110,
				r -> r.responsible() == null ? org.bidbench.ui.sales.internal.risks.Messages.Flags_nobody : r.responsible().getName());
		tables.setWeights(45, 55);
		chart = new ChartCanvas(sash);
		sash.setWeights(55, 45);
		followSession();
		refresh();
	}

	private static TableViewer table(Composite parent) {
		return ListTable.create(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
	}

	private void ageingColumn(String text, int width, java.util.function.Function<Ageing, String> label) {
		column(ageing, text, width, e -> label.apply((Ageing) e));
	}

	private void overdueColumn(String text, int width, java.util.function.Function<CollectionsReport.Receivable, String> label) {
		column(overdue, text, width, e -> label.apply((CollectionsReport.Receivable) e));
	}

	private static void column(TableViewer viewer, String text, int width, java.util.function.Function<Object, String> label) {
		ListTable.column(viewer, text, width, label);
	}

	@Override
	protected void show(SalesWorkspace workspace) {
		report = CollectionsReport.compute(workspace, Cockpit.today());
		ageing.getTable().getColumn(0).setText(byCustomer.getSelection() ? Messages.Collections_customer : Messages.Collections_region);
		List<Ageing> rows = new ArrayList<>(byCustomer.getSelection() ? report.byCustomer() : report.byRegion());
		rows.add(new Ageing(Messages.Collections_total, totals(report.total())));
		ageing.setInput(rows);
		overdue.setInput(report.overdue());
		BigDecimal overdueAmount = report.overdue().stream().map(CollectionsReport.Receivable::outstanding).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		summary.setText(NLS.bind(Messages.Collections_summary, new Object[]{report.asOf(), Cockpit.money(report.total().total()),
				report.currency(), Cockpit.money(overdueAmount), report.overdue().size()}));
		List<String> months = new ArrayList<>();
		List<Double> collected = new ArrayList<>();
		List<Double> expected = new ArrayList<>();
		boolean chinese = Cockpit.chinese();
		for (CollectionsReport.CashMonth m : report.cashByMonth()) {
			months.add(m.month().toString());
			collected.add(m.collected().movePointLeft(chinese ? 4 : 6).doubleValue());
			expected.add(m.expected().movePointLeft(chinese ? 4 : 6).doubleValue());
		}
		String axis = Messages.Forecast_million + " " + report.currency();
		chart.setChart((w, h) -> CockpitCharts.cashFlow(Messages.Collections_cashTitle, axis, months, collected, expected,
				Messages.Collections_collected, Messages.Collections_expected, Messages.Collections_cumulative, w, h));
		summary.getParent().layout(true, true);
	}

	private static BigDecimal[] totals(Ageing total) {
		BigDecimal[] a = new BigDecimal[Bucket.values().length];
		for (Bucket b : Bucket.values()) {
			a[b.ordinal()] = total.amount(b);
		}
		return a;
	}

	/** What is on show; null before the data is loaded. */
	public CollectionsReport report() {
		return report;
	}

	@Override
	protected Control focusControl() {
		return ageing.getControl();
	}
}
