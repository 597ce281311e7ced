package org.bidbench.ui.demo.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Client prices as printed: currency symbol, thousands separators, two decimals. */
public final class Money {

	private Money() {
	}

	public static String format(String currency, BigDecimal amount) {
		DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		String symbol = switch (currency == null ? "" : currency) {
			case "CNY" -> "¥";
			case "EUR" -> "€";
			case "USD" -> "$";
			default -> currency + " ";
		};
		return symbol + f.format(amount);
	}
}
