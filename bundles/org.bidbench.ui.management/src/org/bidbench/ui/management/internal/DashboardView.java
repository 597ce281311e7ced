package org.bidbench.ui.management.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.reports.data.PipelineKpiReport;
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.kpi.KpiDashboard;
import org.bidbench.sales.core.kpi.KpiDrillDown;
import org.bidbench.sales.core.kpi.KpiProviders;
import org.bidbench.sales.core.kpi.KpiSplit;
import org.bidbench.sales.core.kpi.KpiValue;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.core.risk.RiskFlags;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.management.ManagementViews;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;

/**
 * The management dashboard: every KPI of docs/domain.md for a period (month, quarter, year or custom
 * days) against the previous period and the target, for the whole firm and by region, team or
 * person; the selected KPI's trend over the last 8 periods and the period's ratios as charts.
 * Double-clicking a figure lists the opportunities behind it. It recomputes after every change
 * of the sales session (an edit, undo, load or save anywhere in the workbench).
 */
public class DashboardView extends CockpitView {

	private static final KpiSplit[] SPLITS = {null, KpiSplit.REGION, KpiSplit.TEAM, KpiSplit.PERSON};

	private Text periodText;
	private Combo splitCombo;
	private Label flagsLabel;
	private Table table;
	private ChartCanvas trendChart;
	private ChartCanvas ratioChart;
	private Period period;
	private KpiSplit split = KpiSplit.REGION;
	private KpiDashboard dashboard;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(6, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(bar, SWT.NONE).setText(Messages.Dashboard_period);
		periodText = new Text(bar, SWT.BORDER);
		periodText.setLayoutData(new GridData(170, SWT.DEFAULT));
		period = Period.of(Period.Length.QUARTER, Cockpit.today());
		periodText.setText(period.label());
		periodText.addListener(SWT.DefaultSelection, e -> applyPeriod());
		periodText.addListener(SWT.FocusOut, e -> applyPeriod());
		new Label(bar, SWT.NONE).setText(Messages.Dashboard_split);
		splitCombo = new Combo(bar, SWT.READ_ONLY);
		splitCombo.setItems(Messages.Dashboard_splitNone, Messages.Dashboard_splitRegion, Messages.Dashboard_splitTeam,
				Messages.Dashboard_splitPerson);
		splitCombo.select(1);
		splitCombo.addListener(SWT.Selection, e -> {
			split = SPLITS[splitCombo.getSelectionIndex()];
			refresh();
		});
		flagsLabel = new Label(bar, SWT.NONE);
		flagsLabel.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		new Label(bar, SWT.NONE);
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		summary.setText(Messages.Cockpit_loading);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.Selection, e -> showTrend());
		table.addListener(SWT.MouseDoubleClick, e -> {
			Point at = new Point(e.x, e.y);
			TableItem item = table.getItem(at);
			if (item == null) {
				return;
			}
			for (int column = 1; column < table.getColumnCount(); column++) {
				if (item.getBounds(column).contains(at)) {
					String group = (String) table.getColumn(column).getData();
					if (group != null) {
						drillDown((String) item.getData(), group);
					}
				}
			}
		});
		SashForm charts = new SashForm(sash, SWT.VERTICAL);
		trendChart = new ChartCanvas(charts);
		ratioChart = new ChartCanvas(charts);
		sash.setWeights(62, 38);
		followSession();
		refresh();
	}

	private void applyPeriod() {
		try {
			Period p = Period.parse(periodText.getText().trim());
			if (!p.equals(period)) {
				period = p;
				refresh();
			}
		} catch (RuntimeException e) {
			summary.setText(NLS.bind(Messages.Dashboard_badPeriod, periodText.getText().trim()));
		}
	}

	/** Shows the dashboard of {@code text} (as {@link Period#parse(String)} reads it). */
	public void setPeriod(String text) {
		periodText.setText(text);
		period = Period.parse(text);
		refresh();
	}

	/** Splits by region, team or person; null for the whole firm only. */
	public void setSplit(KpiSplit split) {
		this.split = split;
		for (int i = 0; i < SPLITS.length; i++) {
			if (SPLITS[i] == split) {
				splitCombo.select(i);
			}
		}
		refresh();
	}

	/** The figures on show; null until the sales data is loaded. */
	public KpiDashboard dashboard() {
		return dashboard;
	}

	/** The text of one cell: KPI {@code kpi} of group {@code group} ({@link KpiDashboard#ALL} for the whole firm). */
	public String cellText(String kpi, String group) {
		for (TableItem item : table.getItems()) {
			if (kpi.equals(item.getData())) {
				for (int column = 0; column < table.getColumnCount(); column++) {
					if (group.equals(table.getColumn(column).getData())) {
						return item.getText(column);
					}
				}
			}
		}
		return null;
	}

	/** Recomputes the figures from the session's workspace (fast: well under a second on 5,000 opportunities). */
	@Override
	protected void show(SalesWorkspace workspace) {
		BusyIndicator.showWhile(table.getDisplay(), () -> {
			dashboard = KpiDashboard.compute(workspace, period, split, WeightedPipeline.endOf(Cockpit.today()),
					KpiProviders.registered(new ArrayList<>()));
			long open = RiskFlags.unacknowledged(workspace, WeightedPipeline.endOf(Cockpit.today())).size();
			flagsLabel.setText(NLS.bind(Messages.Dashboard_openFlags, open));
		});
		Period previous = period.previous();
		summary.setText(NLS.bind(Messages.Dashboard_summary,
				new Object[]{period.start(), period.lastDay(), previous.start(), previous.lastDay()}));
		fillTable();
		showTrend();
		showRatios();
		summary.getParent().layout(true, true);
	}

	private void fillTable() {
		String selected = table.getSelectionCount() == 0 ? null : (String) table.getSelection()[0].getData();
		table.setRedraw(false);
		table.removeAll();
		for (TableColumn c : table.getColumns()) {
			c.dispose();
		}
		column(Messages.Dashboard_kpi, 190, null);
		column(Messages.Dashboard_all, 130, KpiDashboard.ALL);
		column(Messages.Dashboard_previous, 110, null);
		column(Messages.Dashboard_change, 125, null);
		column(Messages.Dashboard_target, 100, null);
		List<KpiDashboard.Group> groups = dashboard.groups();
		for (KpiDashboard.Group g : groups.subList(1, groups.size())) {
			column(g.name(), 110, g.name());
		}
		KpiDashboard.Group whole = dashboard.whole();
		for (KpiDashboard.Figure f : whole.figures().values()) {
			KpiValue v = f.current();
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(v.id());
			List<String> texts = new ArrayList<>();
			texts.add(Cockpit.kpiName(v));
			texts.add(Cockpit.figure(v.value(), v.unit()));
			texts.add(f.previous() == null ? "" : Cockpit.figure(f.previous().value(), v.unit()));
			BigDecimal change = f.change();
			texts.add(change == null ? "" : (change.signum() > 0 ? "+" : "") + Cockpit.figure(change, v.unit()));
			texts.add(f.target() == null ? "" : Cockpit.figure(f.target(), v.unit()));
			for (KpiDashboard.Group g : groups.subList(1, groups.size())) {
				KpiDashboard.Figure gf = g.figure(v.id());
				texts.add(gf == null ? "" : Cockpit.figure(gf.current().value(), v.unit()));
			}
			item.setText(texts.toArray(String[]::new));
			if (f.target() != null && f.againstTarget() != null) {
				item.setForeground(4, table.getDisplay().getSystemColor(f.againstTarget().signum() >= 0
						? SWT.COLOR_DARK_GREEN
						: SWT.COLOR_DARK_RED));
			}
			if (v.id().equals(selected)) {
				table.setSelection(item);
			}
		}
		if (table.getSelectionCount() == 0 && table.getItemCount() > 0) {
			table.setSelection(0);
		}
		table.setRedraw(true);
	}

	private void column(String title, int width, String group) {
		TableColumn c = new TableColumn(table, group == null || group.equals(KpiDashboard.ALL) ? SWT.LEFT : SWT.RIGHT);
		c.setText(title);
		c.setWidth(width);
		c.setData(group);
	}

	private void showTrend() {
		if (dashboard == null || table.getSelectionCount() == 0) {
			trendChart.setChart(null);
			return;
		}
		String kpi = (String) table.getSelection()[0].getData();
		KpiDashboard dashboardShown = dashboard;
		String title = NLS.bind(Messages.Dashboard_trendTitle, Cockpit.kpiName(dashboard.whole().figure(kpi).current()));
		// Drawn by the KPI report's code: the PDF shows the same chart.
		boolean chinese = Cockpit.chinese();
		trendChart.setChart((w, h) -> PipelineKpiReport.trendChart(title, Messages.Dashboard_all, Messages.Dashboard_target, dashboardShown,
				kpi, chinese, w, h));
	}

	private void showRatios() {
		List<String> names = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		for (KpiDashboard.Figure f : dashboard.whole().figures().values()) {
			KpiValue v = f.current();
			if ("%".equals(v.unit()) && v.isDefined() && !v.id().contains(".")) {
				names.add(Cockpit.kpiName(v));
				values.add(v.value().doubleValue());
			}
		}
		ratioChart.setChart((w, h) -> PipelineKpiReport.ratioChart(Messages.Dashboard_ratiosTitle, names, values, w, h));
	}

	/** "12 risk flags not acknowledged", as shown above the table. */
	public String openFlagsText() {
		return flagsLabel.getText();
	}

	/** Lists the opportunities behind a figure in the drill-down view and returns it. */
	public DrillDownView drillDown(String kpi, String group) {
		KpiDashboard.Group g = dashboard.group(group);
		SalesWorkspace workspace = Cockpit.workspace();
		List<KpiDrillDown.Entry> entries = KpiDrillDown.of(workspace, period, g.scope(), kpi);
		try {
			DrillDownView view = (DrillDownView) getSite().getPage().showView(ManagementViews.DRILL_DOWN);
			String groupName = group.equals(KpiDashboard.ALL) ? Messages.Dashboard_all : group;
			view.show(NLS.bind(Messages.DrillDown_title, new Object[]{Cockpit.kpiName(g.figure(kpi).current()), groupName,
					period.label(), entries.stream().map(KpiDrillDown.Entry::opportunity).distinct().count()}), entries);
			return view;
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	protected Control focusControl() {
		return table;
	}
}
