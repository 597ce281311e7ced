package org.bidbench.sales.core.forecast;

/**
 * Out-of-fold quality of the win probability model against the stage-default baseline on the
 * same samples. Lower log loss and higher AUC are better.
 */
public record CrossValidationResult(int folds, int opportunities, int samples, double logLoss, double auc,
        double baselineLogLoss, double baselineAuc) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "%d-fold CV on %d closed opportunities (%d stage snapshots): log loss %.3f (stage default %.3f), AUC %.3f (stage default %.3f)",
                folds, opportunities, samples, logLoss, baselineLogLoss, auc, baselineAuc);
    }
}
