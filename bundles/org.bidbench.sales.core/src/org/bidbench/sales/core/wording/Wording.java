package org.bidbench.sales.core.wording;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.bidbench.sales.model.Money;

/**
 * A sentence the sales services say to a person (why a probability is what it is, what of an
 * opportunity a KPI counted, what the win model is based on), kept as a key and its arguments
 * so that it can be read in the person's language: {@link #in(Locale)} words it from
 * {@code texts.properties} (English, what the command line prints) or
 * {@code texts_<language>.properties}. Money reads with grouped digits in the locale's way,
 * instants as their UTC day and minute.
 *
 * @param key       a key of {@code texts.properties}
 * @param arguments the variable parts: strings, numbers, {@link Money}, {@link Instant}, or
 *                  other wordings
 */
public record Wording(String key, List<Object> arguments) {

	private static final String TEXTS = "org.bidbench.sales.core.wording.texts";
	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

	public Wording {
		// Arguments may be null (a contract without number): kept, and worded as "null" as before.
		arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
	}

	public static Wording of(String key, Object... arguments) {
		return new Wording(key, java.util.Arrays.asList(arguments));
	}

	/** The sentence in {@code locale}'s language, English when there is no translation. */
	public String in(Locale locale) {
		Object[] parts = new Object[arguments.size()];
		for (int i = 0; i < parts.length; i++) {
			parts[i] = format(arguments.get(i), locale);
		}
		return new MessageFormat(pattern(key, locale), locale).format(parts);
	}

	/** In English, as the command line prints it. */
	@Override
	public String toString() {
		return in(Locale.ROOT);
	}

	/**
	 * An amount as a person reads it: grouped digits, cents when there are any, and the currency
	 * (Chinese writes 元 for yuan).
	 */
	public static String money(BigDecimal amount, String currency, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
		format.setGroupingUsed(true);
		boolean cents = amount.setScale(0, RoundingMode.HALF_UP).compareTo(amount) != 0;
		format.setMinimumFractionDigits(cents ? 2 : 0);
		format.setMaximumFractionDigits(2);
		String digits = format.format(amount);
		if (currency == null || currency.isBlank()) {
			return digits;
		}
		String unit = "CNY".equals(currency) ? pattern("money.cny", locale) : currency;
		return digits + " " + unit;
	}

	private static Object format(Object argument, Locale locale) {
		if (argument instanceof Money m) {
			return m.amount() == null ? "" : money(m.amount(), m.currency(), locale);
		}
		if (argument instanceof Wording w) {
			return w.in(locale);
		}
		if (argument instanceof Instant instant) {
			return MINUTE.format(instant);
		}
		// Numbers as they are (MessageFormat would group a year or an id's digits).
		return String.valueOf(argument);
	}

	private static String pattern(String key, Locale locale) {
		ResourceBundle texts;
		try {
			// No fallback to the JVM's default locale: English is the base file, not a Chinese default.
			texts = ResourceBundle.getBundle(TEXTS, locale, Wording.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			return texts.getString(key);
		} catch (MissingResourceException e) {
			return "!" + key + "!";
		}
	}
}
