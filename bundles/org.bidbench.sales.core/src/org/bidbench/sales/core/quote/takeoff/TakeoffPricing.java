package org.bidbench.sales.core.quote.takeoff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bidbench.qto.ItemCharacteristics;
import org.bidbench.qto.ModelDiffResult;
import org.bidbench.sales.core.quote.Pricing;
import org.bidbench.sales.core.quote.pricing.PricingContext;
import org.bidbench.sales.core.quote.pricing.PricingStrategies;
import org.bidbench.sales.core.quote.QuoteRevisions;
import org.bidbench.sales.model.Approval;
import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.Employee;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;
import org.bidbench.sales.model.QuoteStatus;
import org.bidbench.sales.model.SalesFactory;

/**
 * Prices a take-off with a catalog into a quote revision whose every line keeps the cost item,
 * quantity, unit, unit cost, unit price, the GlobalIds of its elements, the take-off line, the
 * model's SHA-256 and the rule pack. A line whose item has no price blocks the whole quote: it is
 * reported with its item code and no quote is made, never priced at zero.
 *
 * <p>A re-quote prices a new take-off (of a changed model) as the next revision of an existing
 * quote: lines match by take-off line key, negotiated line discounts stay, and the result lists
 * each line's quantity and amount change against the previous revision.
 */
public final class TakeoffPricing {

	private TakeoffPricing() {
	}

	/**
	 * A first quote (revision 1) of the opportunity, or when the opportunity already has quotes,
	 * a re-quote against its latest revision.
	 *
	 * @param opportunity the opportunity the quote is added to; may be null for a quote on its own
	 * @param quoteId     the new quote's id; null for {@code <opportunity id>-Q-r<revision>}
	 */
	public static PricedQuote price(TakeoffSource takeoff, PriceCatalog catalog, Opportunity opportunity, String quoteId,
			LocalDate on, Instant at, Employee author) {
		return price(takeoff, catalog, PricingStrategies.get(PricingStrategies.CATALOG), opportunity, quoteId, on, at,
				author);
	}

	/**
	 * As {@link #price(TakeoffSource, PriceCatalog, Opportunity, String, LocalDate, Instant, Employee)}, with
	 * the unit prices from a pricing strategy of the {@code pricingStrategies} extension point.
	 */
	public static PricedQuote price(TakeoffSource takeoff, PriceCatalog catalog, PricingStrategies.Registered pricing,
			Opportunity opportunity, String quoteId, LocalDate on, Instant at, Employee author) {
		if (opportunity != null && !opportunity.getQuotes().isEmpty()) {
			Quote latest = QuoteRevisions.latest(opportunity.getQuotes().get(opportunity.getQuotes().size() - 1));
			return requote(latest, takeoff, catalog, pricing, on, at, author);
		}
		List<MissingPrice> missing = new ArrayList<>();
		List<QuoteLine> lines = priceLines(takeoff, catalog, pricing, opportunity, on, missing);
		if (!missing.isEmpty()) {
			return new PricedQuote(null, missing, List.of());
		}
		Quote quote = SalesFactory.eINSTANCE.createQuote();
		String base = opportunity == null || opportunity.getId() == null ? "Q" : opportunity.getId() + "-Q";
		quote.setId(quoteId != null ? quoteId : base + "-r1");
		quote.setRevision(1);
		quote.setCurrency(catalog.getCurrency());
		quote.setStatus(QuoteStatus.DRAFT);
		quote.setCreatedAt(at);
		quote.setAuthor(author);
		quote.setValidUntil(LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(90));
		quote.getLines().addAll(lines);
		if (opportunity != null) {
			opportunity.getQuotes().add(quote);
		}
		return new PricedQuote(quote, List.of(), List.of());
	}

	/**
	 * The next revision of {@code previous} from a new take-off, with the line changes. Lines of the
	 * previous revision that the take-off no longer has are dropped (and listed as removed).
	 */
	public static PricedQuote requote(Quote previous, TakeoffSource takeoff, PriceCatalog catalog, LocalDate on, Instant at,
			Employee author) {
		return requote(previous, takeoff, catalog, PricingStrategies.get(PricingStrategies.CATALOG), on, at, author);
	}

	/** As {@link #requote(Quote, TakeoffSource, PriceCatalog, LocalDate, Instant, Employee)}, with a pricing strategy. */
	public static PricedQuote requote(Quote previous, TakeoffSource takeoff, PriceCatalog catalog,
			PricingStrategies.Registered pricing, LocalDate on, Instant at, Employee author) {
		List<MissingPrice> missing = new ArrayList<>();
		Opportunity opportunity = previous.eContainer() instanceof Opportunity o ? o : null;
		List<QuoteLine> priced = priceLines(takeoff, catalog, pricing, opportunity, on, missing);
		if (!missing.isEmpty()) {
			return new PricedQuote(null, missing, List.of());
		}
		Quote next = QuoteRevisions.newRevision(previous, author, at);
		Map<String, QuoteLine> copies = new LinkedHashMap<>();
		for (QuoteLine copy : next.getLines()) {
			copies.put(copy.getKey(), copy);
		}
		List<QuoteLine> lines = new ArrayList<>();
		for (QuoteLine fresh : priced) {
			QuoteLine copy = copies.remove(fresh.getKey());
			if (copy != null && copy.getDiscountPercent() != null) {
				// The discount was negotiated on the line, not on the model: it stays.
				fresh.setDiscountPercent(copy.getDiscountPercent());
			}
			lines.add(copy == null ? fresh : update(copy, fresh));
		}
		for (QuoteLine dropped : copies.values()) {
			for (Approval approval : next.getApprovals()) {
				approval.getLines().remove(dropped);
			}
		}
		next.getApprovals().removeIf(a -> a.isCarriedOver() && a.getLines().isEmpty());
		next.getLines().clear();
		next.getLines().addAll(lines);
		return new PricedQuote(next, List.of(), QuoteRevisions.diff(previous, next));
	}

	/**
	 * The re-quote of a model change: the next revision of {@code previous} priced from the diff's
	 * new take-off. The diff must start from the model the previous revision was priced from, or
	 * its deltas would describe a different change than the quote shows.
	 *
	 * @throws IllegalArgumentException when the diff's old model is not the previous revision's model
	 */
	public static PricedQuote requote(Quote previous, ModelDiffResult diff, PriceCatalog catalog, LocalDate on, Instant at,
			Employee author) {
		String pinned = previous.getLines().isEmpty() ? null : previous.getLines().get(0).getModelSha256();
		String before = diff.before().modelSha256();
		if (pinned != null && before != null && !pinned.equals(before)) {
			throw new IllegalArgumentException("Quote " + previous.getId() + " was priced from the model with SHA-256 " + pinned
					+ ", but the diff starts from " + diff.before().modelFile() + " (" + before + "): compare against the model the"
					+ " quote was made from.");
		}
		PricedQuote priced = requote(previous, TakeoffSources.of(diff.after()), catalog, on, at, author);
		if (priced.isBlocked()) {
			return priced;
		}
		// Lines the diff found unchanged (same quantity, same elements, matched by GlobalId or by
		// content) keep the previous revision's prices, and with them its approvals.
		java.util.Set<String> changed = new java.util.HashSet<>();
		diff.lineDeltas().forEach(d -> changed.add(d.key()));
		for (QuoteLine line : priced.quote().getLines()) {
			QuoteLine was = previousLine(previous, line.getKey());
			if (was == null || changed.contains(line.getKey()) || was.getQuantity() == null
					|| line.getQuantity() == null || was.getQuantity().compareTo(line.getQuantity()) != 0) {
				continue;
			}
			line.setUnitPrice(was.getUnitPrice());
			line.setUnitCost(was.getUnitCost());
			line.setDiscountPercent(was.getDiscountPercent());
			line.setUnchangedByModelDiff(true);
		}
		return new PricedQuote(priced.quote(), List.of(), QuoteRevisions.diff(previous, priced.quote()));
	}

	private static QuoteLine previousLine(Quote previous, String key) {
		for (QuoteLine l : previous.getLines()) {
			if (l.getKey().equals(key)) {
				return l;
			}
		}
		return null;
	}

	private static QuoteLine update(QuoteLine copy, QuoteLine fresh) {
		// Updating the copy keeps it in the carried-over approvals, which stop counting if it changed.
		copy.setCostItemCode(fresh.getCostItemCode());
		copy.setCharacteristics(fresh.getCharacteristics());
		copy.setUnchangedByModelDiff(false);
		copy.setDescription(fresh.getDescription());
		copy.setUnit(fresh.getUnit());
		copy.setQuantity(fresh.getQuantity());
		copy.setUnitCost(fresh.getUnitCost());
		copy.setUnitPrice(fresh.getUnitPrice());
		copy.setDiscountPercent(fresh.getDiscountPercent());
		copy.getGlobalIds().clear();
		copy.getGlobalIds().addAll(fresh.getGlobalIds());
		copy.setTakeoffLineId(fresh.getTakeoffLineId());
		copy.setModelSha256(fresh.getModelSha256());
		copy.setRulePackName(fresh.getRulePackName());
		copy.setRulePackVersion(fresh.getRulePackVersion());
		return copy;
	}

	private static List<QuoteLine> priceLines(TakeoffSource takeoff, PriceCatalog catalog,
			PricingStrategies.Registered pricing, Opportunity opportunity, LocalDate on, List<MissingPrice> missing) {
		List<QuoteLine> lines = new ArrayList<>();
		PricingContext context = new PricingContext(catalog, on, opportunity);
		for (TakeoffQuantity t : takeoff.lines()) {
			// A door or window is priced by its size band: its own 12-digit code only numbers the
			// items of this bill (two door types of one band are two items), the band's code does not move.
			String bandCode = ItemCharacteristics.bandPriceCode(t.itemCode(), t.characteristics());
			Optional<CatalogItem> found = Pricing.catalogItem(catalog, bandCode != null ? bandCode : t.itemCode(), on);
			if (found.isEmpty() && t.itemCode().matches("\\d{12}")) {
				// Items numbered by their characteristics within the bill share the price of their
				// 9-digit code unless the catalog lists them apart (as it does for size bands).
				found = Pricing.catalogItemOfCode(catalog, t.itemCode().substring(0, 9), on);
			}
			String where = "take-off line '" + t.lineKey() + "' of " + takeoff.modelFile();
			if (found.isEmpty()) {
				missing.add(new MissingPrice(t.itemCode(), t.lineKey(), MissingPrice.Reason.NOT_IN_CATALOG,
						"Cost item " + t.itemCode() + " (" + where + ") is not in catalog '" + catalog.getName()
								+ "' valid on " + on + ": add it with a price, or change the rule pack's item code."));
				continue;
			}
			CatalogItem item = found.get();
			Optional<Money> price = pricing.strategy().unitPrice(item, t.quantity(), context);
			if (price.isEmpty()) {
				missing.add(new MissingPrice(t.itemCode(), t.lineKey(), MissingPrice.Reason.NO_PRICE,
						"Cost item " + t.itemCode() + " in catalog '" + catalog.getName() + "' (" + where + ") has no price"
								+ (PricingStrategies.CATALOG.equals(pricing.id())
										? ""
										: " under the pricing strategy '" + pricing.id() + "' (" + pricing.plugin() + ")")
								+ ": give it a fixed price or a unit cost and margin."));
				continue;
			}
			if (price.get().currency() != null && catalog.getCurrency() != null
					&& !price.get().currency().equals(catalog.getCurrency())) {
				missing.add(new MissingPrice(t.itemCode(), t.lineKey(), MissingPrice.Reason.NO_PRICE,
						"The pricing strategy '" + pricing.id() + "' (" + pricing.plugin() + ") priced cost item " + t.itemCode()
								+ " in " + price.get().currency() + ", but catalog '" + catalog.getName() + "' is in "
								+ catalog.getCurrency() + ": a quote has one currency; fix the strategy or its settings."));
				continue;
			}
			if (item.getUnit() != null && t.unit() != null && !sameUnit(item.getUnit(), t.unit())) {
				missing.add(new MissingPrice(t.itemCode(), t.lineKey(), MissingPrice.Reason.UNIT_MISMATCH,
						"Cost item " + t.itemCode() + " is priced per " + item.getUnit() + " in catalog '" + catalog.getName()
								+ "' but the " + where + " measures " + t.unit() + ": align the rule's unit with the catalog."));
				continue;
			}
			QuoteLine line = SalesFactory.eINSTANCE.createQuoteLine();
			line.setKey(t.lineKey());
			// The bill's code, not the catalog item's: items priced alike keep their own 12-digit codes.
			line.setCostItemCode(t.itemCode());
			line.setDescription(item.getDescription() != null && item.getCode().equals(t.itemCode()) && bandCode == null
					? item.getDescription()
					: t.description());
			line.setCharacteristics(t.characteristics());
			line.setUnit(item.getUnit() != null ? item.getUnit() : t.unit());
			line.setQuantity(t.quantity());
			line.setUnitCost(item.getUnitCost());
			line.setUnitPrice(price.get());
			line.setDiscountPercent(BigDecimal.ZERO);
			line.getGlobalIds().addAll(t.globalIds());
			line.setTakeoffLineId(t.lineKey());
			line.setModelSha256(takeoff.modelSha256());
			line.setRulePackName(takeoff.packName());
			line.setRulePackVersion(takeoff.packVersion());
			lines.add(line);
		}
		return lines;
	}

	/** m3 and m³, M2 and m2 are the same unit. */
	static boolean sameUnit(String a, String b) {
		return normalise(a).equals(normalise(b));
	}

	private static String normalise(String unit) {
		return unit.trim().toLowerCase(Locale.ROOT).replace('²', '2').replace('³', '3');
	}
}
