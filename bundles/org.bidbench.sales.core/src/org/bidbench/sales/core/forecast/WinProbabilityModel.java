package org.bidbench.sales.core.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.bidbench.sales.core.process.GateDeadline;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.core.process.StageTransitions;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesProcess;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.bidbench.sales.model.StageChange;
import org.bidbench.sales.model.Team;

/**
 * An explainable win probability: logistic regression on the workspace's own closed
 * opportunities. Each closed opportunity gives one training sample per stage it passed
 * through, described as it stood when it left that stage, so that the model learns from
 * situations like those of open opportunities (a closed-won deal's final stage would
 * otherwise give the answer away).
 *
 * <p>Factors: stage progress, days in stage, gate compliance, quote revisions, team
 * completeness, customer history (earlier won deals) and competitor count. Each forecast
 * lists each factor's contribution to the log-odds relative to the average training sample.
 *
 * <p>Prior: with fewer than {@value #MIN_CLOSED} closed opportunities, or fewer than
 * {@value #MIN_PER_OUTCOME} won or lost, the model is not trained and the stage's default
 * probability from the process is returned, saying so.
 */
public final class WinProbabilityModel {

    public static final int MIN_CLOSED = 20;
    public static final int MIN_PER_OUTCOME = 5;

    static final String[] FACTORS = { "stage progress", "days in stage (log)", "gate compliance", "quote revisions",
            "team completeness", "customer's earlier wins", "competitors" };

    private static final int ITERATIONS = 800;
    private static final double LEARNING_RATE = 0.2;
    private static final double L2 = 0.01;

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double intercept;
    private final String fallbackNote;

    private WinProbabilityModel(double[] mean, double[] scale, double[] weights, double intercept, String fallbackNote) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.intercept = intercept;
        this.fallbackNote = fallbackNote;
    }

    /** Trains on the closed opportunities of the workspace (or falls back to stage defaults). */
    public static WinProbabilityModel train(SalesWorkspace workspace) {
        List<Opportunity> closed = closed(workspace.getOpportunities());
        long won = closed.stream().filter(o -> o.getStatus() == OpportunityStatus.WON).count();
        long lost = closed.size() - won;
        if (closed.size() < MIN_CLOSED || won < MIN_PER_OUTCOME || lost < MIN_PER_OUTCOME) {
            return new WinProbabilityModel(null, null, null, 0, "Only " + closed.size() + " closed opportunities (" + won
                    + " won, " + lost + " lost); the model needs " + MIN_CLOSED + " with at least " + MIN_PER_OUTCOME
                    + " of each, so the stage's default probability is used.");
        }
        return fit(samples(closed));
    }

    public boolean isTrained() {
        return weights != null;
    }

    /** The probability of winning the opportunity as it stands at {@code now}, with its factors. */
    public WinForecast forecast(Opportunity opportunity, Instant now) {
        if (!isTrained()) {
            return new WinForecast(opportunity, stageDefault(opportunity.getStage()), false, fallbackNote, List.of());
        }
        double[] x = features(opportunity, opportunity.getStage(), enteredAt(opportunity), now);
        List<WinFactor> factors = new ArrayList<>();
        double logit = intercept;
        for (int i = 0; i < x.length; i++) {
            double contribution = weights[i] * (x[i] - mean[i]) / scale[i];
            logit += contribution;
            factors.add(new WinFactor(FACTORS[i], x[i], contribution));
        }
        factors.sort(Comparator.comparingDouble((WinFactor f) -> -Math.abs(f.contribution())));
        return new WinForecast(opportunity, sigmoid(logit), true,
                "Logistic regression on the workspace's closed opportunities.", List.copyOf(factors));
    }

    /** Forecasts for every open opportunity, highest probability first. */
    public List<WinForecast> forecastOpen(SalesWorkspace workspace, Instant now) {
        List<WinForecast> result = new ArrayList<>();
        for (Opportunity o : workspace.getOpportunities()) {
            if (o.getStatus() == OpportunityStatus.OPEN) {
                result.add(forecast(o, now));
            }
        }
        result.sort(Comparator.comparingDouble((WinForecast f) -> -f.probability()));
        return result;
    }

    /**
     * K-fold cross-validation over closed opportunities (all snapshots of one opportunity in the
     * same fold), comparing with the stage default probability on the same samples.
     */
    public static CrossValidationResult crossValidate(SalesWorkspace workspace, int folds, long seed) {
        List<Opportunity> closed = new ArrayList<>(closed(workspace.getOpportunities()));
        Collections.shuffle(closed, new Random(seed));
        List<double[]> predictions = new ArrayList<>(); // {model, baseline, label}
        for (int fold = 0; fold < folds; fold++) {
            List<Opportunity> training = new ArrayList<>();
            List<Opportunity> testing = new ArrayList<>();
            for (int i = 0; i < closed.size(); i++) {
                (i % folds == fold ? testing : training).add(closed.get(i));
            }
            WinProbabilityModel model = fit(samples(training));
            for (Sample s : samples(testing)) {
                predictions.add(new double[] { model.probability(s.x), clamp(stageDefault(s.stage)), s.label });
            }
        }
        return new CrossValidationResult(folds, closed.size(), predictions.size(), logLoss(predictions, 0), auc(predictions, 0),
                logLoss(predictions, 1), auc(predictions, 1));
    }

    private double probability(double[] x) {
        double logit = intercept;
        for (int i = 0; i < x.length; i++) {
            logit += weights[i] * (x[i] - mean[i]) / scale[i];
        }
        return sigmoid(logit);
    }

    private record Sample(double[] x, double label, Stage stage) {
    }

    private static List<Opportunity> closed(List<Opportunity> opportunities) {
        return opportunities.stream()
                .filter(o -> o.getStatus() != OpportunityStatus.OPEN && o.getClosedAt() != null && !o.getStageHistory().isEmpty())
                .toList();
    }

    private static List<Sample> samples(List<Opportunity> closed) {
        List<Sample> samples = new ArrayList<>();
        for (Opportunity o : closed) {
            double label = o.getStatus() == OpportunityStatus.WON ? 1 : 0;
            List<StageChange> history = o.getStageHistory();
            for (int i = 0; i < history.size(); i++) {
                Stage stage = history.get(i).getStage();
                if (stage == null || stage.isSigned()) {
                    continue;
                }
                Instant left = i + 1 < history.size() ? history.get(i + 1).getEnteredAt() : o.getClosedAt();
                samples.add(new Sample(features(o, stage, history.get(i).getEnteredAt(), left), label, stage));
            }
        }
        return samples;
    }

    private static WinProbabilityModel fit(List<Sample> samples) {
        int n = FACTORS.length;
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
        double[] w = new double[n];
        double b = 0;
        // Full-batch gradient descent: deterministic, and small data needs nothing faster.
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[n];
            double gradientB = 0;
            for (Sample s : samples) {
                double logit = b;
                for (int i = 0; i < n; i++) {
                    logit += w[i] * (s.x[i] - mean[i]) / scale[i];
                }
                double error = sigmoid(logit) - s.label;
                gradientB += error / samples.size();
                for (int i = 0; i < n; i++) {
                    gradient[i] += error * (s.x[i] - mean[i]) / scale[i] / samples.size();
                }
            }
            b -= LEARNING_RATE * gradientB;
            for (int i = 0; i < n; i++) {
                w[i] -= LEARNING_RATE * (gradient[i] + L2 * w[i]);
            }
        }
        return new WinProbabilityModel(mean, scale, w, b, null);
    }

    /** The factors of an opportunity in a stage entered at {@code enteredAt}, as of {@code at}. */
    static double[] features(Opportunity o, Stage stage, Instant enteredAt, Instant at) {
        double progress = 0;
        if (stage != null && stage.eContainer() instanceof SalesProcess process) {
            int signed = process.getStages().size();
            for (Stage s : process.getStages()) {
                if (s.isSigned()) {
                    signed = StageTransitions.indexOf(s);
                    break;
                }
            }
            progress = (double) StageTransitions.indexOf(stage) / Math.max(1, signed);
        }
        double days = enteredAt == null ? 0 : Math.max(0, Duration.between(enteredAt, at).toHours() / 24.0);
        int gatesDue = 0;
        int gatesOnTime = 0;
        for (GateDeadline d : GateDeadlines.of(o)) {
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
        double team = t == null ? 0
                : ((t.getSalesLead() != null ? 1 : 0) + (t.getTechnicalLead() != null ? 1 : 0)
                        + (t.getCommercialLead() != null ? 1 : 0) + (t.getProjectManager() != null ? 1 : 0)) / 4.0;
        long earlierWins = 0;
        if (o.eContainer() instanceof SalesWorkspace ws) {
            earlierWins = ws.getOpportunities().stream().filter(other -> other != o && other.getCustomer() == o.getCustomer()
                    && other.getStatus() == OpportunityStatus.WON && other.getClosedAt() != null
                    && other.getClosedAt().isBefore(at)).count();
        }
        return new double[] { progress, Math.log1p(days), compliance, revisions, team, Math.min(3, earlierWins),
                o.getCompetitors().size() };
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

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double logLoss(List<double[]> predictions, int column) {
        double sum = 0;
        for (double[] p : predictions) {
            double q = Math.min(1 - 1e-9, Math.max(1e-9, p[column]));
            sum -= p[2] == 1 ? Math.log(q) : Math.log(1 - q);
        }
        return sum / predictions.size();
    }

    /** Area under the ROC curve by ranks (ties count half). */
    private static double auc(List<double[]> predictions, int column) {
        long positives = predictions.stream().filter(p -> p[2] == 1).count();
        long negatives = predictions.size() - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double wins = 0;
        for (double[] p : predictions) {
            if (p[2] != 1) {
                continue;
            }
            for (double[] q : predictions) {
                if (q[2] == 1) {
                    continue;
                }
                wins += p[column] > q[column] ? 1 : p[column] == q[column] ? 0.5 : 0;
            }
        }
        return wins / (positives * negatives);
    }
}
