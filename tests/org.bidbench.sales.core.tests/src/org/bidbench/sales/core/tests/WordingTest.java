package org.bidbench.sales.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.forecast.WeightedPipeline;
import org.bidbench.sales.core.forecast.WinFactor;
import org.bidbench.sales.core.forecast.WinForecast;
import org.bidbench.sales.core.forecast.WinProbabilityModel;
import org.bidbench.sales.core.kpi.KpiDrillDown;
import org.bidbench.sales.core.kpi.KpiScope;
import org.bidbench.sales.core.kpi.Period;
import org.bidbench.sales.core.kpi.StandardSalesKpis;
import org.bidbench.sales.core.wording.Wording;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.SalesWorkspace;
import org.junit.jupiter.api.Test;

/**
 * The sentences of the sales services in English (what the command line prints, unchanged) and
 * in Chinese (every one translated, amounts with grouped digits).
 */
class WordingTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	void everySentenceHasAChineseWordingWithoutEnglishWords() {
		ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		ResourceBundle english = ResourceBundle.getBundle("org.bidbench.sales.core.wording.texts", Locale.ROOT,
				Wording.class.getClassLoader(), exact);
		ResourceBundle chinese = ResourceBundle.getBundle("org.bidbench.sales.core.wording.texts", Locale.CHINESE,
				Wording.class.getClassLoader(), exact);
		List<String> keys = Collections.list(english.getKeys());
		assertTrue(keys.size() > 30, keys.toString());
		for (String key : keys) {
			String zh = chinese.getString(key);
			assertFalse(zh.equals(english.getString(key)) && !key.equals("factor.other"), key + " is not translated");
			// Placeholders, NPS and % are the only Latin left in a Chinese sentence.
			String latin = zh.replaceAll("\\{\\d+\\}", "").replace("NPS", "").replaceAll("[^A-Za-z]", "");
			assertEquals("", latin, key + ": " + zh);
		}
	}

	@Test
	void theCommandLineEnglishIsUnchangedAndChineseReadsInChinese() {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, TODAY);
		WinProbabilityModel model = WinProbabilityModel.train(ws);
		assertTrue(model.note().startsWith("Stage baselines and factors learnt from "), model.note());
		assertTrue(model.note(Locale.SIMPLIFIED_CHINESE).contains("\u4e2a\u5df2\u7ed3\u675f\u5546\u673a"), model.note(Locale.CHINESE));
		WinForecast top = model.forecastOpen(ws, WeightedPipeline.endOf(TODAY)).get(0);
		WinFactor factor = top.factors().get(0);
		assertTrue(factor.describe().matches(".+ (raised|lowered|did not move) the odds \\([+-]\\d\\.\\d\\d log-odds\\)"),
				factor.describe());
		String zh = factor.describe(Locale.SIMPLIFIED_CHINESE);
		assertTrue(zh.contains("\u8d62\u7387") && zh.contains("\u5bf9\u6570\u51e0\u7387"), zh);
		assertEquals("Baseline: the stage's historical win rate; factors learnt from the workspace's closed opportunities.",
				model.forecast(top.opportunity(), WeightedPipeline.endOf(TODAY)).note());

		// What a KPI counted: English as before; Chinese with grouped digits and yuan.
		KpiDrillDown.Entry contract = KpiDrillDown.of(ws, Period.parse("2026Q3"), KpiScope.all(), StandardSalesKpis.BOOKINGS).get(0);
		var c = contract.opportunity().getContract();
		assertEquals("contract " + c.getNumber() + " signed " + c.getSignedOn() + ", value "
				+ Wording.money(c.getValue().amount(), c.getValue().currency(), Locale.ENGLISH), contract.what());
		assertEquals("\u5408\u540c " + c.getNumber() + "\uff0c" + c.getSignedOn() + " \u7b7e\u7ea6\uff0c\u91d1\u989d "
				+ Wording.money(c.getValue().amount(), "CNY", Locale.CHINESE), contract.what(Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void moneyReadsWithGroupedDigitsInEachLanguage() {
		assertEquals("12,121,284.61 CNY", Wording.money(new BigDecimal("12121284.61"), "CNY", Locale.ENGLISH));
		assertEquals("12,121,284.61 \u5143", Wording.money(new BigDecimal("12121284.61"), "CNY", Locale.SIMPLIFIED_CHINESE));
		assertEquals("500,000 EUR", Wording.money(new BigDecimal("500000.00"), "EUR", Locale.SIMPLIFIED_CHINESE));
		assertEquals("milestone 'Advance' of 1,200.50 CNY, delivered 2026-07-20",
				Wording.of("counted.milestone", "Advance", Money.of("1200.50", "CNY"),
						Wording.of("counted.delivered", LocalDate.of(2026, 7, 20))).toString());
		assertEquals("gate 'Quote' due 2026-07-20 10:30, not met",
				Wording.of("counted.gateOpen", "Quote", Instant.parse("2026-07-20T10:30:00Z")).toString());
	}
}
