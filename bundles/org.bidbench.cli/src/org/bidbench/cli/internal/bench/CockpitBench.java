package org.bidbench.cli.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.UsageException;
import org.bidbench.cli.internal.sales.SalesCommands;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.kpi.CollectionsReport;
import org.bidbench.sales.core.kpi.KpiDashboard;
import org.bidbench.sales.core.kpi.KpiDrillDown;
import org.bidbench.sales.core.kpi.KpiSplit;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.core.kpi.StandardSalesKpis;
import org.bidbench.sales.core.risk.RiskFlags;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.core.workspace.WorkspaceFileException;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * {@code bidbench bench cockpit}: how long the management cockpit takes once the workspace is
 * loaded: the dashboard for a quarter by region (every KPI, previous period, target, 8-period
 * trend), a drill-down behind a figure, the forecast, collections and risk flags. Each is run
 * {@code --runs} times; the first run and the median are printed.
 */
final class CockpitBench {

	static final String USAGE = "bench cockpit [--workspace DIR] [--period 2026Q3] [--runs N]";

	int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--period", "--runs"), Set.of());
		int runs = options.value("--runs") == null ? 5 : Integer.parseInt(options.value("--runs"));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		SalesWorkspace workspace;
		long loadStart = System.nanoTime();
		if (options.value("--workspace") != null) {
			workspace = SalesCommands.load(context, options.value("--workspace")).workspace();
		} else {
			try {
				Path folder = Files.createTempDirectory("bidbench-bench-cockpit").resolve("sales");
				context.err().println("generating the large workspace in " + folder + "...");
				DemoWorkspaceFactory.write(folder, DemoWorkspaceFactory.DEFAULT_SEED, today, DemoWorkspaceFactory.Size.LARGE);
				loadStart = System.nanoTime();
				workspace = SalesWorkspaceFolder.load(folder).workspace();
			} catch (IOException | WorkspaceFileException e) {
				throw new CommandException("cannot generate the benchmark workspace: " + e.getMessage(), e);
			}
		}
		double loadMs = (System.nanoTime() - loadStart) / 1e6;
		Period period = options.value("--period") != null
				? Period.parse(options.value("--period"))
				: Period.of(Period.Length.QUARTER, today).previous();
		Instant now = WeightedPipeline.endOf(today);
		long activities = workspace.getOpportunities().stream().mapToLong(o -> o.getActivities().size()).sum();
		long contracts = workspace.getOpportunities().stream().filter(o -> o.getContract() != null).count();
		context.out().printf(Locale.ROOT, "workspace: %d customers, %d opportunities, %d activities, %d contracts; loaded in %.0f ms%n",
				workspace.getCustomers().size(), workspace.getOpportunities().size(), activities, contracts, loadMs);
		context.out().println("period " + period.label() + ", " + runs + " runs each (first / median)");

		SalesWorkspace ws = workspace;
		KpiDashboard[] dashboard = new KpiDashboard[1];
		report(context, "dashboard, quarter by region", runs, () -> dashboard[0] = KpiDashboard.compute(ws, period, KpiSplit.REGION, now));
		report(context, "dashboard, per group and period (reference)", runs,
				() -> KpiDashboard.computePerGroup(ws, period, KpiSplit.REGION, now, List.of(new StandardSalesKpis())));
		KpiDashboard.Group region = dashboard[0].groups().get(1);
		List<Opportunity>[] behind = new List[1];
		report(context, "drill-down: bookings of region " + region.name(), runs,
				() -> behind[0] = KpiDrillDown.opportunities(ws, period, region.scope(), StandardSalesKpis.BOOKINGS));
		report(context, "drill-down: gate compliance, whole firm", runs,
				() -> KpiDrillDown.opportunities(ws, period, dashboard[0].whole().scope(), StandardSalesKpis.GATE_COMPLIANCE));
		report(context, "forecast (train + weigh the pipeline)", runs, () -> WeightedPipeline.of(ws, today));
		report(context, "collections", runs, () -> CollectionsReport.compute(ws, today));
		report(context, "risk flags", runs, () -> RiskFlags.of(ws, now));
		context.out().println("drill-down found " + behind[0].size() + " opportunities behind the bookings of " + region.name());
		return 0;
	}

	private static void report(CommandContext context, String what, int runs, Runnable task) {
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			task.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		double first = times.get(0);
		Collections.sort(times);
		context.out().printf(Locale.ROOT, "  %-44s %9.1f ms %9.1f ms%n", what, first, times.get(times.size() / 2));
	}
}
