package org.bidbench.sales.core.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.MarginFloor;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.PriceRule;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;

/**
 * Prices from a catalog: fixed prices or cost plus a margin (on the price), and the margin
 * floor of each catalog item category.
 */
public final class Pricing {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Pricing() {
	}

	/** The catalog item with this code valid on the date, if the catalog has one. */
	public static Optional<CatalogItem> catalogItem(PriceCatalog catalog, String code, LocalDate on) {
		return catalog.getItems().stream()
				.filter(i -> i.getCode().equals(code))
				.filter(i -> (i.getValidFrom() == null || !on.isBefore(i.getValidFrom()))
						&& (i.getValidTo() == null || !on.isAfter(i.getValidTo())))
				.findFirst();
	}

	/** The first catalog item whose code starts with the 9-digit code of the standard, valid on the date. */
	public static Optional<CatalogItem> catalogItemOfCode(PriceCatalog catalog, String nineDigits, LocalDate on) {
		return catalog.getItems().stream()
				.filter(i -> i.getCode().startsWith(nineDigits))
				.filter(i -> (i.getValidFrom() == null || !on.isBefore(i.getValidFrom()))
						&& (i.getValidTo() == null || !on.isAfter(i.getValidTo())))
				.findFirst();
	}

	/**
	 * The catalog item a quote line was priced from: its own code, else, for a 12-digit bill code the
	 * catalog does not list (items numbered 002, 003... by their characteristics within one bill),
	 * the item of its 9-digit code, as the take-off pricing found it. The category, and so the
	 * margin floor, of such a line is that item's.
	 */
	public static Optional<CatalogItem> catalogItemOfLine(PriceCatalog catalog, String code, LocalDate on) {
		if (code == null) {
			return Optional.empty();
		}
		Optional<CatalogItem> own = catalogItem(catalog, code, on);
		if (own.isEmpty() && code.matches("\\d{12}")) {
			return catalogItemOfCode(catalog, code.substring(0, 9), on);
		}
		return own;
	}

	/** The unit price: the fixed price, or cost / (1 - margin), rounded to cents. */
	public static Money unitPrice(CatalogItem item) {
		if (item.getPriceRule() == PriceRule.FIXED_PRICE) {
			return item.getUnitPrice();
		}
		BigDecimal keep = BigDecimal.ONE.subtract(item.getMarginPercent().divide(HUNDRED));
		return new Money(item.getUnitCost().amount().divide(keep, 2, RoundingMode.HALF_UP), item.getUnitCost().currency());
	}

	/** Margin on the net price of a line in percent, or null without price or cost. */
	public static BigDecimal marginPercent(QuoteLine line) {
		if (line.getUnitPrice() == null || line.getUnitCost() == null) {
			return null;
		}
		Money net = QuoteAmounts.netUnitPrice(line);
		if (net.signum() == 0) {
			return null;
		}
		return net.minus(line.getUnitCost()).amount().multiply(HUNDRED).divide(net.amount(), 2, RoundingMode.HALF_UP);
	}

	/** Lines whose margin is below the floor of their catalog item's category in the catalog. */
	public static List<PricingWarning> belowFloor(Quote quote, PriceCatalog catalog, LocalDate on) {
		List<PricingWarning> warnings = new ArrayList<>();
		for (QuoteLine line : quote.getLines()) {
			Optional<CatalogItem> item = catalogItemOfLine(catalog, line.getCostItemCode(), on);
			BigDecimal margin = marginPercent(line);
			if (item.isEmpty() || margin == null) {
				continue;
			}
			String category = item.get().getCategory();
			for (MarginFloor floor : catalog.getMarginFloors()) {
				if (floor.getCategory().equals(category) && margin.compareTo(floor.getMinimumMarginPercent()) < 0) {
					warnings.add(new PricingWarning(line, category, margin, floor.getMinimumMarginPercent(),
							"Line " + line.getKey() + " (" + line.getCostItemCode() + ") has a margin of "
									+ margin.toPlainString() + "%, below the " + floor.getMinimumMarginPercent().toPlainString()
									+ "% floor for " + category + ": raise the price or reduce the discount."));
				}
			}
		}
		return warnings;
	}
}
