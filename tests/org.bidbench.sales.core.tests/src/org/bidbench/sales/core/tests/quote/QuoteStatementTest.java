package org.bidbench.sales.core.tests.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bidbench.ifc.IfcModel;
import org.bidbench.qto.ComputedQuantitySource;
import org.bidbench.qto.RulePacks;
import org.bidbench.qto.TakeoffSession;
import org.bidbench.qto.rules.RulePack;
import org.bidbench.sales.core.demo.DemoWorkspaceFactory;
import org.bidbench.sales.core.quote.ClientQuoteStatement;
import org.bidbench.sales.core.quote.Pricing;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.core.quote.takeoff.PriceCatalogFile;
import org.bidbench.sales.core.quote.takeoff.PricedQuote;
import org.bidbench.sales.core.quote.takeoff.TakeoffPricing;
import org.bidbench.sales.core.quote.takeoff.TakeoffSources;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.core.quote.terms.QuoteTotals;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.SalesFactory;
import org.bidbench.sales.model.SalesWorkspace;
import org.junit.jupiter.api.Test;

/**
 * The priced quote statement on the demo workspace's quotes and on a quote priced from the real
 * AC20 house: every figure is worked out again here from the quote's lines, without the services,
 * and the statement must agree to the cent.
 */
class QuoteStatementTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
	private static final LocalDate ON = LocalDate.parse("2026-07-01");
	private static final Instant AT = Instant.parse("2026-07-01T09:00:00Z");
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Test
	void theDemoWorkspaceQuotesAddUpLineBySectionByCategoryAndTaxIsAddedOnce() {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, TODAY);
		PriceCatalog catalog = ws.getPriceCatalogs().get(0);
		assertFalse(catalog.getMarginFloors().isEmpty(), "the demo catalog has margin floors to check against");
		int quotes = 0;
		int breaches = 0;
		for (Opportunity o : ws.getOpportunities()) {
			for (Quote quote : o.getQuotes()) {
				QuoteStatement statement = QuoteStatement.of(quote, catalog, null);
				// Terms as the quote records them, else the standard 9 % VAT and no quote discount.
				addsUp(quote, statement, quote.getTaxRatePercent() == null ? BigDecimal.valueOf(9) : quote.getTaxRatePercent(),
						quote.getDiscountPercent() == null ? BigDecimal.ZERO : quote.getDiscountPercent());
				assertEquals(Pricing.belowFloor(quote, catalog, QuoteStatement.pricedOn(quote)).size(), statement.belowFloor().size(),
						quote.getId() + ": the statement's floor breaches");
				for (QuoteStatement.FloorBreach b : statement.belowFloor()) {
					assertTrue(b.marginPercent().compareTo(b.floorPercent()) < 0, b.message());
					assertEquals(b.marginPercent(), b.line().marginPercent(), b.message());
				}
				breaches += statement.belowFloor().size();
				clientViewIsTheSameFiguresWithoutCost(statement);
				quotes++;
			}
			if (o.getContract() != null && o.getContract().getQuote() != null) {
				assertEquals(QuoteStatement.of(o.getContract().getQuote()).linesTotal(), o.getContract().getValue(),
						o.getId() + ": the contract is worth the statement's lines total");
			}
		}
		assertTrue(quotes > 50, "quotes checked: " + quotes);
		assertTrue(breaches > 0, "some demo lines are below their floor, so the check above means something");
	}

	@Test
	void aQuotePricedFromTheRealHouseAddsUpUnderADiscountAndVat() throws Exception {
		Path model = RequoteAcrossRevisionsTest.ac20();
		RulePack pack = RulePacks.builtIn(RulePacks.GB50500);
		PriceCatalog catalog = PriceCatalogFile.sample(pack.getId());
		Opportunity opportunity = SalesFactory.eINSTANCE.createOpportunity();
		opportunity.setId("O-AC20");
		PricedQuote priced = TakeoffPricing.price(TakeoffSources.of(new TakeoffSession(IfcModel.open(model), ComputedQuantitySource.NONE)
				.run(pack)), catalog, opportunity, null, ON, AT, null);
		assertTrue(priced.missing().isEmpty(), priced.missing().toString());
		Quote quote = priced.quote();
		QuoteTerms terms = QuoteTerms.standard(true).withDiscount(new BigDecimal("3"));
		QuoteStatement statement = QuoteStatement.of(quote, terms, catalog, ON);

		addsUp(quote, statement, BigDecimal.valueOf(9), new BigDecimal("3"));
		assertTrue(statement.lines().size() >= 5, "lines: " + statement.lines().size());
		assertTrue(statement.sections().stream().filter(s -> !s.storey().isEmpty()).count() >= 2,
				"the house's storeys make sections: " + statement.sections().stream().map(QuoteStatement.Section::storey).toList());
		assertTrue(statement.lines().stream().allMatch(l -> !l.globalIds().isEmpty()), "every line names its elements");
		assertTrue(statement.categories().stream().allMatch(c -> c.category() != null), "every item has its catalog category");
		assertNotNull(statement.marginPercent());
		assertTrue(statement.discount().signum() > 0 && statement.tax().signum() > 0);
		// The quote document's totals are the statement's.
		assertEquals(statement.totals(), QuoteTotals.of(quote, terms));
		clientViewIsTheSameFiguresWithoutCost(statement);

		// A copy: editing the quote afterwards changes nothing in it.
		Money before = statement.linesTotal();
		quote.getLines().get(0).setQuantity(quote.getLines().get(0).getQuantity().add(BigDecimal.TEN));
		assertEquals(before, statement.linesTotal());
		assertFalse(before.equals(QuoteStatement.of(quote, terms).linesTotal()), "a new statement sees the edit");
	}

	@Test
	void aDiscountOfAHundredPercentRecordedOnTheQuoteStillGivesItsFigures() {
		SalesWorkspace ws = DemoWorkspaceFactory.create(DemoWorkspaceFactory.DEFAULT_SEED, TODAY);
		Quote quote = ws.getOpportunities().stream().flatMap(o -> o.getQuotes().stream()).findFirst().orElseThrow();
		quote.setDiscountPercent(HUNDRED); // the operations allow 0-100; the printed terms stop below 100
		QuoteStatement statement = QuoteStatement.of(quote);
		assertEquals(0, statement.net().signum());
		assertEquals(0, statement.grandTotal().signum());
		assertEquals(statement.linesTotal(), statement.discount());
	}

	/** Every figure of the statement against the quote's lines, worked out here. */
	private static void addsUp(Quote quote, QuoteStatement statement, BigDecimal rate, BigDecimal discountPercent) {
		String id = quote.getId();
		assertEquals(quote.getLines().size(), statement.lines().size(), id);
		assertEquals(quote.getCurrency(), statement.currency(), id);
		BigDecimal lines = BigDecimal.ZERO;
		BigDecimal cost = BigDecimal.ZERO;
		boolean anyCost = false;
		for (int i = 0; i < quote.getLines().size(); i++) {
			QuoteLine l = quote.getLines().get(i);
			QuoteStatement.Line s = statement.lines().get(i);
			assertEquals(i, s.index(), id);
			assertEquals(l.getKey(), s.key(), id);
			assertEquals(l.getCostItemCode(), s.code(), id);
			assertEquals(List.copyOf(l.getGlobalIds()), s.globalIds(), id);
			BigDecimal discount = l.getDiscountPercent() == null ? BigDecimal.ZERO : l.getDiscountPercent();
			BigDecimal amount = l.getQuantity().multiply(l.getUnitPrice().amount())
					.multiply(HUNDRED.subtract(discount)).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
			assertEquals(amount, s.amount().amount(), id + " line " + l.getKey() + " amount");
			lines = lines.add(amount);
			if (l.getUnitCost() == null) {
				assertNull(s.cost(), id);
				assertNull(s.margin(), id);
			} else {
				BigDecimal lineCost = l.getQuantity().multiply(l.getUnitCost().amount()).setScale(2, RoundingMode.HALF_UP);
				assertEquals(lineCost, s.cost().amount(), id + " line " + l.getKey() + " cost");
				assertEquals(amount.subtract(lineCost), s.margin().amount(), id + " line " + l.getKey() + " margin");
				cost = cost.add(lineCost);
				anyCost = true;
			}
		}
		assertEquals(0, lines.compareTo(statement.linesTotal().amount()), id + ": lines total " + lines + " vs " + statement.linesTotal());
		assertEquals(2, statement.linesTotal().amount().scale(), id + ": rounded to the fen");
		assertEquals(0, cost.compareTo(statement.totalCost().amount()), id + ": total cost");
		assertEquals(0, lines.subtract(cost).compareTo(statement.margin().amount()), id + ": margin");
		if (anyCost && lines.signum() != 0) {
			assertEquals(lines.subtract(cost).multiply(HUNDRED).divide(lines, 2, RoundingMode.HALF_UP), statement.marginPercent(), id);
		}

		// Sections: each line in exactly one, each subtotal its lines' sum, the subtotals the lines total.
		Set<Integer> seen = new HashSet<>();
		BigDecimal subtotals = BigDecimal.ZERO;
		for (QuoteStatement.Section section : statement.sections()) {
			BigDecimal sum = BigDecimal.ZERO;
			for (QuoteStatement.Line line : section.lines()) {
				assertTrue(seen.add(line.index()), id + ": line " + line.key() + " in two sections");
				assertEquals(section.storey(), line.section(), id);
				sum = sum.add(line.amount().amount());
			}
			assertEquals(0, sum.compareTo(section.subtotal().amount()), id + ": subtotal of " + section.storey());
			subtotals = subtotals.add(section.subtotal().amount());
		}
		assertEquals(quote.getLines().size(), seen.size(), id + ": every line has a section");
		assertEquals(0, subtotals.compareTo(statement.linesTotal().amount()), id + ": subtotals add up to the lines total");

		// Categories add up to the same totals.
		BigDecimal byCategory = statement.categories().stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(0, byCategory.compareTo(statement.linesTotal().amount()), id + ": categories add up to the lines total");
		if (statement.categories().stream().allMatch(c -> c.cost() != null)) {
			BigDecimal costs = statement.categories().stream().map(c -> c.cost().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
			assertEquals(0, costs.compareTo(statement.totalCost().amount()), id + ": category costs add up to the total cost");
		}

		// The bottom: discount on the lines total, tax once on the net, milestones to the grand total.
		assertEquals(0, rate.compareTo(statement.taxRatePercent()), id + ": tax rate");
		assertEquals(0, discountPercent.compareTo(statement.discountPercent()), id + ": quote discount");
		BigDecimal discount = lines.multiply(discountPercent).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
		assertEquals(0, discount.compareTo(statement.discount().amount()), id + ": discount");
		BigDecimal net = lines.subtract(discount);
		assertEquals(0, net.compareTo(statement.net().amount()), id + ": net");
		BigDecimal tax = net.multiply(rate).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
		assertEquals(0, tax.compareTo(statement.tax().amount()), id + ": tax on the net, once");
		assertEquals(0, net.add(tax).compareTo(statement.grandTotal().amount()), id + ": grand total is net plus tax");
		BigDecimal milestones = statement.milestones().stream().map(m -> m.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(0, milestones.compareTo(statement.grandTotal().amount()), id + ": milestones add up to the grand total");
	}

	/** The client view: the same lines and figures, and no component or method that could carry a cost or margin. */
	private static void clientViewIsTheSameFiguresWithoutCost(QuoteStatement statement) {
		ClientQuoteStatement client = statement.forClient();
		assertEquals(statement.lines().size(), client.lines().size());
		for (int i = 0; i < client.lines().size(); i++) {
			QuoteStatement.Line s = statement.lines().get(i);
			ClientQuoteStatement.Line c = client.lines().get(i);
			assertEquals(s.key(), c.key());
			assertEquals(0, s.amount().amount().compareTo(c.amount().amount()));
			assertEquals(s.globalIds(), c.globalIds());
		}
		assertEquals(statement.sections().size(), client.sections().size());
		for (int i = 0; i < client.sections().size(); i++) {
			assertEquals(statement.sections().get(i).subtotal(), client.sections().get(i).subtotal());
			assertEquals(statement.sections().get(i).lines().size(), client.sections().get(i).lines().size());
		}
		assertSame(statement.linesTotal(), client.linesTotal());
		assertSame(statement.grandTotal(), client.grandTotal());
		assertEquals(statement.milestones(), client.milestones());

		List<String> names = new ArrayList<>();
		for (Class<?> type : List.of(ClientQuoteStatement.class, ClientQuoteStatement.Line.class, ClientQuoteStatement.Section.class,
				QuoteTotals.class, QuoteTotals.MilestoneAmount.class)) {
			for (Method m : type.getMethods()) {
				names.add(type.getSimpleName() + "." + m.getName());
			}
			if (type.isRecord()) {
				for (RecordComponent c : type.getRecordComponents()) {
					names.add(type.getSimpleName() + "." + c.getName());
				}
			}
		}
		for (String name : names) {
			String lower = name.toLowerCase(Locale.ROOT);
			assertFalse(lower.contains("cost") || lower.contains("margin") || lower.contains("floor"),
					"the client view offers " + name);
		}
		assertTrue(names.contains("Line.netUnitPrice") && names.contains("ClientQuoteStatement.grandTotal"),
				"the names were read: " + names.size());
	}
}
