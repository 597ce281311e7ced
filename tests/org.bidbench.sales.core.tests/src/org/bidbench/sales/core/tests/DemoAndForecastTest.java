package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.forecast.CrossValidationResult;
import org.bidbench.sales.core.forecast.WinForecast;
import org.bidbench.sales.core.forecast.WinProbabilityModel;
import org.bidbench.sales.core.kpi.KpiReport;
import org.bidbench.sales.core.kpi.KpiScope;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.core.process.GateDeadlines;
import org.bidbench.sales.core.workspace.SalesWorkspaceFolder;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.OpportunityStatus;
import org.bidbench.sales.model.PaymentMilestone;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.sales.model.Stage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAndForecastTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
	private static final Instant NOW = TODAY.atTime(17, 0).toInstant(ZoneOffset.UTC);

	@Test
	void demoWorkspaceIsPlausibleAndValid() {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, TODAY);
		assertTrue(ws.getCustomers().size() >= 40);
		assertEquals(150, ws.getOpportunities().size());
		Set<Stage> stagesInUse = ws.getOpportunities().stream().filter(o -> o.getStatus() != OpportunityStatus.LOST)
				.map(Opportunity::getStage).collect(Collectors.toSet());
		assertEquals(Set.copyOf(ws.getProcess().getStages()), stagesInUse, "opportunities in every stage");
		assertTrue(ws.getCustomers().stream().anyMatch(c -> c.getName().chars().anyMatch(ch -> ch > 0x4e00)));
		assertTrue(ws.getCustomers().stream().anyMatch(c -> c.getName().startsWith("Northbridge")));
		assertTrue(ws.getOpportunities().stream().anyMatch(o -> o.getStatus() == OpportunityStatus.LOST
				&& o.getLostReason() != null));
		assertTrue(ws.getOpportunities().stream().anyMatch(o -> o.getQuotes().size() > 1), "quotes with revisions");
		List<PaymentMilestone> late = ws.getOpportunities().stream().filter(o -> o.getContract() != null)
				.flatMap(o -> o.getContract().getMilestones().stream())
				.filter(m -> m.getDueDate() != null && m.getDueDate().isBefore(TODAY) && m.getCollectedOn() == null).toList();
		assertFalse(late.isEmpty(), "some collections are overdue");
		assertFalse(GateDeadlines.overdue(ws, NOW).isEmpty(), "some gates are overdue");
		assertFalse(ws.getNpsAnswers().isEmpty());

		Diagnostic d = Diagnostician.INSTANCE.validate(ws);
		assertTrue(d.getSeverity() < Diagnostic.ERROR,
				() -> d.getChildren().stream().filter(c -> c.getSeverity() == Diagnostic.ERROR).limit(5)
						.map(Diagnostic::getMessage).toList().toString());

		KpiReport kpis = KpiReport.compute(ws, Period.parse("2026Q3"), KpiScope.all(), NOW, List.of());
		kpis.values().stream().filter(v -> !v.id().contains(".")).forEach(v -> System.out.println("demo 2026Q3 " + v.id()
				+ " = " + v.value() + " " + v.unit()));
		assertTrue(kpis.get("bookings").orElseThrow().value().signum() > 0);
	}

	@Test
	void demoIsDeterministicForASeed(@TempDir Path folder) throws Exception {
		DemoWorkspaceFactory.write(folder.resolve("a"), 7, TODAY);
		DemoWorkspaceFactory.write(folder.resolve("b"), 7, TODAY);
		try (var files = Files.walk(folder.resolve("a"))) {
			for (Path a : files.filter(Files::isRegularFile).toList()) {
				Path b = folder.resolve("b").resolve(folder.resolve("a").relativize(a));
				assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), a.toString());
			}
		}
		assertEquals(150, SalesWorkspaceFolder.load(folder.resolve("a")).workspace().getOpportunities().size());
	}

	@Test
	void winProbabilityBeatsTheStageOnlyBaselineOnHeldOutDealsAndExplainsItself() {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, TODAY);
		WinProbabilityModel model = WinProbabilityModel.train(ws);
		assertTrue(model.isTrained());
		List<WinForecast> forecasts = model.forecastOpen(ws, NOW);
		assertFalse(forecasts.isEmpty());
		WinForecast top = forecasts.get(0);
		assertTrue(top.fromModel());
		assertEquals(7, top.factors().size());
		assertTrue(Math.abs(top.factors().get(0).contribution()) >= Math.abs(top.factors().get(6).contribution()),
				"strongest factor first");
		System.out.println("top forecast " + top.opportunity().getId() + " " + top.probability() + " (stage baseline "
				+ top.stageBaseline() + ")");
		top.explanation().forEach(f -> System.out.println("  " + f));

		CrossValidationResult held = WinProbabilityModel.evaluate(ws, 0.3);
		System.out.println("demo workspace: " + held);
		assertTrue(held.logLoss() < held.baselineLogLoss(), held::toString);
		assertTrue(held.auc() > held.baselineAuc(), held::toString);
	}

	@Test
	void tooFewClosedDealsFallBackToTheStageDefault() {
		SalesFixture fx = new SalesFixture();
		Opportunity o = fx.opportunity("O1", "stage-quote", NOW);
		WinForecast f = WinProbabilityModel.train(fx.ws).forecast(o, NOW);
		assertFalse(f.fromModel());
		assertEquals(0.40, f.probability(), 1e-9);
		assertEquals(0.40, f.stageBaseline(), 1e-9);
		assertEquals("Only 0 closed opportunities (0 won, 0 lost); the model needs 20 with at least 5 of each, so the"
				+ " stage's default probability is used.", f.note());
		assertTrue(f.factors().isEmpty());
	}
}
