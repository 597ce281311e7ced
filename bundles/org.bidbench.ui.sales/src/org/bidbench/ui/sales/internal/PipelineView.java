package org.bidbench.ui.sales.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.forecast.WinFactor;
import org.bidbench.sales.core.forecast.WinForecast;
import org.bidbench.sales.core.forecast.WinProbabilityModel;
import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.ListTable;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.SalesSessionView;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.bidbench.ui.sales.internal.editors.SalesLabels;
import org.bidbench.ui.sales.internal.handlers.SalesUndo;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The open pipeline of the workspace's sales data: every open opportunity with its stage, amount,
 * explainable win probability and overdue gates; the selected one's reasons below. It shows the
 * workbench's {@link SalesSession} and follows its changes; a double-click opens the opportunity.
 */
public class PipelineView extends SalesSessionView {

	public static final String ID = "org.bidbench.ui.sales.views.pipeline";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	/** One row: an open opportunity and what the services say about it. */
	record PipelineRow(Opportunity opportunity, WinForecast forecast, List<GateDeadline> overdueGates) {
	}

	private Label summary;
	private TableViewer table;
	private Text details;
	private List<PipelineRow> rows = List.of();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		summary.setText(Messages.PipelineView_loading);

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout columns = new TableColumnLayout();
		table = ListTable.inColumnLayout(sash, columns);
		column(columns, Messages.PipelineView_customer, 22, r -> r.opportunity().getCustomer() == null ? "" : r.opportunity().getCustomer().getName()); //$NON-NLS-1$
		column(columns, Messages.PipelineView_opportunity, 28, r -> r.opportunity().getName());
		column(columns, Messages.PipelineView_stage, 12, r -> SalesLabels.stage(r.opportunity().getStage()));
		column(columns, Messages.PipelineView_amount, 14, r -> SalesLabels.money(r.opportunity().getAmount()));
		column(columns, Messages.PipelineView_win, 7, r -> Math.round(r.forecast().probability() * 100) + " %"); //$NON-NLS-1$
		column(columns, Messages.PipelineView_expectedClose, 11,
				r -> r.opportunity().getExpectedClose() == null ? "" : DAY.format(r.opportunity().getExpectedClose())); //$NON-NLS-1$
		column(columns, Messages.PipelineView_overdueGates, 9, r -> r.overdueGates().isEmpty() ? "" : Integer.toString(r.overdueGates().size())); //$NON-NLS-1$
		table.addSelectionChangedListener(event -> showDetails((PipelineRow) ((IStructuredSelection) event.getSelection()).getFirstElement()));
		table.addDoubleClickListener(event -> {
			PipelineRow row = (PipelineRow) ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (row != null) {
				SalesEditors.open(getSite().getPage(), row.opportunity());
			}
		});
		getSite().setSelectionProvider(table);

		details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		sash.setWeights(3, 1);
		SalesUndo.hook(getViewSite().getActionBars());

		followSession();
		refresh();
	}

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<PipelineRow, String> text) {
		ListTable.weightedColumn(table, layout, title, weight, text);
	}

	/**
	 * Loads the sales data of {@code folder} into the workbench's session off the UI thread; the
	 * view shows it when the session says it changed.
	 */
	public Job load(Path folder) {
		return SalesSession.get().loadInBackground(folder);
	}

	/** Shows what the session holds now. */
	@Override
	public void refresh() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		SalesSession session = SalesSession.get();
		SalesWorkspace workspace = session.workspace();
		if (workspace == null) {
			Path folder = SalesSession.workspaceSalesFolder();
			String message = session.loadMessage() != null
					? session.loadMessage()
					: folder == null ? Messages.PipelineView_noWorkspace : Messages.PipelineView_loading;
			show(message, List.of());
			return;
		}
		List<PipelineRow> pipeline = pipeline(workspace, session.clock().instant());
		String problems = session.loadMessage() == null ? "" : "  " + session.loadMessage(); //$NON-NLS-1$
		show(describe(workspace, pipeline) + problems, pipeline);
	}

	static List<PipelineRow> pipeline(SalesWorkspace workspace, Instant now) {
		WinProbabilityModel model = WinProbabilityModel.train(workspace);
		Map<Opportunity, List<GateDeadline>> overdue = new HashMap<>();
		for (GateDeadline deadline : GateDeadlines.overdue(workspace, now)) {
			overdue.computeIfAbsent(deadline.opportunity(), o -> new ArrayList<>()).add(deadline);
		}
		List<PipelineRow> rows = new ArrayList<>();
		// As of the end of the day, as WeightedPipeline weighs: the figure is the cockpit's and the CLI's all day long.
		for (WinForecast forecast : model.forecastOpen(workspace, WeightedPipeline.endOf(LocalDate.ofInstant(now, ZoneOffset.UTC)))) {
			Opportunity opportunity = forecast.opportunity();
			if (opportunity.getStatus() == OpportunityStatus.OPEN) {
				rows.add(new PipelineRow(opportunity, forecast, overdue.getOrDefault(opportunity, List.of())));
			}
		}
		rows.sort(Comparator.comparing((PipelineRow r) -> amount(r.opportunity())).reversed());
		return rows;
	}

	static String describe(SalesWorkspace workspace, List<PipelineRow> pipeline) {
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal weighted = BigDecimal.ZERO;
		int overdue = 0;
		for (PipelineRow row : pipeline) {
			BigDecimal amount = amount(row.opportunity());
			total = total.add(amount);
			weighted = weighted.add(WeightedPipeline.weighted(amount, row.forecast()));
			overdue += row.overdueGates().size();
		}
		String currency = workspace.getCurrency() == null ? "" : " " + workspace.getCurrency(); //$NON-NLS-1$
		return NLS.bind(Messages.PipelineView_summary, new Object[]{workspace.getName(), pipeline.size(),
				String.format("%,.0f%s", total, currency), //$NON-NLS-1$
				String.format("%,.0f%s", weighted.setScale(0, RoundingMode.HALF_UP), currency), overdue}); //$NON-NLS-1$
	}

	private static BigDecimal amount(Opportunity opportunity) {
		Money money = opportunity.getAmount();
		return money == null ? BigDecimal.ZERO : money.amount();
	}

	private void show(String text, List<PipelineRow> pipeline) {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		rows = pipeline;
		summary.setText(text);
		summary.getParent().layout();
		table.setInput(pipeline);
	}

	private void showDetails(PipelineRow row) {
		if (row == null) {
			details.setText("");
			return;
		}
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.PipelineView_winProbability, row.opportunity().getName(), Math.round(row.forecast().probability() * 100)));
		text.append(row.forecast().fromModel()
				? Messages.PipelineView_fromModel
				: NLS.bind(Messages.PipelineView_stageDefault, row.forecast().note(org.bidbench.ui.sales.internal.views.SalesWording.locale())));
		text.append('\n');
		for (WinFactor factor : row.forecast().factors()) {
			text.append("  ").append(SalesLabels.factor(factor)).append('\n'); //$NON-NLS-1$
		}
		for (GateDeadline gate : row.overdueGates()) {
			text.append(NLS.bind(Messages.PipelineView_overdue, gate.gate().getName(),
					DAY.format(gate.dueAt().atZone(ZoneId.systemDefault()).toLocalDate()))).append('\n');
		}
		details.setText(text.toString());
	}

	/** The rows on display, for tests. */
	List<PipelineRow> rows() {
		return rows;
	}

	/** The line above the table: counts, pipeline and weighted pipeline. */
	public String summaryText() {
		return summary == null || summary.isDisposed() ? "" : summary.getText(); //$NON-NLS-1$
	}

	@Override
	protected Control focusControl() {
		return table.getControl();
	}
}
