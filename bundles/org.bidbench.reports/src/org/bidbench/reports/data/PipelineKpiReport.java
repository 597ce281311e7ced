package org.bidbench.reports.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
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
import org.bidbench.reports.internal.ChartImages;
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.kpi.KpiReport;
import org.bidbench.sales.core.kpi.KpiScope;
import org.bidbench.sales.core.kpi.KpiValue;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;

/**
 * The data of the management report ({@code pipeline-kpi}): the KPIs of a period with their
 * definitions, the open pipeline by stage, the largest open opportunities, overdue gates, and two
 * charts (pipeline amount by stage, ratio KPIs).
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
		List<ChartImages.Bar> ratios = new ArrayList<>();
		for (KpiValue v : report.values()) {
			String name = kpiName(v, labels, chinese);
			kpis.add(name, format(v, chinese), v.definition());
			if ("%".equals(v.unit()) && v.isDefined() && v.value().signum() >= 0 && v.value().compareTo(BigDecimal.valueOf(100)) <= 0
					&& !v.id().contains(".")) {
				ratios.add(new ChartImages.Bar(name, v.value().doubleValue(), v.value().setScale(1, RoundingMode.HALF_UP) + " %"));
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

		data.image("chartPipeline", pipelineChart(labels.get("chartPipeline"), weightedPipeline, workspace, chinese, 900, 380));
		data.image("chartKpi", ratioChart(labels.get("chartKpi"), ratios, 900, Math.max(200, 70 + 34 * ratios.size())));
		data.text("title", labels.get("kpi.title")).text("workspace", workspace.getName())
				.text("period", ReportLabels.date(period.start()) + " – " + ReportLabels.date(period.lastDay()))
				.text("generated", ReportLabels.date(LocalDate.ofInstant(now, ZoneOffset.UTC)))
				.text("currency", workspace.getCurrency() == null ? "" : workspace.getCurrency());
		return data;
	}

	/**
	 * The open pipeline by stage, amount and weighted amount: the chart the cockpit's forecast view
	 * shows, drawn by the same code.
	 */
	public static byte[] pipelineChart(String title, WeightedPipeline pipeline, SalesWorkspace workspace, boolean chinese, int width,
			int height) {
		List<String> stages = new ArrayList<>();
		List<Double> amounts = new ArrayList<>();
		List<Double> weighted = new ArrayList<>();
		pipeline.byStage(workspace).forEach((stage, totals) -> {
			if (stage.isSigned()) {
				return;
			}
			stages.add(chinese && stage.getLocalName() != null ? stage.getLocalName() : stage.getName());
			amounts.add(totals.amount().movePointLeft(chinese ? 4 : 6).doubleValue());
			weighted.add(totals.weighted().movePointLeft(chinese ? 4 : 6).doubleValue());
		});
		String unit = (chinese ? "万 " : "M ") + pipeline.currency();
		return CockpitCharts.bars(title, unit, stages, List.of(new CockpitCharts.Series(chinese ? "金额" : "Amount", amounts),
				new CockpitCharts.Series(chinese ? "加权金额" : "Weighted", weighted)), false, false, width, height);
	}

	/** The ratio KPIs of the period as horizontal bars in percent, as the cockpit's dashboard draws them. */
	public static byte[] ratioChart(String title, List<ChartImages.Bar> ratios, int width, int height) {
		return CockpitCharts.bars(title, "%", ratios.stream().map(ChartImages.Bar::label).toList(),
				List.of(new CockpitCharts.Series("%", ratios.stream().map(ChartImages.Bar::value).toList())), false, true, width, height);
	}

	/** Our KPIs by their Chinese names (labels {@code kpi.<id>}); per-stage cycle times by the stage's local name. */
	private static String kpiName(KpiValue v, Map<String, String> labels, boolean chinese) {
		if (!chinese) {
			return v.name();
		}
		String name = labels.get("kpi." + v.id());
		if (name != null) {
			return name;
		}
		if (v.id().startsWith("cycle-time.") && v.name().startsWith("Days in ")) {
			return labels.get("kpi.daysIn") + v.name().substring("Days in ".length());
		}
		return v.name();
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
		return chinese ? amount.movePointLeft(4).setScale(0, RoundingMode.HALF_UP).toPlainString() + " 万"
				: amount.movePointLeft(6).setScale(1, RoundingMode.HALF_UP).toPlainString() + " M";
	}
}
