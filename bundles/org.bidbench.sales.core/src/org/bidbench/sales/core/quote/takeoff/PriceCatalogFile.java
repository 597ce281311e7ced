package org.bidbench.sales.core.quote.takeoff;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bidbench.sales.model.CatalogItem;
import org.bidbench.sales.model.MarginFloor;
import org.bidbench.sales.model.Money;
import org.bidbench.sales.model.PriceCatalog;
import org.bidbench.sales.model.PriceRule;
import org.bidbench.sales.model.SalesFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Price catalogs as CSV files, the form presales engineers keep their price lists in (a
 * spreadsheet export). One item per line: {@code code,description,unit,category,unit_cost,
 * margin_percent,unit_price}; a {@code catalog,NAME,CURRENCY} line; {@code floor,CATEGORY,PERCENT}
 * lines; {@code #} starts a comment. Every error names the file and line.
 *
 * <p>BidBench carries a sample catalog for each rule pack it ships, named after the pack id.
 */
public final class PriceCatalogFile {

	private PriceCatalogFile() {
	}

	/** A price catalog file is not well formed; the message names the file and line. */
	public static class CatalogFormatException extends Exception {
		private static final long serialVersionUID = 1L;

		public CatalogFormatException(String message) {
			super(message);
		}
	}

	public static PriceCatalog read(Path file) throws IOException, CatalogFormatException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (CharacterCodingException e) {
			throw new CatalogFormatException(file + ": not a text file in UTF-8 (" + e.getMessage() + "); a price catalog is a CSV"
					+ " file: save the spreadsheet as 'CSV UTF-8'");
		}
		return parse(text, file.toString());
	}

	/** The sample catalog of a rule pack this bundle ships, or null when there is none. */
	public static PriceCatalog sample(String packId) throws IOException, CatalogFormatException {
		Bundle bundle = FrameworkUtil.getBundle(PriceCatalogFile.class);
		URL url = bundle == null ? null : bundle.getEntry("catalogs/" + packId + ".prices.csv");
		if (url == null) {
			return null;
		}
		try (InputStream in = url.openStream()) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "catalogs/" + packId + ".prices.csv");
		}
	}

	public static PriceCatalog parse(String text, String source) throws CatalogFormatException {
		SalesFactory f = SalesFactory.eINSTANCE;
		PriceCatalog catalog = f.createPriceCatalog();
		catalog.setId(source);
		catalog.setName(source);
		String currency = null;
		Map<String, Integer> codes = new HashMap<>();
		List<String> lines = text.lines().toList();
		for (int n = 0; n < lines.size(); n++) {
			String line = lines.get(n).strip();
			String where = source + ":" + (n + 1);
			if (line.isEmpty() || line.startsWith("#") || line.startsWith("\uFEFF#")) {
				continue;
			}
			List<String> cells = split(line);
			switch (cells.get(0)) {
				case "catalog" -> {
					if (cells.size() != 3 || !cells.get(2).matches("[A-Z]{3}")) {
						throw new CatalogFormatException(where + ": write the catalog line as 'catalog,NAME,CURRENCY' (e.g. CNY)");
					}
					if (!isIsoCurrency(cells.get(2))) {
						throw new CatalogFormatException(where + ": '" + cells.get(2) + "' is not an ISO 4217 currency code;"
								+ " use one such as CNY, USD, EUR");
					}
					catalog.setName(cells.get(1));
					currency = cells.get(2);
					catalog.setCurrency(currency);
				}
				case "floor" -> {
					if (cells.size() != 3) {
						throw new CatalogFormatException(where + ": write a margin floor as 'floor,CATEGORY,PERCENT'");
					}
					MarginFloor floor = f.createMarginFloor();
					floor.setCategory(cells.get(1));
					floor.setMinimumMarginPercent(percentBelow100(cells.get(2), where, "floor percent"));
					catalog.getMarginFloors().add(floor);
				}
				default -> {
					if (currency == null) {
						throw new CatalogFormatException(where + ": the 'catalog,NAME,CURRENCY' line must come before the first item");
					}
					if (cells.size() != 7) {
						throw new CatalogFormatException(where + ": an item has 7 fields (code,description,unit,category,unit_cost,"
								+ "margin_percent,unit_price), this line has " + cells.size());
					}
					Integer firstLine = codes.putIfAbsent(cells.get(0), n + 1);
					if (firstLine != null) {
						throw new CatalogFormatException(where + ": the item code '" + cells.get(0) + "' is already on line " + firstLine
								+ "; each code has one price in a catalog: remove or rename one of the two lines");
					}
					CatalogItem item = f.createCatalogItem();
					item.setCode(cells.get(0));
					item.setDescription(cells.get(1));
					item.setUnit(cells.get(2));
					item.setCategory(cells.get(3));
					if (!cells.get(4).isEmpty()) {
						item.setUnitCost(new Money(notNegative(cells.get(4), where, "unit cost"), currency));
					}
					if (!cells.get(6).isEmpty()) {
						item.setPriceRule(PriceRule.FIXED_PRICE);
						item.setUnitPrice(new Money(notNegative(cells.get(6), where, "unit price"), currency));
					} else if (!cells.get(5).isEmpty() && item.getUnitCost() != null) {
						item.setPriceRule(PriceRule.COST_PLUS);
						item.setMarginPercent(percentBelow100(cells.get(5), where, "margin percent"));
					} else {
						// Kept without a price, so pricing names it as a missing price instead of a wrong file line.
						item.setPriceRule(PriceRule.COST_PLUS);
					}
					catalog.getItems().add(item);
				}
			}
		}
		if (currency == null) {
			throw new CatalogFormatException(source + ": no 'catalog,NAME,CURRENCY' line; is this a BidBench price catalog?");
		}
		return catalog;
	}

	/** Plain decimals only: an exponent such as 1e999999999 would make every sum with it blow up. */
	private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,6})?");

	private static BigDecimal number(String text, String where, String what) throws CatalogFormatException {
		if (!PLAIN_DECIMAL.matcher(text).matches()) {
			throw new CatalogFormatException(where + ": the " + what + " '" + abbreviate(text) + "' is not a plain decimal number"
					+ " (like 1250.50: up to 15 digits, up to 6 decimals, no exponent)");
		}
		return new BigDecimal(text);
	}

	private static BigDecimal notNegative(String text, String where, String what) throws CatalogFormatException {
		BigDecimal value = number(text, where, what);
		if (value.signum() < 0) {
			throw new CatalogFormatException(where + ": the " + what + " " + text + " is negative; prices and costs in a catalog"
					+ " are 0 or more (give a credit as a separate line of the quote)");
		}
		return value;
	}

	private static BigDecimal percentBelow100(String text, String where, String what) throws CatalogFormatException {
		BigDecimal value = number(text, where, what);
		if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) >= 0) {
			throw new CatalogFormatException(where + ": the " + what + " " + text + " % is out of range; a margin is from 0 up"
					+ " to below 100 % of the price");
		}
		return value;
	}

	private static boolean isIsoCurrency(String code) {
		try {
			java.util.Currency.getInstance(code);
			return true;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 37) + "...";
	}

	/** Comma-separated cells; a cell in double quotes may hold commas ("" is a quote). */
	private static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				cells.add(cell.toString().strip());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		cells.add(cell.toString().strip());
		return cells;
	}
}
