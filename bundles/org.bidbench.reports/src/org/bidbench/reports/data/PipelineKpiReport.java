package org.bidbench.reports.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bidbench.reports.ReportData;
import org.bidbench.reports.ReportTable;
import org.bidbench.reports.charts.CockpitCharts;
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.kpi.KpiDashboard;
import org.bidbench.sales.core.kpi.KpiReport;
import org.bidbench.sales.core.kpi.KpiScope;
import org.bidbench.sales.core.kpi.KpiSplit;
import org.bidbench.sales.core.kpi.KpiValue;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.core.kpi.StandardSalesKpis;
import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.model.ForecastCategory;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;

/**
 * The data of the management report ({@code pipeline-kpi}): the KPIs of a period with their
 * definitions, the open pipeline by stage, the largest open opportunities, overdue gates, and the
 * cockpit's charts (ratio KPIs, bookings over the last 8 periods by region, the weighted pipeline
 * by expected close month and forecast category).
 */
public final class PipelineKpiReport {

	private PipelineKpiReport() {
	}

	public static ReportData data(SalesWorkspace workspace, Period period, Instant now, Locale locale) {
		Map<String, String> labels = ReportLabels.of(locale);
		boolean chinese = ReportLabels.isChinese(locale);
		ReportData data = new ReportData().labels(labels);
		KpiReport report = KpiReport.compute(workspace, period, KpiScope.all(), now, List.of());

		ReportTable kpis = new ReportTable("name", "value", "definition");
		List<String> ratioNames = new ArrayList<>();
		List<Double> ratioValues = new ArrayList<>();
		for (KpiValue v : report.values()) {
			String name = kpiName(v, workspace, labels, chinese);
			kpis.add(name, format(v, chinese), definition(v, labels, chinese));
			if ("%".equals(v.unit()) && v.isDefined() && v.value().signum() >= 0 && v.value().compareTo(BigDecimal.valueOf(100)) <= 0
					&& !v.id().contains(".")) {
				ratioNames.add(name);
				ratioValues.add(v.value().doubleValue());
			}
		}
		data.table("kpis", kpis);

		// The one weighted pipeline of BidBench: the same figure as 'bidbench pipeline' and the cockpit for the same day.
		WeightedPipeline weightedPipeline = WeightedPipeline.of(workspace, LocalDate.ofInstant(now, ZoneOffset.UTC));
		ReportTable pipeline = new ReportTable("stage", "count", "amount", "weighted");
		weightedPipeline.byStage(workspace).forEach((stage, totals) -> {
			if (totals.opportunities() == 0 && stage.isSigned()) {
				return;
			}
			String name = chinese && stage.getLocalName() != null ? stage.getLocalName() : stage.getName();
			pipeline.add(name, totals.opportunities(), totals.amount(), totals.weighted());
		});
		pipeline.add(chinese ? "合计" : "Total", weightedPipeline.total().opportunities(), weightedPipeline.total().amount(),
				weightedPipeline.weightedTotal());
		data.table("pipeline", pipeline);

		ReportTable top = new ReportTable("name", "customer", "stage", "amount", "probability", "expectedClose");
		weightedPipeline.lines().stream().sorted(Comparator.comparing((WeightedPipeline.Line l) -> l.amount()).reversed()
				.thenComparing(l -> l.opportunity().getId())).limit(10).forEach(l -> {
					Opportunity o = l.opportunity();
					top.add(o.getName(), o.getCustomer() == null ? "" : o.getCustomer().getName(),
							o.getStage() == null ? "" : chinese && o.getStage().getLocalName() != null ? o.getStage().getLocalName() : o.getStage().getName(),
							l.amount(), (int) Math.round(l.forecast().probability() * 100), ReportLabels.date(o.getExpectedClose()));
				});
		data.table("top", top);

		ReportTable gates = new ReportTable("opportunity", "gate", "due", "responsible");
		GateDeadlines.overdue(workspace, now).stream().sorted(Comparator.comparing(GateDeadline::dueAt)).limit(15)
				.forEach(d -> gates.add(d.opportunity().getName(), d.gate().getName(),
						ReportLabels.date(LocalDate.ofInstant(d.dueAt(), ZoneOffset.UTC)),
						d.responsible() == null ? "—" : d.responsible().getName()));
		data.table("gates", gates);

		// The cockpit's charts, drawn by the same methods: its Forecast view's chart, its dashboard's ratios and bookings trend.
		List<String> categories = List.of(labels.get("forecast.commit"), labels.get("forecast.bestCase"), labels.get("forecast.pipeline"));
		data.image("chartPipeline", forecastChart(labels.get("chartPipeline"), weightedPipeline, categories, chinese, 900, 380));
		data.image("chartKpi", ratioChart(labels.get("chartKpi"), ratioNames, ratioValues, 900, Math.max(200, 70 + 34 * ratioNames.size())));
		KpiDashboard dashboard = KpiDashboard.compute(workspace, period, KpiSplit.REGION, now);
		KpiValue bookings = dashboard.whole().figure(StandardSalesKpis.BOOKINGS).current();
		data.image("chartTrend", trendChart(labels.get("chartTrend").replace("{0}", kpiName(bookings, workspace, labels, chinese)),
				labels.get("chart.all"), labels.get("chart.target"), dashboard, StandardSalesKpis.BOOKINGS, chinese, 900, 380));
		data.text("title", labels.get("kpi.title")).text("workspace", workspace.getName())
				.text("period", ReportLabels.date(period.start()) + " – " + ReportLabels.date(period.lastDay()))
				.text("generated", ReportLabels.date(LocalDate.ofInstant(now, ZoneOffset.UTC)))
				.text("currency", workspace.getCurrency() == null ? "" : workspace.getCurrency());
		return data;
	}

	/**
	 * The weighted pipeline by expected close month, stacked by forecast category: the chart of the
	 * cockpit's Forecast view, drawn by the same code. Amounts in millions (万 in Chinese).
	 *
	 * @param categoryNames the categories' names in the reader's language, in {@link ForecastCategory} order
	 */
	public static byte[] forecastChart(String title, WeightedPipeline pipeline, List<String> categoryNames, boolean chinese, int width,
			int height) {
		Map<YearMonth, WeightedPipeline.Totals> months = pipeline.byCloseMonth();
		List<String> labels = months.keySet().stream().map(YearMonth::toString).toList();
		List<CockpitCharts.Series> series = new ArrayList<>();
		for (ForecastCategory c : ForecastCategory.VALUES) {
			List<Double> values = new ArrayList<>();
			for (YearMonth month : months.keySet()) {
				BigDecimal sum = pipeline.lines().stream().filter(l -> month.equals(l.closeMonth()) && l.category() == c)
						.map(WeightedPipeline.Line::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
				values.add(sum.movePointLeft(chinese ? 4 : 6).doubleValue());
			}
			series.add(new CockpitCharts.Series(categoryNames.get(c.getValue()), values));
		}
		String unit = (chinese ? "万 " : "M ") + pipeline.currency();
		return CockpitCharts.bars(title, unit, labels, series, true, false, width, height);
	}

	/** The ratio KPIs of the period as horizontal bars in percent: the dashboard's chart, drawn by the same code. */
	public static byte[] ratioChart(String title, List<String> names, List<Double> percents, int width, int height) {
		return CockpitCharts.bars(title, "%", names, List.of(new CockpitCharts.Series("%", percents)), false, true, width, height);
	}

	/**
	 * A KPI over the dashboard's last 8 periods, one line for the whole firm and one per group when
	 * there are 2 to 6 groups, with the target dashed: the dashboard's trend chart, drawn by the same code.
	 */
	public static byte[] trendChart(String title, String wholeName, String targetLabel, KpiDashboard dashboard, String kpi, boolean chinese,
			int width, int height) {
		KpiDashboard.Figure f = dashboard.whole().figure(kpi);
		String unit = f.current().unit();
		// Money in millions (万 in Chinese), as the forecast chart: a manager reads 171.7, not 171,692,302.96.
		boolean money = unit != null && unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT));
		int shift = money ? (chinese ? 4 : 6) : 0;
		String axis = money ? (chinese ? "万 " : "M ") + unit : "days".equals(unit) && chinese ? "天" : unit;
		List<String> periods = dashboard.trendPeriods().stream().map(Period::label).toList();
		List<CockpitCharts.Series> series = new ArrayList<>();
		series.add(new CockpitCharts.Series(wholeName, values(f.trend(), shift)));
		List<KpiDashboard.Group> groups = dashboard.groups();
		if (groups.size() > 2 && groups.size() <= 7) {
			for (KpiDashboard.Group g : groups.subList(1, groups.size())) {
				series.add(new CockpitCharts.Series(g.name(), values(g.figure(kpi).trend(), shift)));
			}
		}
		Double target = f.target() == null ? null : f.target().movePointLeft(shift).doubleValue();
		return CockpitCharts.lines(title, axis, periods, series, target, targetLabel, width, height);
	}

	/** A trend's values, null where the period has no data (a gap in the line, not a drop to 0). */
	private static List<Double> values(List<KpiValue> trend, int shift) {
		return trend.stream().map(v -> v.isDefined() ? v.value().movePointLeft(shift).doubleValue() : null).toList();
	}

	/** Our KPIs by their Chinese names (labels {@code kpi.<id>}); per-stage cycle times by the stage's local name. */
	private static String kpiName(KpiValue v, SalesWorkspace workspace, Map<String, String> labels, boolean chinese) {
		if (!chinese) {
			return v.name();
		}
		String name = labels.get("kpi." + v.id());
		if (name != null) {
			return name;
		}
		if (v.id().startsWith("cycle-time.") && v.name().startsWith("Days in ")) {
			String stageId = v.id().substring("cycle-time.".length());
			Stage stage = workspace.getProcess() == null
					? null
					: workspace.getProcess().getStages().stream().filter(st -> stageId.equals(st.getId())).findFirst().orElse(null);
			return labels.get("kpi.daysIn") + (stage != null && stage.getLocalName() != null
					? stage.getLocalName()
					: v.name().substring("Days in ".length()));
		}
		return v.name();
	}

	/** The definition in the reader's language: ours from the labels ({@code kpidef.<id>}), third parties' as they give it. */
	private static String definition(KpiValue v, Map<String, String> labels, boolean chinese) {
		if (!chinese) {
			return v.definition();
		}
		String key = v.id().startsWith("cycle-time.") ? "kpidef.daysIn" : "kpidef." + v.id();
		String text = labels.get(key);
		return text != null ? text : v.definition();
	}

	static String format(KpiValue v, boolean chinese) {
		if (!v.isDefined()) {
			return "—";
		}
		String unit = v.unit() == null ? "" : v.unit();
		return switch (unit) {
			case "%" -> v.value().setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
			case "days" -> v.value().setScale(1, RoundingMode.HALF_UP).toPlainString() + (chinese ? " 天" : " days");
			case "count", "" -> v.value().stripTrailingZeros().toPlainString();
			default -> unit.length() == 3 && unit.equals(unit.toUpperCase(Locale.ROOT))
					? ReportLabels.money(v.value(), 2) + " " + unit
					: v.value().stripTrailingZeros().toPlainString() + " " + unit;
		};
	}

	private static String millions(BigDecimal amount, boolean chinese) {
		return chinese
				? amount.movePointLeft(4).setScale(0, RoundingMode.HALF_UP).toPlainString() + " 万"
				: amount.movePointLeft(6).setScale(1, RoundingMode.HALF_UP).toPlainString() + " M";
	}
}
