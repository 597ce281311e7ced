package org.bidbench.sales.core.forecast;

import java.util.List;
import java.util.Locale;

/**
 * How well the win model predicted closed opportunities it was not trained on (the held-out
 * part), against the stage-only baseline (each stage's historical win rate) on the same samples.
 * Lower log loss and higher AUC are better.
 *
 * @param reliability predicted against actual per decile of the model's probability
 */
public record CrossValidationResult(int trainingOpportunities, int heldOutOpportunities, int samples, double logLoss, double auc,
		double baselineLogLoss, double baselineAuc, List<ReliabilityBin> reliability) {

	/** One decile of predicted probability: how many samples, their mean prediction, how many were won. */
	public record ReliabilityBin(double from, double to, int samples, double meanPredicted, double actualWinRate) {
	}

	/** The largest gap between predicted and actual over deciles with at least {@code minSamples}. */
	public double maxCalibrationGap(int minSamples) {
		return reliability.stream().filter(b -> b.samples() >= minSamples)
				.mapToDouble(b -> Math.abs(b.meanPredicted() - b.actualWinRate())).max().orElse(0);
	}

	/** Expected calibration error: the sample-weighted mean gap between predicted and actual. */
	public double expectedCalibrationError() {
		int n = reliability.stream().mapToInt(ReliabilityBin::samples).sum();
		return n == 0 ? 0 : reliability.stream().mapToDouble(b -> b.samples() * Math.abs(b.meanPredicted() - b.actualWinRate())).sum() / n;
	}

	@Override
	public String toString() {
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
				"trained on %d closed opportunities, evaluated on %d held out (%d stage snapshots): log loss %.3f (stage-only %.3f), AUC %.3f (stage-only %.3f), calibration error %.3f%n",
				trainingOpportunities, heldOutOpportunities, samples, logLoss, baselineLogLoss, auc, baselineAuc,
				expectedCalibrationError()));
		b.append("predicted       samples  mean predicted  actual won\n");
		for (ReliabilityBin bin : reliability) {
			b.append(String.format(Locale.ROOT, "%3.0f-%3.0f %%   %9d  %13.1f %%  %8.1f %%%n", bin.from() * 100, bin.to() * 100,
					bin.samples(), bin.meanPredicted() * 100, bin.actualWinRate() * 100));
		}
		return b.toString();
	}
}
