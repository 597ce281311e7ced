package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.forecast.CrossValidationResult;
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.forecast.WinFactor;
import org.bidbench.sales.core.forecast.WinForecast;
import org.bidbench.sales.core.forecast.WinProbabilityModel;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.junit.jupiter.api.Test;

/** The win model's promises: the stage's history as baseline, the 1.5 log-odds bound, calibration, the same figure every run. */
class WinModelTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
	private static final Instant NOW = TODAY.atTime(17, 0).toInstant(ZoneOffset.UTC);

	@Test
	void factorsNeverMoveTheStageBaselineByMoreThanOneAndAHalfInLogOdds() {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, TODAY);
		WinProbabilityModel model = WinProbabilityModel.train(ws);
		int checked = 0;
		for (Opportunity o : ws.getOpportunities()) {
			if (o.getStatus() != OpportunityStatus.OPEN) {
				continue;
			}
			// Push every factor to an extreme the data never saw: the bound must still hold.
			for (int extreme = 0; extreme < 2; extreme++) {
				if (extreme == 1) {
					for (int k = 0; k < 12; k++) {
						o.getCompetitors().add("Rival " + k);
					}
					o.getTeam().setTechnicalLead(null);
					o.getTeam().setCommercialLead(null);
					o.getTeam().setProjectManager(null);
				}
				WinForecast f = model.forecast(o, NOW.plusSeconds(86_400L * 900));
				double shift = logit(f.probability()) - logit(Math.min(0.99, Math.max(0.01, f.stageBaseline())));
				assertTrue(Math.abs(shift) <= WinProbabilityModel.MAX_FACTOR_SHIFT + 1e-9, o.getId() + " moved " + shift);
				double sum = f.factors().stream().mapToDouble(WinFactor::contribution).sum();
				assertEquals(shift, sum, 1e-9, "the factors shown add up to the move applied");
				checked++;
			}
		}
		assertTrue(checked > 20);
		Stage lead = ws.getProcess().getStages().get(0);
		double leadCeiling = sigmoid(logit(model.stageBaseline(lead)) + 1.5);
		assertTrue(leadCeiling < 0.9, "a Lead can never show 90 %: its ceiling is " + leadCeiling);
		System.out.println("stage baselines: " + ws.getProcess().getStages().stream().filter(s -> !s.isSigned())
				.map(s -> s.getName() + " " + Math.round(model.stageBaseline(s) * 100) + " %"
						+ (model.isBaselineFromHistory(s) ? "" : " (default)"))
				.toList());
	}

	@Test
	void calibratedOnHeldOutDealsOfTheLargeWorkspaceAndBetterThanTheStageOnlyBaseline() {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, TODAY, DemoWorkspaceFactory.Size.LARGE);
		CrossValidationResult r = WinProbabilityModel.evaluate(ws, 0.3);
		System.out.println("large workspace: " + r);
		assertEquals(10, r.reliability().size());
		assertEquals(r.samples(), r.reliability().stream().mapToInt(CrossValidationResult.ReliabilityBin::samples).sum());
		assertTrue(r.expectedCalibrationError() < 0.05, "calibration error " + r.expectedCalibrationError());
		assertTrue(r.maxCalibrationGap(100) < 0.1, r::toString);
		assertTrue(r.logLoss() < r.baselineLogLoss(), r::toString);
		assertTrue(r.auc() > r.baselineAuc(), r::toString);
		// The hidden causes keep the model honest: far from a perfect score.
		assertTrue(r.auc() < 0.9, r::toString);
	}

	@Test
	void theWeightedPipelineIsTheSameOnEveryRunOverTheSameData() {
		BigDecimal first = WeightedPipeline.of(DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, TODAY), TODAY)
				.weightedTotal();
		BigDecimal second = WeightedPipeline.of(DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, TODAY), TODAY)
				.weightedTotal();
		assertEquals(first, second);
		WeightedPipeline p = WeightedPipeline.of(DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, TODAY), TODAY);
		BigDecimal byLines = p.lines().stream().map(WeightedPipeline.Line::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(0, byLines.compareTo(first));
		BigDecimal byStages = p.byStage(p.lines().get(0).opportunity().getCustomer().eContainer() instanceof SalesWorkspace ws
				? ws
				: null).values().stream().map(WeightedPipeline.Totals::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(0, byStages.compareTo(first));
		BigDecimal byCategory = p.byCategory().values().stream().map(WeightedPipeline.Totals::weighted)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(0, byCategory.compareTo(first));
		assertFalse(p.lines().isEmpty());
		List<WeightedPipeline.Line> lines = p.lines();
		for (WeightedPipeline.Line l : lines) {
			assertEquals(l.amount().multiply(WeightedPipeline.probability(l.forecast())).setScale(2, java.math.RoundingMode.HALF_UP),
					l.weighted());
		}
	}

	private static double logit(double p) {
		return Math.log(p / (1 - p));
	}

	private static double sigmoid(double z) {
		return 1 / (1 + Math.exp(-z));
	}
}
