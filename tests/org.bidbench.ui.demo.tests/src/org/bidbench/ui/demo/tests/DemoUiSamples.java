package org.bidbench.ui.demo.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bidbench.demo.price.ClientQuote;
import org.bidbench.demo.storyboard.StepView;
import org.bidbench.demo.storyboard.StoryStep;
import org.bidbench.demo.storyboard.Storyboard;
import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.sales.core.quote.QuoteAmounts;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.quote.takeoff.TakeoffPricing;
import org.bidbench.sales.core.quote.takeoff.TakeoffSources;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.core.quote.terms.QuoteTotals;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;

/** The sample house copied where a test may write beside it, and the quote the demo must keep to itself. */
final class DemoUiSamples {

	static final String HOUSE = "AC20-FZK-Haus.ifc";

	private DemoUiSamples() {
	}

	static Path shared(String name) {
		String dir = System.getProperty("bidbench.samples", "");
		Path p = dir.isEmpty() ? null : Path.of(dir, name);
		assumeTrue(p != null && Files.isRegularFile(p),
				"SKIPPED: sample " + name + " not available (system property bidbench.samples='" + dir + "')");
		return p;
	}

	/** The house in {@code dir/models/}, as in a demo workspace. */
	static Path house(Path dir) throws Exception {
		Path models = Files.createDirectories(dir.resolve("models"));
		Path copy = models.resolve(HOUSE);
		if (!Files.exists(copy)) {
			Files.copy(shared(HOUSE), copy);
		}
		return copy;
	}

	/** Two views of the house from opposite sides. */
	static Storyboard twoViews() {
		return new Storyboard("Two views", HOUSE, List.of(
				StoryStep.of("From the south east", StepView.camera(new double[]{32, -22, 14}, new double[]{6, 4, 3}, 45), 1.5,
						"The garden side"),
				StoryStep.of("From the north west", StepView.camera(new double[]{-18, 28, 9}, new double[]{6, 4, 3}, 45), 1.5,
						"The entrance")));
	}

	/** The house priced as the demo prices it on the fly, with its unit costs: what must never be shown. */
	static Quote internalQuote() throws Exception {
		IfcModel model = IfcModel.open(shared(HOUSE));
		var pack = RulePacks.builtIn(RulePacks.GB50500);
		var takeoff = new TakeoffSession(model, ComputedQuantitySource.NONE).run(pack);
		Instant now = Instant.now();
		var priced = TakeoffPricing.price(TakeoffSources.of(takeoff), PriceCatalogFile.sample(pack.getId()), null, null,
				LocalDate.ofInstant(now, ZoneOffset.UTC), now, null);
		Quote q = priced.quote();
		QuoteTerms.standard(true).recordOn(q);
		return q;
	}

	/**
	 * The text shows none of the quote's internal figures: no unit cost or line cost (in the ways
	 * prices are printed), no total cost or margin, and no words for them. A cost figure that is also
	 * a client figure (a price equal to a cost by chance) cannot be told apart and is not checked; the
	 * test fails if that leaves fewer than half the cost figures checked.
	 */
	static void assertNoInternalFigures(String text, Quote quote) {
		ClientQuote client = ClientQuote.of(quote, true);
		Set<String> clientFigures = new LinkedHashSet<>();
		for (ClientQuote.Line l : client.lines()) {
			clientFigures.addAll(forms(l.unitPrice()));
			clientFigures.addAll(forms(l.amount()));
			clientFigures.addAll(forms(l.quantity()));
		}
		for (BigDecimal total : List.of(BigDecimal.ZERO, client.linesTotal(), client.net(), client.tax(), client.grandTotal())) {
			clientFigures.addAll(forms(total));
		}
		for (ClientQuote.Milestone m : client.milestones()) {
			clientFigures.addAll(forms(m.amount()));
		}
		Set<String> costs = new LinkedHashSet<>();
		for (QuoteLine l : quote.getLines()) {
			if (l.getUnitCost() != null) {
				costs.addAll(forms(l.getUnitCost().amount()));
				costs.addAll(forms(QuoteAmounts.cost(l).amount()));
			}
		}
		costs.addAll(forms(QuoteAmounts.totalCost(quote).amount()));
		BigDecimal margin = QuoteAmounts.marginPercent(quote);
		if (margin != null) {
			costs.add(margin.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%");
			costs.add(margin.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%");
		}
		int checked = 0;
		for (String c : costs) {
			if (clientFigures.contains(c)) {
				continue;
			}
			checked++;
			assertFalse(text.contains(c), "the client sees the internal figure " + c);
		}
		assertTrue(checked * 2 >= costs.size(), checked + " of " + costs.size() + " cost figures checked");
		for (String word : List.of("cost", "Cost", "margin", "Margin", "成本", "毛利", "利润", "approv", "审批", "internal")) {
			assertFalse(text.contains(word), "the client sees the word " + word);
		}
	}

	/** How an amount may be printed: 12,345.60 and 12345.60 and 12345.6. */
	static List<String> forms(BigDecimal v) {
		if (v == null) {
			return List.of();
		}
		BigDecimal two = QuoteTotals.round(new org.bidbench.sales.model.Money(v, "CNY")).amount();
		DecimalFormat grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return List.of(grouped.format(two), two.toPlainString());
	}
}
