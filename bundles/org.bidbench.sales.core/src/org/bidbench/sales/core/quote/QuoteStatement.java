package org.bidbench.sales.core.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bidbench.sales.core.quote.takeoff.QuoteSections;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.core.quote.terms.QuoteTotals;
import org.bidbench.sales.model.MarginFloor;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;

/**
 * A quote revision priced once: every line with its amount, cost and margin, the subtotal of each
 * section (storey), the cost and margin of each catalog category, the bottom of the quote (lines
 * total, quote discount, net, tax, grand total, payment milestones), the total cost and margin, and
 * the lines below their category's margin floor. Reports, the command line, the workbench and the
 * demo show these figures and compute none of their own, so a printed total, a table cell and a
 * JSON field cannot disagree.
 * <p>
 * It is a copy: it holds no reference to the quote or its lines and does not change when they do;
 * compute a new statement after an edit. What a client may see of it is
 * {@link #forClient()}, which has no cost or margin to show.
 */
public final class QuoteStatement implements QuoteBottom {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * A priced line.
	 *
	 * @param index           the line's position in the quote (0-based)
	 * @param key             the line's key (the take-off line it came from)
	 * @param code            the catalog item code
	 * @param section         the storey it is printed under; empty when the take-off did not split by storey
	 * @param detail          the take-off's other group values (material, type), joined by " / "; empty when none
	 * @param category        the catalog category of the line's item; null without a catalog or when the item is not in it
	 * @param discountPercent the line discount as entered; null when none
	 * @param netUnitPrice    the unit price after the line discount, exact; null without a unit price
	 * @param amount          quantity times net unit price, rounded to cents
	 * @param unitCost        null when the cost is not known (hidden or never entered)
	 * @param cost            quantity times unit cost, rounded to cents; null when the cost is not known
	 * @param margin          amount less cost; null when the cost is not known
	 * @param marginPercent   margin on the net unit price in percent (2 places); null without price or cost
	 * @param floorPercent    the margin floor of the line's category; null when it has none
	 * @param globalIds       the model elements the line prices
	 */
	public record Line(int index, String key, String code, String description, String characteristics, String section,
			String detail, String category, String unit, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent,
			Money netUnitPrice, Money amount, Money unitCost, Money cost, Money margin, BigDecimal marginPercent,
			BigDecimal floorPercent, List<String> globalIds) {

		public Line {
			globalIds = List.copyOf(globalIds);
		}

		/** Whether the line's margin is below the floor of its category. */
		public boolean isBelowFloor() {
			return floorPercent != null && marginPercent != null && marginPercent.compareTo(floorPercent) < 0;
		}
	}

	/**
	 * The lines printed under one storey, in quote order, and their subtotal.
	 *
	 * @param storey empty for the lines of no storey
	 */
	public record Section(String storey, Money subtotal, List<Line> lines) {

		public Section {
			lines = List.copyOf(lines);
		}
	}

	/**
	 * The lines of one catalog category added up.
	 *
	 * @param category      null for the lines whose category is not known
	 * @param cost          null when a line of the category has no known cost: it would count as zero
	 * @param margin        amount less cost; null when the cost is not known
	 * @param marginPercent margin on the amount in percent (2 places); null when not known or the amount is zero
	 * @param floorPercent  the category's margin floor; null when it has none
	 */
	public record CategoryTotal(String category, Money cost, Money amount, Money margin, BigDecimal marginPercent,
			BigDecimal floorPercent) {

		public boolean isBelowFloor() {
			return floorPercent != null && marginPercent != null && marginPercent.compareTo(floorPercent) < 0;
		}
	}

	/** A line whose margin is below a floor of its category, with the warning in English. */
	public record FloorBreach(Line line, String category, BigDecimal marginPercent, BigDecimal floorPercent, String message) {

		/** The warning in words, for {@link org.bidbench.sales.core.wording.Wording#in(java.util.Locale)}. */
		public org.bidbench.sales.core.wording.Wording wording() {
			return org.bidbench.sales.core.wording.Wording.of("floor.below", line.key(), line.code(), marginPercent.toPlainString(),
					floorPercent.toPlainString(), category);
		}
	}

	private final String quoteId;
	private final int revision;
	private final String currency;
	private final List<Line> lines;
	private final List<Section> sections;
	private final List<CategoryTotal> categories;
	private final QuoteTotals totals;
	private final Money totalCost;
	private final BigDecimal marginPercent;
	private final List<FloorBreach> belowFloor;

	/** The revision under the terms it records (tax rate and quote discount), without a catalog. */
	public static QuoteStatement of(Quote revision) {
		return of(revision, null, null);
	}

	/**
	 * The revision under the terms it records, with the categories and margin floors of the catalog.
	 *
	 * @param catalog null for none: no categories, floors or breaches
	 * @param on      the date whose catalog items count; null for the day the revision was made ({@link #pricedOn(Quote)})
	 */
	public static QuoteStatement of(Quote revision, PriceCatalog catalog, LocalDate on) {
		// Not QuoteTerms.forQuote: a recorded discount of 100 % is refused there, and a list of quotes
		// must still show such a revision's figures.
		QuoteTerms standard = QuoteTerms.standard(false);
		BigDecimal tax = revision.getTaxRatePercent() != null ? revision.getTaxRatePercent() : standard.taxRatePercent();
		BigDecimal discount = revision.getDiscountPercent() != null ? revision.getDiscountPercent() : standard.discountPercent();
		return new QuoteStatement(revision, tax, discount, standard.milestones(), catalog, on);
	}

	/** The revision under these terms (a quote document may be printed under other terms than recorded). */
	public static QuoteStatement of(Quote revision, QuoteTerms terms) {
		return of(revision, terms, null, null);
	}

	/**
	 * The revision under these terms, with the categories and margin floors of the catalog.
	 *
	 * @param catalog null for none: no categories, floors or breaches
	 * @param on      the date whose catalog items count; null for the day the revision was made ({@link #pricedOn(Quote)})
	 */
	public static QuoteStatement of(Quote revision, QuoteTerms terms, PriceCatalog catalog, LocalDate on) {
		return new QuoteStatement(revision, terms.taxRatePercent(), terms.discountPercent(), terms.milestones(), catalog, on);
	}

	/** The day (UTC) the revision was made, or today when it does not say. */
	public static LocalDate pricedOn(Quote revision) {
		return revision.getCreatedAt() == null
				? LocalDate.now(ZoneOffset.UTC)
				: LocalDate.ofInstant(revision.getCreatedAt(), ZoneOffset.UTC);
	}

	private QuoteStatement(Quote quote, BigDecimal taxRatePercent, BigDecimal discountPercent,
			List<QuoteTerms.MilestoneShare> milestones, PriceCatalog catalog, LocalDate on) {
		Objects.requireNonNull(quote, "quote");
		LocalDate day = on != null ? on : pricedOn(quote);
		quoteId = quote.getId();
		revision = quote.getRevision();
		currency = quote.getCurrency();
		List<Line> priced = new ArrayList<>();
		Map<QuoteLine, Line> byQuoteLine = new IdentityHashMap<>();
		Money sum = Money.zero(currency);
		Money cost = Money.zero(currency);
		boolean anyCost = false;
		for (QuoteLine l : quote.getLines()) {
			Line line = line(priced.size(), l, catalog, day);
			priced.add(line);
			byQuoteLine.put(l, line);
			sum = sum.plus(line.amount());
			if (line.cost() != null) {
				cost = cost.plus(line.cost());
				anyCost = true;
			}
		}
		lines = List.copyOf(priced);
		sections = sections(lines);
		categories = categories(lines, catalog, currency);
		totals = QuoteTotals.of(sum, discountPercent, taxRatePercent, milestones);
		totalCost = cost;
		// Costs hidden from the user (the team store keeps them from a sales lead) or never entered are
		// unknown, not zero: a margin of 100 % would be a false statement.
		marginPercent = sum.signum() == 0 || !anyCost
				? null
				: sum.minus(cost).amount().multiply(HUNDRED).divide(sum.amount(), 2, RoundingMode.HALF_UP);
		List<FloorBreach> breaches = new ArrayList<>();
		if (catalog != null) {
			for (PricingWarning w : Pricing.belowFloor(quote, catalog, day)) {
				breaches.add(new FloorBreach(byQuoteLine.get(w.line()), w.category(), w.marginPercent(), w.floorPercent(),
						w.message()));
			}
		}
		belowFloor = List.copyOf(breaches);
	}

	private static Line line(int index, QuoteLine l, PriceCatalog catalog, LocalDate on) {
		String category = catalog == null ? null : categoryOf(catalog, l.getCostItemCode(), on);
		boolean costKnown = l.getUnitCost() != null;
		Money amount = QuoteAmounts.amount(l);
		Money cost = costKnown ? QuoteAmounts.cost(l) : null;
		return new Line(index, l.getKey(), l.getCostItemCode(), l.getDescription(), l.getCharacteristics(), QuoteSections.of(l),
				QuoteSections.detail(l), category, l.getUnit(), l.getQuantity(), l.getUnitPrice(), l.getDiscountPercent(),
				l.getUnitPrice() == null ? null : QuoteAmounts.netUnitPrice(l), amount, l.getUnitCost(), cost,
				costKnown ? amount.minus(cost) : null, Pricing.marginPercent(l),
				category == null ? null : floorOf(catalog, category), l.getGlobalIds());
	}

	private static String categoryOf(PriceCatalog catalog, String code, LocalDate on) {
		return Pricing.catalogItemOfLine(catalog, code, on).map(item -> item.getCategory()).orElse(null);
	}

	/** The first floor the catalog sets for the category, as the review has always shown it. */
	private static BigDecimal floorOf(PriceCatalog catalog, String category) {
		for (MarginFloor f : catalog.getMarginFloors()) {
			if (f.getCategory().equals(category)) {
				return f.getMinimumMarginPercent();
			}
		}
		return null;
	}

	private static List<Section> sections(List<Line> lines) {
		Map<String, List<Line>> byStorey = new LinkedHashMap<>();
		for (Line line : lines) {
			byStorey.computeIfAbsent(line.section(), s -> new ArrayList<>()).add(line);
		}
		List<Section> out = new ArrayList<>();
		byStorey.forEach((storey, members) -> {
			Money subtotal = members.get(0).amount();
			for (int i = 1; i < members.size(); i++) {
				subtotal = subtotal.plus(members.get(i).amount());
			}
			out.add(new Section(storey, subtotal, members));
		});
		return List.copyOf(out);
	}

	private static List<CategoryTotal> categories(List<Line> lines, PriceCatalog catalog, String currency) {
		Map<String, List<Line>> byCategory = new LinkedHashMap<>();
		for (Line line : lines) {
			byCategory.computeIfAbsent(line.category(), c -> new ArrayList<>()).add(line);
		}
		List<CategoryTotal> out = new ArrayList<>();
		byCategory.forEach((category, members) -> {
			Money cost = Money.zero(currency);
			Money amount = Money.zero(currency);
			boolean known = true;
			for (Line line : members) {
				amount = amount.plus(line.amount());
				if (line.cost() == null) {
					known = false;
				} else {
					cost = cost.plus(line.cost());
				}
			}
			// A category with a line whose cost is not known has no known margin: its cost would count as
			// zero and show a margin of 100 %.
			Money margin = known ? amount.minus(cost) : null;
			BigDecimal percent = margin == null || amount.signum() == 0
					? null
					: margin.amount().multiply(HUNDRED).divide(amount.amount(), 2, RoundingMode.HALF_UP);
			out.add(new CategoryTotal(category, known ? cost : null, amount, margin, percent,
					catalog == null || category == null ? null : floorOf(catalog, category)));
		});
		return List.copyOf(out);
	}

	/** The quote's number. */
	public String quoteId() {
		return quoteId;
	}

	public int revision() {
		return revision;
	}

	/** ISO code of every amount in the statement. */
	public String currency() {
		return currency;
	}

	/** The lines in quote order. */
	public List<Line> lines() {
		return lines;
	}

	/** The line with this key, or null. */
	public Line line(String key) {
		for (Line line : lines) {
			if (Objects.equals(line.key(), key)) {
				return line;
			}
		}
		return null;
	}

	/** The sections in the order their first line appears, each with its subtotal. */
	public List<Section> sections() {
		return sections;
	}

	/** The lines by catalog category, in the order the category first appears; one unknown category without a catalog. */
	public List<CategoryTotal> categories() {
		return categories;
	}

	/** The bottom of the quote: lines total, discount, net, tax, grand total and milestones. */
	@Override
	public QuoteTotals totals() {
		return totals;
	}

	/** The sum of the known line costs (an unknown cost counts as zero here; see {@link #marginPercent()}). */
	public Money totalCost() {
		return totalCost;
	}

	/** Lines total less total cost. */
	public Money margin() {
		return linesTotal().minus(totalCost);
	}

	/** Margin on the lines total in percent (2 places); null for a zero total or when no line has a known cost. */
	public BigDecimal marginPercent() {
		return marginPercent;
	}

	/** The lines below a margin floor of their category in the catalog; empty without a catalog. */
	public List<FloorBreach> belowFloor() {
		return belowFloor;
	}

	/** What a client may see: the same figures without any cost or margin. */
	public ClientQuoteStatement forClient() {
		return new ClientQuoteStatement(this);
	}
}
