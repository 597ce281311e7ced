package org.bidbench.sales.core.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.core.wording.Wording;
import org.bidbench.sales.model.Activity;
import org.bidbench.sales.model.Customer;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.model.StageChange;
import org.bidbench.sales.model.Team;

/**
 * A win probability a sales manager can believe: the stage's own historical win rate is the
 * baseline, and a few explainable factors move it by at most {@value #MAX_FACTOR_SHIFT} in
 * log-odds in total, so that an early-stage deal can never look like a sure thing.
 *
 * <p>The baseline of a stage is the share of won among the closed opportunities that reached
 * it; with fewer than {@value #MIN_CLOSED_PER_STAGE} such opportunities the stage's default
 * probability from the process is used instead. The factors are a logistic regression on the
 * workspace's closed opportunities with the baseline's log-odds as offset: each closed
 * opportunity gives one sample per stage it passed through, described as it stood when it left
 * that stage (a won deal's final stage would otherwise give the answer away).
 *
 * <p>With fewer than {@value #MIN_CLOSED} closed opportunities, or fewer than
 * {@value #MIN_PER_OUTCOME} won or lost, nothing is learnt and each stage's default probability
 * is returned, saying so.
 *
 * <p>Training is full-batch gradient descent over the samples in workspace order: the same data
 * always gives the same model, and the same forecasts for the same day.
 */
public final class WinProbabilityModel {

	public static final int MIN_CLOSED = 20;
	public static final int MIN_PER_OUTCOME = 5;
	public static final int MIN_CLOSED_PER_STAGE = 10;
	/** The most the factors together may move the baseline's log-odds, up or down. */
	public static final double MAX_FACTOR_SHIFT = 1.5;

	public static final String DAYS_IN_STAGE = "days-in-stage";
	public static final String GATE_COMPLIANCE = "gate-compliance";
	public static final String QUOTE_REVISIONS = "quote-revisions";
	public static final String TEAM_COMPLETENESS = "team-completeness";
	public static final String EARLIER_WINS = "earlier-wins";
	public static final String COMPETITORS = "competitors";
	public static final String DAYS_SINCE_ACTIVITY = "days-since-activity";

	static final String[] FACTOR_IDS = {DAYS_IN_STAGE, GATE_COMPLIANCE, QUOTE_REVISIONS, TEAM_COMPLETENESS, EARLIER_WINS,
			COMPETITORS, DAYS_SINCE_ACTIVITY};
	static final String[] FACTOR_NAMES = {"days in stage (log)", "gate compliance", "quote revisions", "team completeness",
			"customer's earlier wins", "competitors", "days since last activity (log)"};

	private static final int ITERATIONS = 600;
	private static final double LEARNING_RATE = 0.3;
	private static final double L2 = 0.02;

	private final Map<Stage, Double> baselines;
	private final Map<Stage, Boolean> baselineFromHistory;
	private final double[] mean;
	private final double[] scale;
	private final double[] weights;
	private final Wording note;
	private CustomerWins wins;

	private WinProbabilityModel(Map<Stage, Double> baselines, Map<Stage, Boolean> fromHistory, double[] mean, double[] scale,
			double[] weights, Wording note) {
		this.baselines = baselines;
		this.baselineFromHistory = fromHistory;
		this.mean = mean;
		this.scale = scale;
		this.weights = weights;
		this.note = note;
	}

	/** Trains on the closed opportunities of the workspace (or falls back to stage defaults). */
	public static WinProbabilityModel train(SalesWorkspace workspace) {
		CustomerWins wins = new CustomerWins(workspace);
		WinProbabilityModel model = fit(closed(workspace.getOpportunities()), wins);
		model.wins = wins;
		return model;
	}

	public boolean isTrained() {
		return weights != null;
	}

	/** What the model is based on, one sentence in English (the fallback says why it fell back). */
	public String note() {
		return note.toString();
	}

	/** What the model is based on, in {@code locale}'s language. */
	public String note(java.util.Locale locale) {
		return note.in(locale);
	}

	/** The baseline of a stage: its historical win rate, or its default probability. */
	public double stageBaseline(Stage stage) {
		Double rate = baselines.get(stage);
		return rate != null ? rate : stageDefault(stage);
	}

	/** Whether the stage's baseline is its historical win rate (false: its default probability). */
	public boolean isBaselineFromHistory(Stage stage) {
		return Boolean.TRUE.equals(baselineFromHistory.get(stage));
	}

	/** The probability of winning the opportunity as it stands at {@code now}, with its factors. */
	public WinForecast forecast(Opportunity opportunity, Instant now) {
		Stage stage = opportunity.getStage();
		double baseline = stageBaseline(stage);
		if (!isTrained()) {
			return new WinForecast(opportunity, baseline, baseline, false, note, List.of());
		}
		if (wins == null) {
			wins = new CustomerWins(opportunity.eContainer() instanceof SalesWorkspace ws ? ws : null);
		}
		double[] x = features(opportunity, stage, enteredAt(opportunity), now, wins, GateDeadlines.of(opportunity));
		double[] contributions = contributions(x);
		List<WinFactor> factors = new ArrayList<>();
		double shift = 0;
		for (int i = 0; i < x.length; i++) {
			factors.add(new WinFactor(FACTOR_IDS[i], FACTOR_NAMES[i], x[i], contributions[i]));
			shift += contributions[i];
		}
		factors.sort(Comparator.comparingDouble((WinFactor f) -> -Math.abs(f.contribution())));
		Wording basis = isBaselineFromHistory(stage)
				? Wording.of("forecast.basisHistory")
				: Wording.of("forecast.basisDefault", MIN_CLOSED_PER_STAGE);
		return new WinForecast(opportunity, baseline, sigmoid(logit(baseline) + shift), true, basis, List.copyOf(factors));
	}

	/** Forecasts for every open opportunity, highest probability first (ties by id, so the order is stable). */
	public List<WinForecast> forecastOpen(SalesWorkspace workspace, Instant now) {
		List<WinForecast> result = new ArrayList<>();
		for (Opportunity o : workspace.getOpportunities()) {
			if (o.getStatus() == OpportunityStatus.OPEN) {
				result.add(forecast(o, now));
			}
		}
		result.sort(Comparator.comparingDouble((WinForecast f) -> -f.probability())
				.thenComparing(f -> f.opportunity().getId(), Comparator.nullsLast(Comparator.naturalOrder())));
		return result;
	}

	/**
	 * Trains on the older closed opportunities and predicts the latest {@code heldOutShare} of
	 * them (by closing date: the model is judged on deals it could not have seen), against the
	 * stage-only baseline learnt from the same training part, with a reliability table.
	 */
	public static CrossValidationResult evaluate(SalesWorkspace workspace, double heldOutShare) {
		List<Opportunity> closed = new ArrayList<>(closed(workspace.getOpportunities()));
		closed.sort(Comparator.comparing(Opportunity::getClosedAt).thenComparing(Opportunity::getId));
		int split = (int) Math.round(closed.size() * (1 - heldOutShare));
		List<Opportunity> training = closed.subList(0, split);
		List<Opportunity> heldOut = closed.subList(split, closed.size());
		CustomerWins wins = new CustomerWins(workspace);
		WinProbabilityModel model = fit(training, wins);
		List<double[]> predictions = new ArrayList<>(); // {model, baseline, label}
		for (Sample s : samples(heldOut, wins)) {
			double baseline = clamp(model.stageBaseline(s.stage));
			double p = model.isTrained() ? sigmoid(logit(baseline) + sum(model.contributions(s.x))) : baseline;
			predictions.add(new double[]{p, baseline, s.label});
		}
		return new CrossValidationResult(training.size(), heldOut.size(), predictions.size(), logLoss(predictions, 0),
				auc(predictions, 0), logLoss(predictions, 1), auc(predictions, 1), reliability(predictions));
	}

	/** Each factor's move of the log-odds, scaled down together when they add up to more than the bound. */
	double[] contributions(double[] x) {
		double[] c = new double[x.length];
		double shift = 0;
		for (int i = 0; i < x.length; i++) {
			c[i] = weights[i] * (x[i] - mean[i]) / scale[i];
			shift += c[i];
		}
		if (Math.abs(shift) > MAX_FACTOR_SHIFT) {
			double factor = MAX_FACTOR_SHIFT / Math.abs(shift);
			for (int i = 0; i < c.length; i++) {
				c[i] *= factor;
			}
		}
		return c;
	}

	private record Sample(double[] x, double label, Stage stage) {
	}

	private static List<Opportunity> closed(List<Opportunity> opportunities) {
		return opportunities.stream()
				.filter(o -> o.getStatus() != OpportunityStatus.OPEN && o.getClosedAt() != null && !o.getStageHistory().isEmpty())
				.toList();
	}

	private static List<Sample> samples(List<Opportunity> closed, CustomerWins wins) {
		List<Sample> samples = new ArrayList<>();
		for (Opportunity o : closed) {
			double label = o.getStatus() == OpportunityStatus.WON ? 1 : 0;
			List<StageChange> history = o.getStageHistory();
			// The gates do not depend on the moment: worked out once per deal, not once per stage it passed.
			List<GateDeadline> gates = null;
			for (int i = 0; i < history.size(); i++) {
				Stage stage = history.get(i).getStage();
				if (stage == null || stage.isSigned()) {
					continue;
				}
				Instant left = i + 1 < history.size() ? history.get(i + 1).getEnteredAt() : o.getClosedAt();
				gates = gates == null ? GateDeadlines.of(o) : gates;
				samples.add(new Sample(features(o, stage, history.get(i).getEnteredAt(), left, wins, gates), label, stage));
			}
		}
		return samples;
	}

	private static WinProbabilityModel fit(List<Opportunity> closed, CustomerWins wins) {
		long won = closed.stream().filter(o -> o.getStatus() == OpportunityStatus.WON).count();
		long lost = closed.size() - won;
		if (closed.size() < MIN_CLOSED || won < MIN_PER_OUTCOME || lost < MIN_PER_OUTCOME) {
			return new WinProbabilityModel(Map.of(), Map.of(), null, null, null,
					Wording.of("model.tooFew", closed.size(), won, lost, MIN_CLOSED, MIN_PER_OUTCOME));
		}
		List<Sample> samples = samples(closed, wins);
		Map<Stage, double[]> counts = new LinkedHashMap<>(); // {won, reached}
		for (Sample s : samples) {
			double[] c = counts.computeIfAbsent(s.stage, k -> new double[2]);
			c[0] += s.label;
			c[1]++;
		}
		Map<Stage, Double> baselines = new HashMap<>();
		Map<Stage, Boolean> fromHistory = new HashMap<>();
		counts.forEach((stage, c) -> {
			boolean enough = c[1] >= MIN_CLOSED_PER_STAGE;
			baselines.put(stage, enough ? c[0] / c[1] : stageDefault(stage));
			fromHistory.put(stage, enough);
		});
		int n = FACTOR_IDS.length;
		double[] mean = new double[n];
		double[] scale = new double[n];
		for (Sample s : samples) {
			for (int i = 0; i < n; i++) {
				mean[i] += s.x[i] / samples.size();
			}
		}
		for (Sample s : samples) {
			for (int i = 0; i < n; i++) {
				scale[i] += (s.x[i] - mean[i]) * (s.x[i] - mean[i]) / samples.size();
			}
		}
		for (int i = 0; i < n; i++) {
			scale[i] = scale[i] < 1e-12 ? 1 : Math.sqrt(scale[i]);
		}
		double[] offsets = new double[samples.size()];
		for (int k = 0; k < samples.size(); k++) {
			offsets[k] = logit(clamp(baselines.get(samples.get(k).stage)));
		}
		double[] w = new double[n];
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			double[] gradient = new double[n];
			for (int k = 0; k < samples.size(); k++) {
				Sample s = samples.get(k);
				double z = offsets[k];
				for (int i = 0; i < n; i++) {
					z += w[i] * (s.x[i] - mean[i]) / scale[i];
				}
				double error = sigmoid(z) - s.label;
				for (int i = 0; i < n; i++) {
					gradient[i] += error * (s.x[i] - mean[i]) / scale[i] / samples.size();
				}
			}
			for (int i = 0; i < n; i++) {
				w[i] -= LEARNING_RATE * (gradient[i] + L2 * w[i]);
			}
		}
		return new WinProbabilityModel(baselines, fromHistory, mean, scale, w,
				Wording.of("model.trained", closed.size(), won, lost));
	}

	/** The factors of an opportunity in a stage entered at {@code enteredAt}, as of {@code at}. */
	static double[] features(Opportunity o, Stage stage, Instant enteredAt, Instant at, CustomerWins wins, List<GateDeadline> gates) {
		double days = enteredAt == null ? 0 : Math.max(0, Duration.between(enteredAt, at).toHours() / 24.0);
		int gatesDue = 0;
		int gatesOnTime = 0;
		for (GateDeadline d : gates) {
			if (d.dueAt() != null && !d.dueAt().isAfter(at)) {
				gatesDue++;
				if (d.metAt() != null && !d.metAt().isAfter(d.dueAt())) {
					gatesOnTime++;
				}
			}
		}
		double compliance = gatesDue == 0 ? 1 : (double) gatesOnTime / gatesDue;
		long revisions = o.getQuotes().stream().filter(q -> q.getCreatedAt() != null && !q.getCreatedAt().isAfter(at)).count();
		Team t = o.getTeam();
		double team = t == null
				? 0
				: ((t.getSalesLead() != null ? 1 : 0) + (t.getTechnicalLead() != null ? 1 : 0)
						+ (t.getCommercialLead() != null ? 1 : 0) + (t.getProjectManager() != null ? 1 : 0)) / 4.0;
		long earlierWins = wins.before(o, at);
		Instant lastActivity = enteredAt;
		for (Activity a : o.getActivities()) {
			if (a.getAt() != null && !a.getAt().isAfter(at) && (lastActivity == null || a.getAt().isAfter(lastActivity))) {
				lastActivity = a.getAt();
			}
		}
		double quiet = lastActivity == null ? 0 : Math.max(0, Duration.between(lastActivity, at).toHours() / 24.0);
		return new double[]{Math.log1p(days), compliance, revisions, team, Math.min(3, earlierWins), o.getCompetitors().size(),
				Math.log1p(quiet)};
	}

	/** When each customer won earlier deals, looked up once instead of scanning every opportunity per sample. */
	static final class CustomerWins {
		private final Map<Customer, List<Opportunity>> won = new HashMap<>();

		CustomerWins(SalesWorkspace workspace) {
			if (workspace == null) {
				return;
			}
			for (Opportunity o : workspace.getOpportunities()) {
				if (o.getStatus() == OpportunityStatus.WON && o.getClosedAt() != null) {
					won.computeIfAbsent(o.getCustomer(), c -> new ArrayList<>()).add(o);
				}
			}
		}

		long before(Opportunity o, Instant at) {
			return won.getOrDefault(o.getCustomer(), List.of()).stream()
					.filter(other -> other != o && other.getClosedAt().isBefore(at)).count();
		}
	}

	private static Instant enteredAt(Opportunity o) {
		Instant entered = null;
		for (StageChange c : o.getStageHistory()) {
			if (c.getStage() == o.getStage()) {
				entered = c.getEnteredAt();
			}
		}
		return entered;
	}

	static double stageDefault(Stage stage) {
		return stage == null ? 0.1 : stage.getDefaultProbability() / 100.0;
	}

	private static double clamp(double p) {
		return Math.min(0.99, Math.max(0.01, p));
	}

	private static double logit(double p) {
		double q = clamp(p);
		return Math.log(q / (1 - q));
	}

	private static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}

	private static double sum(double[] values) {
		double s = 0;
		for (double v : values) {
			s += v;
		}
		return s;
	}

	private static double logLoss(List<double[]> predictions, int column) {
		double sum = 0;
		for (double[] p : predictions) {
			double q = Math.min(1 - 1e-9, Math.max(1e-9, p[column]));
			sum -= p[2] == 1 ? Math.log(q) : Math.log(1 - q);
		}
		return predictions.isEmpty() ? Double.NaN : sum / predictions.size();
	}

	/** Area under the ROC curve by ranks (ties count half). */
	private static double auc(List<double[]> predictions, int column) {
		List<double[]> sorted = new ArrayList<>(predictions);
		sorted.sort(Comparator.comparingDouble(p -> p[column]));
		long positives = predictions.stream().filter(p -> p[2] == 1).count();
		long negatives = predictions.size() - positives;
		if (positives == 0 || negatives == 0) {
			return Double.NaN;
		}
		// Mann-Whitney U with average ranks for ties.
		double rankSum = 0;
		int i = 0;
		while (i < sorted.size()) {
			int j = i;
			while (j + 1 < sorted.size() && sorted.get(j + 1)[column] == sorted.get(i)[column]) {
				j++;
			}
			double rank = (i + j) / 2.0 + 1;
			for (int k = i; k <= j; k++) {
				if (sorted.get(k)[2] == 1) {
					rankSum += rank;
				}
			}
			i = j + 1;
		}
		return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
	}

	private static List<CrossValidationResult.ReliabilityBin> reliability(List<double[]> predictions) {
		List<CrossValidationResult.ReliabilityBin> bins = new ArrayList<>();
		for (int d = 0; d < 10; d++) {
			double from = d / 10.0;
			double to = (d + 1) / 10.0;
			int n = 0;
			double predicted = 0;
			double won = 0;
			for (double[] p : predictions) {
				if (p[0] >= from && (p[0] < to || d == 9)) {
					n++;
					predicted += p[0];
					won += p[2];
				}
			}
			bins.add(new CrossValidationResult.ReliabilityBin(from, to, n, n == 0 ? 0 : predicted / n, n == 0 ? 0 : won / n));
		}
		return bins;
	}
}
