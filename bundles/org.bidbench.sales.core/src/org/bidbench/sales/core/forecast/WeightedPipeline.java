package org.bidbench.sales.core.forecast;

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
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.ForecastCategory;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;

/**
 * The one definition of the weighted pipeline that the command line, the reports and the
 * views all use: over the open opportunities in the workspace's currency, the amount times the
 * win probability of {@link WinProbabilityModel} as of the end of a given day (UTC), each line
 * rounded to the cent before adding up. The stored, hand-set {@code probability} of an
 * opportunity is not used.
 *
 * <p>The same data and the same day give the same figure on every run: the model trains
 * deterministically and "now" is the end of the day, not the clock.
 */
public final class WeightedPipeline {

	/** One open opportunity's part of the pipeline. */
	public record Line(Opportunity opportunity, WinForecast forecast, BigDecimal amount, BigDecimal weighted,
			ForecastCategory category, boolean categorySet) {

		public Stage stage() {
			return opportunity.getStage();
		}

		/** The person who answers for the forecast: the sales lead of the opportunity's team. */
		public Employee owner() {
			return opportunity.getTeam() == null ? null : opportunity.getTeam().getSalesLead();
		}

		public YearMonth closeMonth() {
			return opportunity.getExpectedClose() == null ? null : YearMonth.from(opportunity.getExpectedClose());
		}
	}

	/** Count, amount and weighted amount of a group of lines. */
	public record Totals(int opportunities, BigDecimal amount, BigDecimal weighted) {
		static final Totals NONE = new Totals(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

		Totals plus(Line line) {
			return new Totals(opportunities + 1, amount.add(line.amount), weighted.add(line.weighted));
		}
	}

	private final LocalDate asOf;
	private final String currency;
	private final WinProbabilityModel model;
	private final List<Line> lines;

	private WeightedPipeline(LocalDate asOf, String currency, WinProbabilityModel model, List<Line> lines) {
		this.asOf = asOf;
		this.currency = currency;
		this.model = model;
		this.lines = lines;
	}

	/** The pipeline as of the end of {@code asOf} (UTC), with a model trained on the workspace. */
	public static WeightedPipeline of(SalesWorkspace workspace, LocalDate asOf) {
		return of(workspace, asOf, WinProbabilityModel.train(workspace));
	}

	/** The pipeline with a model already trained on the workspace. */
	public static WeightedPipeline of(SalesWorkspace workspace, LocalDate asOf, WinProbabilityModel model) {
		Instant at = endOf(asOf);
		String currency = workspace.getCurrency();
		List<Line> lines = new ArrayList<>();
		for (WinForecast f : model.forecastOpen(workspace, at)) {
			Opportunity o = f.opportunity();
			if (o.getAmount() == null || !o.getAmount().currency().equals(currency)) {
				continue;
			}
			BigDecimal amount = o.getAmount().amount().setScale(2, RoundingMode.HALF_UP);
			BigDecimal weighted = weighted(amount, f);
			lines.add(new Line(o, f, amount, weighted, ForecastCategories.of(o, f.probability()), ForecastCategories.isSet(o)));
		}
		return new WeightedPipeline(asOf, currency, model, List.copyOf(lines));
	}

	/** The instant a day's figures are computed at: the last minute of the day in UTC. */
	public static Instant endOf(LocalDate day) {
		return day.atTime(23, 59).toInstant(ZoneOffset.UTC);
	}

	/**
	 * One opportunity's weighted amount: its amount to the cent times {@link #probability}, to the
	 * cent. Views that list forecasts of their own weigh them with this, so that their sum is
	 * {@link #weightedTotal()}.
	 */
	public static BigDecimal weighted(BigDecimal amount, WinForecast forecast) {
		return amount.setScale(2, RoundingMode.HALF_UP).multiply(probability(forecast)).setScale(2, RoundingMode.HALF_UP);
	}

	/** The probability used for weighting, rounded to four places so that the sum is exact. */
	public static BigDecimal probability(WinForecast forecast) {
		return BigDecimal.valueOf(forecast.probability()).setScale(4, RoundingMode.HALF_UP);
	}

	public LocalDate asOf() {
		return asOf;
	}

	public String currency() {
		return currency;
	}

	public WinProbabilityModel model() {
		return model;
	}

	/** Every open opportunity, highest probability first. */
	public List<Line> lines() {
		return lines;
	}

	public Totals total() {
		Totals t = Totals.NONE;
		for (Line l : lines) {
			t = t.plus(l);
		}
		return t;
	}

	public BigDecimal weightedTotal() {
		return total().weighted();
	}

	/** By stage in process order (stages without open opportunities included, with zeros). */
	public Map<Stage, Totals> byStage(SalesWorkspace workspace) {
		Map<Stage, Totals> result = new LinkedHashMap<>();
		if (workspace.getProcess() != null) {
			for (Stage s : workspace.getProcess().getStages()) {
				result.put(s, Totals.NONE);
			}
		}
		for (Line l : lines) {
			if (l.stage() != null) {
				result.merge(l.stage(), Totals.NONE.plus(l), WeightedPipeline::add);
			}
		}
		return result;
	}

	/** By expected close month, earliest first (opportunities without a date are left out). */
	public Map<YearMonth, Totals> byCloseMonth() {
		return group(Line::closeMonth, new TreeMap<>());
	}

	/** By owner (the sales lead), largest weighted amount first. */
	public Map<Employee, Totals> byPerson() {
		Map<Employee, Totals> grouped = group(Line::owner, new LinkedHashMap<>());
		Map<Employee, Totals> sorted = new LinkedHashMap<>();
		grouped.entrySet().stream()
				.sorted(Comparator.comparing((Map.Entry<Employee, Totals> e) -> e.getValue().weighted()).reversed()
						.thenComparing(e -> e.getKey().getId()))
				.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/** By forecast category: commit, best case, pipeline (all three, zeros included). */
	public Map<ForecastCategory, Totals> byCategory() {
		Map<ForecastCategory, Totals> result = new LinkedHashMap<>();
		for (ForecastCategory c : ForecastCategory.VALUES) {
			result.put(c, Totals.NONE);
		}
		for (Line l : lines) {
			result.merge(l.category(), Totals.NONE.plus(l), WeightedPipeline::add);
		}
		return result;
	}

	public Line line(Opportunity opportunity) {
		return lines.stream().filter(l -> l.opportunity() == opportunity).findFirst().orElse(null);
	}

	private <K> Map<K, Totals> group(Function<Line, K> key, Map<K, Totals> into) {
		for (Line l : lines) {
			K k = key.apply(l);
			if (k != null) {
				into.merge(k, Totals.NONE.plus(l), WeightedPipeline::add);
			}
		}
		return into;
	}

	private static Totals add(Totals a, Totals b) {
		return new Totals(a.opportunities() + b.opportunities(), a.amount().add(b.amount()), a.weighted().add(b.weighted()));
	}
}
