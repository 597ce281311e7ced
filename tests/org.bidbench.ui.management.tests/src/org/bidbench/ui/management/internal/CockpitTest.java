package org.bidbench.ui.management.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.kpi.KpiDashboard;
import org.bidbench.sales.core.kpi.KpiSplit;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.core.kpi.StandardSalesKpis;
import org.bidbench.sales.core.risk.RiskFlag;
import org.bidbench.sales.core.risk.RiskFlags;
import org.bidbench.sales.model.Contract;
import org.bidbench.sales.model.ForecastCategory;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.SalesWorkspace;
import org.bidbench.ui.management.ManagementViews;
import org.bidbench.ui.sales.SalesSession;
import org.bidbench.ui.sales.internal.PipelineView;
import org.bidbench.ui.sales.internal.editors.OpportunityEditor;
import org.bidbench.ui.sales.internal.editors.RisksPage;
import org.bidbench.ui.sales.internal.editors.SalesEditors;
import org.bidbench.ui.sales.internal.risks.RiskFlagTable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cockpit in the running workbench on the demo workspace: the dashboard's figures, a
 * drill-down, a live refresh after an edit through the sales session, an acknowledged flag, the
 * forecast's weighted pipeline. With -Dbidbench.shots=FOLDER it also saves screenshots.
 */
class CockpitTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
	private static final String PERIOD = "2026Q3";
	private static SalesWorkspace workspace;
	private static Path folder;
	private static IWorkbenchPage page;

	@BeforeAll
	static void loadTheDemo() throws Exception {
		folder = Files.createTempDirectory("bidbench-cockpit").resolve("sales");
		DemoWorkspaceFactory.write(folder, DemoWorkspaceFactory.DEFAULT_SEED, TODAY);
		SalesSession session = SalesSession.get();
		session.setClock(Clock.fixed(TODAY.atTime(17, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		session.load(folder);
		workspace = session.workspace();
		page = PlatformUI.getWorkbench().showPerspective(ManagementViews.PERSPECTIVE, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		settle();
	}

	@Test
	void theDashboardOpensOnTheDemoWorkspaceWithEveryKpiByRegion() throws Exception {
		DashboardView view = (DashboardView) page.showView(ManagementViews.DASHBOARD);
		view.setPeriod(PERIOD);
		view.setSplit(KpiSplit.REGION);
		KpiDashboard shown = view.dashboard();
		assertNotNull(shown);
		KpiDashboard expected = KpiDashboard.compute(workspace, Period.parse(PERIOD), KpiSplit.REGION, WeightedPipeline.endOf(TODAY));
		assertEquals(List.of("all", "East", "North", "South", "West"), shown.groups().stream().map(KpiDashboard.Group::name).toList());
		for (String kpi : List.of(StandardSalesKpis.BOOKINGS, StandardSalesKpis.WIN_RATE, StandardSalesKpis.COLLECTION_RATE,
				StandardSalesKpis.NPS, StandardSalesKpis.RETENTION)) {
			for (KpiDashboard.Group g : expected.groups()) {
				var v = g.figure(kpi).current();
				assertEquals(Cockpit.figure(v.value(), v.unit()), view.cellText(kpi, g.name()), kpi + " of " + g.name());
			}
		}
		assertTrue(expected.whole().figure(StandardSalesKpis.BOOKINGS).current().value().signum() > 0);
		assertEquals(8, shown.trendPeriods().size());
		// A region with no closed deal in the quarter reads "no data", never 0.0 %.
		for (KpiDashboard.Group g : expected.groups()) {
			if (!g.figure(StandardSalesKpis.WIN_RATE).current().isDefined()) {
				assertEquals(Messages.Cockpit_noData, view.cellText(StandardSalesKpis.WIN_RATE, g.name()));
			}
		}
		shoot("dashboard");
	}

	@Test
	void aDrillDownListsExactlyTheOpportunitiesBehindTheFigure() throws Exception {
		DashboardView view = (DashboardView) page.showView(ManagementViews.DASHBOARD);
		view.setPeriod(PERIOD);
		view.setSplit(KpiSplit.REGION);
		DrillDownView drill = view.drillDown(StandardSalesKpis.BOOKINGS, "East");
		Period q3 = Period.parse(PERIOD);
		List<Opportunity> expected = new ArrayList<>();
		for (Opportunity o : workspace.getOpportunities()) {
			if (o.getContract() != null && q3.contains(o.getContract().getSignedOn()) && "East".equals(o.getCustomer().getRegion())) {
				expected.add(o);
			}
		}
		assertFalse(expected.isEmpty(), "the demo signed contracts in the East in " + PERIOD);
		assertEquals(expected, drill.opportunities());
		BigDecimal sum = expected.stream().map(o -> o.getContract().getValue().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(0, sum.compareTo(view.dashboard().group("East").figure(StandardSalesKpis.BOOKINGS).current().value()),
				"the opportunities listed add up to the figure clicked");
		settle();
		shoot("drilldown");

		// Each listed opportunity opens in the Sales perspective's opportunity editor, on that very opportunity.
		for (var entry : drill.entries().subList(0, Math.min(3, drill.entries().size()))) {
			assertTrue(drill.open(entry));
			settle();
			IEditorPart editor = page.getActiveEditor();
			assertTrue(editor instanceof OpportunityEditor, "an opportunity editor: " + editor);
			assertEquals(entry.opportunity(), ((OpportunityEditor) editor).opportunity());
			assertEquals(SalesEditors.OPPORTUNITY_EDITOR, editor.getSite().getId());
		}
		page.closeAllEditors(false);
		// Back to the perspective's own layout, without the editor area the editors opened.
		page.setEditorAreaVisible(false);
		settle();
	}

	@Test
	void anAcknowledgementInTheOpportunityEditorChangesTheDashboardsFlagCount() throws Exception {
		DashboardView view = (DashboardView) page.showView(ManagementViews.DASHBOARD);
		settle();
		Instant now = SalesSession.get().clock().instant();
		long before = RiskFlags.unacknowledged(workspace, WeightedPipeline.endOf(TODAY)).size();
		assertEquals(NLS.bind(Messages.Dashboard_openFlags, before), view.openFlagsText());
		Opportunity flagged = RiskFlags.unacknowledged(workspace, now).get(0).opportunity();
		OpportunityEditor editor = (OpportunityEditor) SalesEditors.open(page, flagged);
		editor.setActivePage(RisksPage.ID);
		settle();
		RisksPage risks = (RisksPage) editor.salesPages().stream().filter(p -> p instanceof RisksPage).findFirst().orElseThrow();
		RiskFlag flag = risks.flags().shown().get(0);
		RiskFlagTable.acknowledge(flag, "Spoke to the client's project director today.");
		settle();
		assertEquals(NLS.bind(Messages.Dashboard_openFlags, before - 1), view.openFlagsText(), "the dashboard follows without a restart");
		SalesSession.get().commandStack().undo();
		settle();
		assertEquals(NLS.bind(Messages.Dashboard_openFlags, before), view.openFlagsText());
		page.closeAllEditors(false);
		// Back to the perspective's own layout, without the editor area the editors opened.
		page.setEditorAreaVisible(false);
		settle();
	}

	@Test
	void anEditThroughTheSalesSessionChangesTheDashboardWithoutARestart() throws Exception {
		DashboardView view = (DashboardView) page.showView(ManagementViews.DASHBOARD);
		view.setPeriod(PERIOD);
		view.setSplit(null);
		String before = view.cellText(StandardSalesKpis.BOOKINGS, KpiDashboard.ALL);
		Period q3 = Period.parse(PERIOD);
		Contract contract = workspace.getOpportunities().stream().map(Opportunity::getContract)
				.filter(c -> c != null && q3.contains(c.getSignedOn())).findFirst().orElseThrow();
		BigDecimal bookings = view.dashboard().whole().figure(StandardSalesKpis.BOOKINGS).current().value();
		SalesSession.get().run("Raise a contract's value", () -> contract.setValue(contract.getValue().plus(
				org.bidbench.sales.model.Money.of("1000000", contract.getValue().currency()))));
		settle();
		String after = view.cellText(StandardSalesKpis.BOOKINGS, KpiDashboard.ALL);
		assertNotEquals(before, after);
		assertEquals(0, bookings.add(new BigDecimal("1000000"))
				.compareTo(view.dashboard().whole().figure(StandardSalesKpis.BOOKINGS).current().value()));
		SalesSession.get().commandStack().undo();
		settle();
		assertEquals(before, view.cellText(StandardSalesKpis.BOOKINGS, KpiDashboard.ALL), "undo shows too");
	}

	@Test
	void anAcknowledgedFlagStopsShowingAsNew() throws Exception {
		RiskFlagsView view = (RiskFlagsView) page.showView(ManagementViews.FLAGS);
		view.setShowAcknowledged(false);
		RiskFlag flag = view.flags().get(0);
		assertTrue(flag.isNew());
		int before = view.flags().size();
		view.acknowledge(flag, "Called the client's finance department; payment promised for next week.");
		settle();
		assertEquals(before - 1, view.flags().size());
		assertTrue(view.flags().stream().noneMatch(f -> f.opportunity() == flag.opportunity() && f.key().equals(flag.key())));
		view.setShowAcknowledged(true);
		RiskFlag acknowledged = view.flags().stream().filter(f -> f.opportunity() == flag.opportunity() && f.key().equals(flag.key()))
				.findFirst().orElseThrow();
		assertFalse(acknowledged.isNew());
		assertEquals("Called the client's finance department; payment promised for next week.", acknowledged.acknowledgement().getComment());
		assertEquals(SalesSession.get().currentUser(), acknowledged.acknowledgement().getAcknowledgedBy());
		view.setShowAcknowledged(false);
		shoot("flags");
	}

	@Test
	void theForecastShowsTheOneWeightedPipelineAndTakesACategory() throws Exception {
		ForecastView view = (ForecastView) page.showView(ManagementViews.FORECAST);
		settle();
		WeightedPipeline expected = WeightedPipeline.of(workspace, TODAY);
		assertEquals(expected.weightedTotal(), view.pipeline().weightedTotal());
		WeightedPipeline.Line line = view.pipeline().lines().get(view.pipeline().lines().size() - 1);
		assertFalse(line.categorySet());
		view.setCategory(line, ForecastCategory.COMMIT);
		settle();
		WeightedPipeline.Line after = view.pipeline().line(line.opportunity());
		assertTrue(after.categorySet());
		assertEquals(ForecastCategory.COMMIT, after.category());
		assertEquals(expected.weightedTotal(), view.pipeline().weightedTotal(), "a category moves money between categories, not in total");
		shoot("forecast");
		SalesSession.get().commandStack().undo();
		settle();
		assertFalse(view.pipeline().line(line.opportunity()).categorySet());
	}

	@Test
	void theForecastAndTheSalesPipelineViewShowOneWeightedFigureAlsoAfterAReload() throws Exception {
		ForecastView forecast = (ForecastView) page.showView(ManagementViews.FORECAST);
		settle();
		BigDecimal total = WeightedPipeline.of(workspace, TODAY).weightedTotal();
		assertEquals(total, forecast.pipeline().weightedTotal());
		// The Sales perspective's Pipeline view states the same figure (rounded to the unit).
		String figure = String.format("%,.0f", total.setScale(0, java.math.RoundingMode.HALF_UP));
		PipelineView salesPipeline = (PipelineView) page.showView(PipelineView.ID);
		settle();
		assertTrue(salesPipeline.summaryText().contains(figure), figure + " in " + salesPipeline.summaryText());

		// Load the same files again, as after a restart: the same figure.
		SalesSession.get().load(folder);
		workspace = SalesSession.get().workspace();
		settle();
		assertEquals(total, forecast.pipeline().weightedTotal(), "the same figure after a reload");
		assertTrue(salesPipeline.summaryText().contains(figure), "the Pipeline view after a reload: " + salesPipeline.summaryText());
	}

	@Test
	void theCollectionsViewAgesTheReceivables() throws Exception {
		CollectionsView view = (CollectionsView) page.showView(ManagementViews.COLLECTIONS);
		settle();
		assertNotNull(view.report());
		assertFalse(view.report().overdue().isEmpty(), "the demo has late payers");
		assertTrue(view.report().overdue().stream().allMatch(r -> r.daysPastDue() > 0));
		assertFalse(view.report().cashByMonth().isEmpty());
		shoot("collections");
	}

	@Test
	void theChineseCockpitShowsNoEnglishSentenceFromTheSalesServices() throws Exception {
		List<String> english = englishFragments();
		assertTrue(english.size() > 20, "fragments of the sales services' English sentences: " + english);
		Locale before = Locale.getDefault();
		// Under -nl zh_CN the whole workbench is Chinese; in an English run the cockpit still words the
		// sales services' sentences by the default locale, so switching it tests them too.
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		try {
			assertTrue(Cockpit.chinese());
			List<String> shown = new ArrayList<>();
			ForecastView forecast = (ForecastView) page.showView(ManagementViews.FORECAST);
			forecast.refresh();
			settle();
			shown.addAll(forecast.shownTexts());
			DashboardView dashboard = (DashboardView) page.showView(ManagementViews.DASHBOARD);
			dashboard.setPeriod(PERIOD);
			dashboard.setSplit(null);
			for (String kpi : List.of(StandardSalesKpis.BOOKINGS, StandardSalesKpis.REVENUE, StandardSalesKpis.COLLECTION_RATE,
					StandardSalesKpis.DSO, StandardSalesKpis.WIN_RATE, StandardSalesKpis.CYCLE_TIME, StandardSalesKpis.RETENTION,
					StandardSalesKpis.NPS, StandardSalesKpis.GATE_COMPLIANCE, StandardSalesKpis.CHANGE_RATE)) {
				shown.addAll(dashboard.drillDown(kpi, KpiDashboard.ALL).shownTexts());
			}
			if (org.bidbench.ui.sales.internal.views.SalesWording.chinese()) {
				// The flags are worded by the workbench's own (NLS) messages: Chinese only under -nl zh_CN.
				RiskFlagsView flags = (RiskFlagsView) page.showView(ManagementViews.FLAGS);
				flags.setShowAcknowledged(true);
				settle();
				shown.addAll(flags.shownTexts());
				assertTrue(flags.flags().stream().anyMatch(f -> f.kind() == RiskFlag.Kind.MARGIN_BELOW_FLOOR),
						"the demo has a quote below its margin floor");
				flags.setShowAcknowledged(false);
			}
			// The checks below mean something only when the sentences are there, in Chinese.
			assertTrue(shown.stream().anyMatch(t -> t.contains("\u8d62\u7387")), "win-probability reasons in Chinese");
			assertTrue(shown.stream().anyMatch(t -> t.contains("\u5df2\u7ed3\u675f\u5546\u673a")), "the model's note in Chinese");
			assertTrue(shown.stream().anyMatch(t -> t.contains(" \u5143")), "amounts in yuan");
			java.util.regex.Pattern rawAmount = java.util.regex.Pattern.compile("(?<![\\d,.])\\d{5,}\\.\\d\\d");
			for (String text : shown) {
				for (String fragment : english) {
					assertFalse(text.contains(fragment), "English '" + fragment + "' in: " + text);
				}
				assertFalse(rawAmount.matcher(text).find(), "an amount without grouped digits in: " + text);
			}
		} finally {
			Locale.setDefault(before);
			((ForecastView) page.showView(ManagementViews.FORECAST)).refresh();
			settle();
		}
	}

	/**
	 * The fixed words of every English sentence the sales services have (texts.properties between
	 * its placeholders), two words or more: e.g. "raised the odds", "closed opportunities".
	 */
	private static List<String> englishFragments() {
		java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle("org.bidbench.sales.core.wording.texts", Locale.ROOT,
				org.bidbench.sales.core.wording.Wording.class.getClassLoader(),
				java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
		List<String> fragments = new ArrayList<>();
		for (String key : java.util.Collections.list(texts.getKeys())) {
			for (String part : texts.getString(key).replace("''", "'").split("\\{\\d+\\}|'|\\(|\\)|:|;|,")) {
				String words = part.trim();
				if (words.matches("[A-Za-z%-]+( [A-Za-z%-]+)+")) {
					fragments.add(words);
				}
			}
		}
		return fragments;
	}

	private static void settle() throws InterruptedException {
		Display display = Display.getCurrent();
		for (int i = 0; i < 40; i++) {
			while (display.readAndDispatch()) {
				// let the session's notifications and the redraws through
			}
			Thread.sleep(10);
		}
	}

	/** Saves the workbench window to FOLDER/NAME-LANG.png when -Dbidbench.shots=FOLDER is given. */
	private static void shoot(String name) throws Exception {
		String folder = System.getProperty("bidbench.shots");
		if (folder == null) {
			return;
		}
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1600, 1000);
		settle();
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[]{image.getImageData()};
		Files.createDirectories(Path.of(folder));
		String lang = Cockpit.chinese() ? "zh" : "en";
		loader.save(Path.of(folder, name + "-" + lang + ".png").toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
