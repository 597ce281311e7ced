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
import org.bidbench.reports.internal.ChartImages;
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

		Map<Stage, List<Opportunity>> byStage = new LinkedHashMap<>();
		if (workspace.getProcess() != null) {
			workspace.getProcess().getStages().forEach(s -> byStage.put(s, new ArrayList<>()));
		}
		List<Opportunity> open = workspace.getOpportunities().stream().filter(o -> o.getStatus() == OpportunityStatus.OPEN).toList();
		for (Opportunity o : open) {
			if (o.getStage() != null) {
				byStage.computeIfAbsent(o.getStage(), s -> new ArrayList<>()).add(o);
			}
		}
		ReportTable pipeline = new ReportTable("stage", "count", "amount", "weighted");
		List<ChartImages.Bar> stageBars = new ArrayList<>();
		byStage.forEach((stage, opportunities) -> {
			BigDecimal amount = BigDecimal.ZERO;
			BigDecimal weighted = BigDecimal.ZERO;
			for (Opportunity o : opportunities) {
				BigDecimal a = o.getAmount() == null ? BigDecimal.ZERO : o.getAmount().amount();
				amount = amount.add(a);
				weighted = weighted.add(a.multiply(BigDecimal.valueOf(o.getProbability())).movePointLeft(2));
			}
			if (opportunities.isEmpty() && stage.isSigned()) {
				return;
			}
			String name = chinese && stage.getLocalName() != null ? stage.getLocalName() : stage.getName();
			pipeline.add(name, opportunities.size(), amount.setScale(2, RoundingMode.HALF_UP), weighted.setScale(2, RoundingMode.HALF_UP));
			stageBars.add(new ChartImages.Bar(name, amount.doubleValue(), millions(amount, chinese)));
		});
		data.table("pipeline", pipeline);

		ReportTable top = new ReportTable("name", "customer", "stage", "amount", "probability", "expectedClose");
		open.stream().filter(o -> o.getAmount() != null).sorted(Comparator.comparing((Opportunity o) -> o.getAmount().amount()).reversed())
				.limit(10).forEach(o -> top.add(o.getName(), o.getCustomer() == null ? "" : o.getCustomer().getName(),
						o.getStage() == null ? "" : chinese && o.getStage().getLocalName() != null ? o.getStage().getLocalName() : o.getStage().getName(),
						o.getAmount().amount(), o.getProbability(), ReportLabels.date(o.getExpectedClose())));
		data.table("top", top);

		ReportTable gates = new ReportTable("opportunity", "gate", "due", "responsible");
		GateDeadlines.overdue(workspace, now).stream().sorted(Comparator.comparing(GateDeadline::dueAt)).limit(15)
				.forEach(d -> gates.add(d.opportunity().getName(), d.gate().getName(),
						ReportLabels.date(LocalDate.ofInstant(d.dueAt(), ZoneOffset.UTC)),
						d.responsible() == null ? "—" : d.responsible().getName()));
		data.table("gates", gates);

		data.image("chartPipeline", ChartImages.columns(labels.get("chartPipeline"), stageBars, 900, 380));
		data.image("chartKpi", ChartImages.percentBars(labels.get("chartKpi"), ratios, 900, Math.max(200, 70 + 34 * ratios.size())));
		data.text("title", labels.get("kpi.title")).text("workspace", workspace.getName())
				.text("period", ReportLabels.date(period.start()) + " – " + ReportLabels.date(period.lastDay()))
				.text("generated", ReportLabels.date(LocalDate.ofInstant(now, ZoneOffset.UTC)))
				.text("currency", workspace.getCurrency() == null ? "" : workspace.getCurrency());
		return data;
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
