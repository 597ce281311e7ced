package org.bidbench.ui.management.internal;

import java.util.List;
import java.util.Map;

import org.bidbench.reports.data.PipelineKpiReport;
import org.bidbench.sales.core.forecast.ForecastCategories;
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.model.ForecastCategory;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.ListTable;
import org.bidbench.ui.sales.SalesSession;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The forecast: every open opportunity with its stage's historical win rate, its win probability
 * and the factors that moved it, its forecast category (a person may set it in the table; the
 * change is an undoable command of the sales session) and its weighted amount; the weighted
 * pipeline by expected close month and category as a chart. The figures are
 * {@link WeightedPipeline}'s, the same as {@code bidbench forecast} and the KPI report.
 */
public class ForecastView extends CockpitView {

	private TableViewer viewer;
	private ChartCanvas chart;
	private WeightedPipeline pipeline;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		summary.setText(Messages.Cockpit_loading);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = ListTable.create(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		column(Messages.Forecast_id, 60, l -> l.opportunity().getId());
		column(Messages.Forecast_opportunity, 240, l -> l.opportunity().getName());
		column(Messages.Forecast_stage, 130, l -> Cockpit.stageName(l.stage()));
		column(Messages.Forecast_baseline, 120, l -> Cockpit.percent(l.forecast().stageBaseline()));
		column(Messages.Forecast_probability, 60, l -> Cockpit.percent(l.forecast().probability()));
		TableViewerColumn category = column(Messages.Forecast_category, 150,
				l -> l.categorySet() ? Cockpit.category(l.category()) : NLS.bind(Messages.Forecast_categorySuggested, Cockpit.category(l.category())));
		category.setEditingSupport(new CategoryEditing(viewer));
		column(Messages.Forecast_amount, 110, l -> Cockpit.money(l.amount()));
		column(Messages.Forecast_weighted, 110, l -> Cockpit.money(l.weighted()));
		column(Messages.Forecast_close, 110, l -> l.opportunity().getExpectedClose() == null ? "" : l.opportunity().getExpectedClose().toString());
		column(Messages.Forecast_owner, 110, l -> l.owner() == null ? "" : l.owner().getName());
		column(Messages.Forecast_factors, 420, l -> l.forecast().factors().isEmpty()
				? l.forecast().note(Cockpit.locale())
				: String.join(Messages.Forecast_factorSeparator,
						l.forecast().explanation(Cockpit.locale()).subList(0, Math.min(3, l.forecast().factors().size()))));
		chart = new ChartCanvas(sash);
		sash.setWeights(50, 50);
		getSite().setSelectionProvider(viewer);
		followSession();
		refresh();
	}

	private TableViewerColumn column(String text, int width, java.util.function.Function<WeightedPipeline.Line, String> label) {
		return ListTable.column(viewer, text, width, label);
	}

	@Override
	protected void show(SalesWorkspace workspace) {
		pipeline = WeightedPipeline.of(workspace, Cockpit.today());
		viewer.setInput(pipeline.lines());
		Map<ForecastCategory, WeightedPipeline.Totals> byCategory = pipeline.byCategory();
		summary.setText(NLS.bind(Messages.Forecast_summary, new Object[]{pipeline.asOf(), pipeline.total().opportunities(),
				Cockpit.money(pipeline.total().amount()), pipeline.currency(), Cockpit.money(pipeline.weightedTotal()),
				Cockpit.money(byCategory.get(ForecastCategory.COMMIT).weighted()),
				Cockpit.money(byCategory.get(ForecastCategory.BEST_CASE).weighted()),
				Cockpit.money(byCategory.get(ForecastCategory.PIPELINE).weighted()), pipeline.model().note(Cockpit.locale())}));
		showChart();
		summary.getParent().layout(true, true);
	}

	private void showChart() {
		List<String> categories = ForecastCategory.VALUES.stream().map(Cockpit::category).toList();
		WeightedPipeline shown = pipeline;
		boolean chinese = Cockpit.chinese();
		// Drawn by the KPI report's code: the PDF shows the same chart.
		chart.setChart((w, h) -> PipelineKpiReport.forecastChart(Messages.Forecast_byMonthTitle, shown, categories, chinese, w, h));
	}

	/** The lines on show; null before the data is loaded. */
	public WeightedPipeline pipeline() {
		return pipeline;
	}

	/** Sets an opportunity's category as a person would in the table: one undoable command. */
	public void setCategory(WeightedPipeline.Line line, ForecastCategory category) {
		SalesSession.get().run(NLS.bind(Messages.Forecast_setCategory, line.opportunity().getId()),
				() -> ForecastCategories.set(line.opportunity(), category));
	}

	private final class CategoryEditing extends EditingSupport {
		private final ComboBoxCellEditor editor;

		CategoryEditing(TableViewer viewer) {
			super(viewer);
			editor = new ComboBoxCellEditor(viewer.getTable(), new String[]{Messages.Forecast_categoryCommit,
					Messages.Forecast_categoryBestCase, Messages.Forecast_categoryPipeline}, SWT.READ_ONLY);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((WeightedPipeline.Line) element).category().getValue();
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			WeightedPipeline.Line line = (WeightedPipeline.Line) element;
			if (index >= 0 && (index != line.category().getValue() || !line.categorySet())) {
				setCategory(line, ForecastCategory.get(index));
			}
		}
	}

	/** The heading and every cell as shown. */
	java.util.List<String> shownTexts() {
		return Cockpit.shownTexts(summary, viewer);
	}

	@Override
	protected Control focusControl() {
		return viewer.getControl();
	}
}
