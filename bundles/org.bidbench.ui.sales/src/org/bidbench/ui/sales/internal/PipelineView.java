package org.bidbench.ui.sales.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.core.forecast.WinFactor;
import org.bidbench.sales.core.forecast.WinForecast;
import org.bidbench.sales.core.forecast.WinProbabilityModel;
import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The open pipeline of the workspace's sales data: every open opportunity with its stage, amount,
 * explainable win probability and overdue gates; the selected one's reasons below. Read-only: the
 * editing views come with the sales perspective's own issue.
 */
public class PipelineView extends ViewPart {

	public static final String ID = "org.bidbench.ui.sales.views.pipeline";

	/** Where a BidBench workspace keeps its sales data (the layout the demo workspace uses). */
	static final String SALES_FOLDER = "sales";

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
		summary.setText("Loading the sales workspace...");

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite tableHolder = new Composite(sash, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableHolder.setLayout(columns);
		table = new TableViewer(tableHolder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "Customer", 22, r -> r.opportunity().getCustomer() == null ? "" : r.opportunity().getCustomer().getName());
		column(columns, "Opportunity", 28, r -> r.opportunity().getName());
		column(columns, "Stage", 12, r -> r.opportunity().getStage() == null ? "" : r.opportunity().getStage().getName());
		column(columns, "Amount", 14, r -> format(r.opportunity().getAmount()));
		column(columns, "Win", 7, r -> Math.round(r.forecast().probability() * 100) + " %");
		column(columns, "Expected close", 11, r -> r.opportunity().getExpectedClose() == null ? "" : DAY.format(r.opportunity().getExpectedClose()));
		column(columns, "Overdue gates", 9, r -> r.overdueGates().isEmpty() ? "" : Integer.toString(r.overdueGates().size()));
		table.addSelectionChangedListener(event -> showDetails((PipelineRow) ((IStructuredSelection) event.getSelection()).getFirstElement()));
		getSite().setSelectionProvider(table);

		details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		sash.setWeights(3, 1);

		Path folder = workspaceSalesFolder();
		if (folder == null) {
			summary.setText("This workbench has no workspace folder (started with -data @none).");
		} else {
			load(folder);
		}
	}

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<PipelineRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PipelineRow) element);
			}
		});
	}

	static Path workspaceSalesFolder() {
		var location = Platform.getInstanceLocation();
		if (location == null || location.getURL() == null) {
			return null;
		}
		return Path.of(location.getURL().getPath()).resolve(SALES_FOLDER);
	}

	/** Loads the sales data of {@code folder} off the UI thread, then shows it. */
	public Job load(Path folder) {
		Job job = Job.create("Loading the sales pipeline from " + folder, (IProgressMonitor monitor) -> {
			if (!Files.isRegularFile(folder.resolve(SalesWorkspaceFolder.ROOT))) {
				show("No sales data in " + folder + ". Start BidBench with 'bidbench demo' for a demo workspace, or keep the"
						+ " sales data of this workspace in its 'sales' folder.", List.of());
				return Status.OK_STATUS;
			}
			try {
				SalesWorkspaceFolder loaded = SalesWorkspaceFolder.load(folder);
				List<PipelineRow> pipeline = pipeline(loaded.workspace(), Instant.now());
				String problems = loaded.problems().isEmpty() ? ""
						: "  " + loaded.problems().size() + " part(s) could not be read and are left out: " + loaded.problems().get(0);
				show(describe(loaded.workspace(), pipeline) + problems, pipeline);
				return Status.OK_STATUS;
			} catch (WorkspaceFileException e) {
				show("The sales data cannot be read: " + e.getMessage(), List.of());
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				show("The sales data cannot be read: " + e, List.of());
				return Status.error("Loading " + folder + " failed", e);
			}
		});
		job.setUser(false);
		job.schedule();
		return job;
	}

	static List<PipelineRow> pipeline(SalesWorkspace workspace, Instant now) {
		WinProbabilityModel model = WinProbabilityModel.train(workspace);
		Map<Opportunity, List<GateDeadline>> overdue = new HashMap<>();
		for (GateDeadline deadline : GateDeadlines.overdue(workspace, now)) {
			overdue.computeIfAbsent(deadline.opportunity(), o -> new ArrayList<>()).add(deadline);
		}
		List<PipelineRow> rows = new ArrayList<>();
		for (WinForecast forecast : model.forecastOpen(workspace, now)) {
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
			weighted = weighted.add(amount.multiply(BigDecimal.valueOf(row.forecast().probability())));
			overdue += row.overdueGates().size();
		}
		String currency = workspace.getCurrency() == null ? "" : " " + workspace.getCurrency();
		return String.format("%s: %d open opportunities, pipeline %,.0f%s, weighted by win probability %,.0f%s, %d gate(s) overdue.",
				workspace.getName(), pipeline.size(), total, currency, weighted.setScale(0, RoundingMode.HALF_UP), currency, overdue);
	}

	private static BigDecimal amount(Opportunity opportunity) {
		Money money = opportunity.getAmount();
		return money == null ? BigDecimal.ZERO : money.amount();
	}

	private static String format(Money money) {
		return money == null ? "" : String.format("%,.2f %s", money.amount(), money.currency());
	}

	private void show(String text, List<PipelineRow> pipeline) {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		summary.getDisplay().asyncExec(() -> {
			if (summary.isDisposed()) {
				return;
			}
			rows = pipeline;
			summary.setText(text);
			summary.getParent().layout();
			table.setInput(pipeline);
		});
	}

	private void showDetails(PipelineRow row) {
		if (row == null) {
			details.setText("");
			return;
		}
		StringBuilder text = new StringBuilder();
		text.append(row.opportunity().getName()).append(": win probability ").append(Math.round(row.forecast().probability() * 100))
				.append(" %");
		text.append(row.forecast().fromModel() ? " (model trained on this workspace's closed opportunities)" : " (" + row.forecast().note() + ")");
		text.append('\n');
		for (WinFactor factor : row.forecast().factors()) {
			text.append("  ").append(factor.describe()).append('\n');
		}
		for (GateDeadline gate : row.overdueGates()) {
			text.append("Overdue: ").append(gate.gate().getName()).append(", due ")
					.append(DAY.format(gate.dueAt().atZone(ZoneId.systemDefault()).toLocalDate())).append('\n');
		}
		details.setText(text.toString());
	}

	/** The rows on display, for tests. */
	List<PipelineRow> rows() {
		return rows;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
