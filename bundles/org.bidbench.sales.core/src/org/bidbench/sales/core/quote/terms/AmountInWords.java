package org.bidbench.sales.core.quote.terms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An amount of money written out in words, as quotes and contracts print it under the figures so
 * that a figure cannot be altered unnoticed: Chinese financial numerals (大写, e.g.
 * 壹万贰仟叁佰肆拾伍元陆角柒分) and English words.
 */
public final class AmountInWords {

	private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
	private static final String[] PLACES = {"", "拾", "佰", "仟"};
	/** Groups of four digits: up to 万亿亿 (10^20), so whole amounts below 10^24. */
	private static final String[] GROUPS = {"", "万", "亿", "万亿", "亿亿", "万亿亿"};
	private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
			"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
	private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
			"ninety"};
	private static final String[] SCALES = {"", " thousand", " million", " billion", " trillion", " quadrillion",
			" quintillion", " sextillion", " septillion"};
	/**
	 * The largest whole amount written out (below 10^24, which both languages name): far beyond any
	 * quote (10^18 of a minor unit is 10^16 whole units).
	 */
	public static final BigInteger LIMIT = BigInteger.TEN.pow(24);
	private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
	private static final BigInteger THOUSAND = BigInteger.valueOf(1_000);

	private AmountInWords() {
	}

	/** Chinese financial numerals for yuan, jiao and fen, ending in 整 when there are no fen. */
	public static String chinese(BigDecimal amount) {
		BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
		StringBuilder out = new StringBuilder();
		if (cents.signum() < 0) {
			out.append('负');
			cents = cents.negate();
		}
		BigInteger yuan = whole(cents);
		int fraction = cents.remainder(BigDecimal.ONE).movePointRight(2).intValue();
		int jiao = fraction / 10;
		int fen = fraction % 10;
		if (yuan.signum() > 0 || fraction == 0) {
			out.append(chineseInteger(yuan)).append('元');
		}
		if (fraction == 0) {
			return out.append('整').toString();
		}
		if (jiao > 0) {
			out.append(DIGITS[jiao]).append('角');
		} else if (yuan.signum() > 0) {
			out.append('零');
		}
		if (fen > 0) {
			out.append(DIGITS[fen]).append('分');
		} else {
			out.append('整');
		}
		return out.toString();
	}

	/**
	 * The whole units of an amount of two decimals, refused beyond {@link #LIMIT} so that no amount
	 * is ever printed in words other than its figures.
	 */
	private static BigInteger whole(BigDecimal cents) {
		BigInteger whole = cents.toBigInteger();
		if (whole.compareTo(LIMIT) >= 0) {
			throw new IllegalArgumentException("the amount " + cents.toPlainString() + " is too large to write out in words"
					+ " (the limit is below 10^24 whole units); check the quantities and prices that add up to it");
		}
		return whole;
	}

	private static String chineseInteger(BigInteger value) {
		if (value.signum() == 0) {
			return String.valueOf(DIGITS[0]);
		}
		int[] groups = new int[GROUPS.length];
		int count = 0;
		for (BigInteger rest = value; rest.signum() > 0; rest = rest.divide(TEN_THOUSAND)) {
			groups[count++] = rest.remainder(TEN_THOUSAND).intValue();
		}
		StringBuilder out = new StringBuilder();
		boolean zeroPending = false;
		for (int g = count - 1; g >= 0; g--) {
			int group = groups[g];
			if (group == 0) {
				zeroPending = out.length() > 0;
				continue;
			}
			// A gap of zeros between two written groups (or inside the top of this one) reads as one 零.
			if (out.length() > 0 && (zeroPending || group < 1000)) {
				out.append('零');
			}
			out.append(chineseGroup(group)).append(GROUPS[g]);
			zeroPending = false;
		}
		return out.toString();
	}

	private static String chineseGroup(int group) {
		StringBuilder out = new StringBuilder();
		boolean started = false;
		boolean zero = false;
		for (int place = 3; place >= 0; place--) {
			int digit = group / (int) Math.pow(10, place) % 10;
			if (digit == 0) {
				zero = started;
			} else {
				if (zero) {
					out.append('零');
				}
				out.append(DIGITS[digit]).append(PLACES[place]);
				zero = false;
				started = true;
			}
		}
		return out.toString();
	}

	/**
	 * English words for the whole units and the minor units as a fraction, e.g. "twelve thousand
	 * three hundred forty-five and 67/100 Chinese yuan".
	 */
	public static String english(BigDecimal amount, String currency) {
		BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
		String sign = cents.signum() < 0 ? "minus " : "";
		cents = cents.abs();
		BigInteger whole = whole(cents);
		int fraction = cents.remainder(BigDecimal.ONE).movePointRight(2).intValue();
		String name;
		try {
			name = java.util.Currency.getInstance(currency).getDisplayName(Locale.ENGLISH);
		} catch (IllegalArgumentException e) {
			name = currency;
		}
		return sign + englishInteger(whole) + " and " + String.format(Locale.ROOT, "%02d", fraction) + "/100 " + name;
	}

	private static String englishInteger(BigInteger value) {
		if (value.signum() == 0) {
			return ONES[0];
		}
		StringBuilder out = new StringBuilder();
		int scale = 0;
		for (BigInteger rest = value; rest.signum() > 0; rest = rest.divide(THOUSAND), scale++) {
			int chunk = rest.remainder(THOUSAND).intValue();
			if (chunk != 0) {
				String words = englishChunk(chunk) + SCALES[scale];
				out.insert(0, out.length() == 0 ? words : words + " ");
			}
		}
		return out.toString();
	}

	private static String englishChunk(int chunk) {
		StringBuilder out = new StringBuilder();
		if (chunk >= 100) {
			out.append(ONES[chunk / 100]).append(" hundred");
			chunk %= 100;
			if (chunk > 0) {
				out.append(' ');
			}
		}
		if (chunk >= 20) {
			out.append(TENS[chunk / 10]);
			if (chunk % 10 > 0) {
				out.append('-').append(ONES[chunk % 10]);
			}
		} else if (chunk > 0) {
			out.append(ONES[chunk]);
		}
		return out.toString();
	}
}
