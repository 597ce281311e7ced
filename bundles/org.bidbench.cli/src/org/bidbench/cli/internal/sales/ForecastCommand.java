package org.bidbench.cli.internal.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bidbench.cli.CliCommand;
import org.bidbench.cli.CommandContext;
import org.bidbench.cli.CommandException;
import org.bidbench.cli.CommandOptions;
import org.bidbench.cli.JsonWriter;
import org.bidbench.cli.UsageException;
import org.bidbench.sales.core.forecast.CrossValidationResult;
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.forecast.WinFactor;
import org.bidbench.sales.core.forecast.WinProbabilityModel;
import org.bidbench.sales.model.SalesWorkspace;

/**
 * {@code bidbench forecast --workspace DIR [--date YYYY-MM-DD] [--evaluate] [--json]}: every open
 * opportunity's win probability (the stage's historical win rate moved by its factors), forecast
 * category and weighted amount, and the weighted pipeline by category, stage, close month and
 * person; {@code --evaluate} adds the model's quality on held-out closed deals.
 */
public class ForecastCommand implements CliCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws UsageException, CommandException {
		CommandOptions options = CommandOptions.parse(arguments, Set.of("--workspace", "--date"), Set.of("--json", "--evaluate"));
		LocalDate day = KpiCommand.day(options.value("--date"));
		SalesWorkspace workspace = SalesCommands.load(context, options.required("--workspace", "the sales workspace folder")).workspace();
		WeightedPipeline pipeline = WeightedPipeline.of(workspace, day);
		WinProbabilityModel model = pipeline.model();
		CrossValidationResult evaluation = options.flag("--evaluate") ? WinProbabilityModel.evaluate(workspace, 0.3) : null;
		if (options.flag("--json")) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("as_of", day.toString());
			json.put("currency", pipeline.currency());
			json.put("model", model.note());
			json.put("trained", model.isTrained());
			json.put("amount", pipeline.total().amount());
			json.put("weighted", pipeline.weightedTotal());
			json.put("by_category", totals(pipeline.byCategory(), c -> c.getLiteral()));
			json.put("by_stage", totals(pipeline.byStage(workspace), s -> s.getName()));
			json.put("by_close_month", totals(pipeline.byCloseMonth(), Object::toString));
			json.put("by_person", totals(pipeline.byPerson(), e -> e.getName()));
			List<Map<String, Object>> rows = new ArrayList<>();
			for (WeightedPipeline.Line l : pipeline.lines()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("id", l.opportunity().getId());
				m.put("name", l.opportunity().getName());
				m.put("customer", l.opportunity().getCustomer() == null ? null : l.opportunity().getCustomer().getName());
				m.put("stage", l.stage() == null ? null : l.stage().getName());
				m.put("stage_baseline", round(l.forecast().stageBaseline()));
				m.put("probability", round(l.forecast().probability()));
				m.put("from_model", l.forecast().fromModel());
				m.put("category", l.category().getLiteral());
				m.put("category_set", l.categorySet());
				m.put("amount", l.amount());
				m.put("weighted", l.weighted());
				m.put("expected_close", l.opportunity().getExpectedClose() == null ? null : l.opportunity().getExpectedClose().toString());
				m.put("owner", l.owner() == null ? null : l.owner().getName());
				List<Map<String, Object>> factors = new ArrayList<>();
				for (WinFactor f : l.forecast().factors()) {
					Map<String, Object> fm = new LinkedHashMap<>();
					fm.put("id", f.id());
					fm.put("value", round(f.value()));
					fm.put("contribution", round(f.contribution()));
					fm.put("text", f.describe());
					factors.add(fm);
				}
				m.put("factors", factors);
				m.put("note", l.forecast().note());
				rows.add(m);
			}
			json.put("opportunities", rows);
			if (evaluation != null) {
				json.put("evaluation", evaluation(evaluation));
			}
			context.out().print(JsonWriter.write(json));
			return 0;
		}
		var out = context.out();
		out.println("Forecast as of " + day + " (" + model.note() + ")");
		out.printf("%-8s %-28s %-18s %6s %6s %-10s %18s %18s%n", "id", "opportunity", "stage", "base", "win", "category", "amount", "weighted");
		for (WeightedPipeline.Line l : pipeline.lines()) {
			out.printf(Locale.ROOT, "%-8s %-28s %-18s %5.0f%% %5.0f%% %-10s %,18.2f %,18.2f%n", l.opportunity().getId(),
					cut(l.opportunity().getName(), 28), l.stage() == null ? "" : cut(l.stage().getName(), 18),
					l.forecast().stageBaseline() * 100, l.forecast().probability() * 100,
					l.category().getLiteral() + (l.categorySet() ? "*" : ""), l.amount(), l.weighted());
			if (!l.forecast().factors().isEmpty()) {
				out.println("         " + l.forecast().factors().get(0).describe());
			}
		}
		out.println();
		out.println("by category (* = set by a person)");
		pipeline.byCategory().forEach((c, t) -> out.printf(Locale.ROOT, "  %-26s %5d %,18.2f %,18.2f%n", c.getLiteral(), t.opportunities(),
				t.amount(), t.weighted()));
		out.printf(Locale.ROOT, "  %-26s %5d %,18.2f %,18.2f %s%n", "total", pipeline.total().opportunities(), pipeline.total().amount(),
				pipeline.weightedTotal(), pipeline.currency());
		if (evaluation != null) {
			out.println();
			out.print(evaluation);
		}
		return 0;
	}

	private static Map<String, Object> evaluation(CrossValidationResult r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("training_opportunities", r.trainingOpportunities());
		m.put("held_out_opportunities", r.heldOutOpportunities());
		m.put("samples", r.samples());
		m.put("log_loss", round(r.logLoss()));
		m.put("auc", round(r.auc()));
		m.put("stage_only_log_loss", round(r.baselineLogLoss()));
		m.put("stage_only_auc", round(r.baselineAuc()));
		m.put("calibration_error", round(r.expectedCalibrationError()));
		List<Map<String, Object>> bins = new ArrayList<>();
		for (CrossValidationResult.ReliabilityBin b : r.reliability()) {
			Map<String, Object> bm = new LinkedHashMap<>();
			bm.put("from", round(b.from()));
			bm.put("to", round(b.to()));
			bm.put("samples", b.samples());
			bm.put("mean_predicted", round(b.meanPredicted()));
			bm.put("actual", round(b.actualWinRate()));
			bins.add(bm);
		}
		m.put("reliability", bins);
		return m;
	}

	private static <K> List<Map<String, Object>> totals(Map<K, WeightedPipeline.Totals> totals, java.util.function.Function<K, String> name) {
		List<Map<String, Object>> rows = new ArrayList<>();
		totals.forEach((k, t) -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("name", name.apply(k));
			m.put("opportunities", t.opportunities());
			m.put("amount", t.amount());
			m.put("weighted", t.weighted());
			rows.add(m);
		});
		return rows;
	}

	static BigDecimal round(double value) {
		return Double.isNaN(value) ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
	}

	static String cut(String text, int width) {
		return text == null ? "" : text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}
}
