package org.bidbench.sales.core.tests.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bidbench.sales.core.quote.terms.AmountInWords;
import org.junit.jupiter.api.Test;

/**
 * Amounts in words for every amount a quote can hold: the words are read back to a number by
 * an independent reader in this test and must equal the figures, at every power of ten, one
 * below it, and a mixed amount of each length, up to the limit; beyond it a clear refusal.
 */
class AmountInWordsRangeTest {

	private static final String CN_DIGITS = "零壹贰叁肆伍陆柒捌玖";
	private static final Map<String, Integer> EN_ONES = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
			Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
			Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
			Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
			Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
			Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
	private static final List<String> EN_SCALES = List.of("thousand", "million", "billion", "trillion", "quadrillion",
			"quintillion", "sextillion", "septillion");

	@Test
	void everyPowerOfTenReadsBackAsItsFigures() {
		for (BigDecimal amount : amounts()) {
			assertEquals(0, amount.compareTo(readChinese(AmountInWords.chinese(amount))), amount + " -> " + AmountInWords.chinese(amount));
			assertEquals(0, amount.compareTo(readEnglish(AmountInWords.english(amount, "CNY"))),
					amount + " -> " + AmountInWords.english(amount, "CNY"));
		}
	}

	@Test
	void beyondTheLimitIsRefusedWithTheAmount() {
		BigDecimal tooLarge = new BigDecimal(AmountInWords.LIMIT);
		IllegalArgumentException zh = assertThrows(IllegalArgumentException.class, () -> AmountInWords.chinese(tooLarge));
		assertTrue(zh.getMessage().contains("too large to write out in words"), zh.getMessage());
		assertThrows(IllegalArgumentException.class, () -> AmountInWords.english(tooLarge, "IDR"));
		// 2^63 cents and more: once wrapped to a different amount in words than in figures.
		BigDecimal beyondLong = new BigDecimal(BigInteger.TWO.pow(63)).movePointLeft(2).add(new BigDecimal("12345.67"));
		assertEquals(0, beyondLong.compareTo(readChinese(AmountInWords.chinese(beyondLong))));
		assertEquals(0, beyondLong.compareTo(readEnglish(AmountInWords.english(beyondLong, "IDR"))));
	}

	private static List<BigDecimal> amounts() {
		List<BigDecimal> out = new ArrayList<>();
		for (int power = 0; power < 24; power++) {
			BigInteger p = BigInteger.TEN.pow(power);
			out.add(new BigDecimal(p));
			out.add(new BigDecimal(p.subtract(BigInteger.ONE)).add(new BigDecimal("0.99")));
			out.add(new BigDecimal(p).add(new BigDecimal("0.05")));
			// A mixed amount with zeros inside: 1020304050... cut to this length.
			String digits = "102030405060708090102030405".substring(0, power + 1);
			out.add(new BigDecimal(digits + ".70"));
		}
		out.add(new BigDecimal("-12345.67"));
		out.add(new BigDecimal("0.00"));
		return out;
	}

	/** Reads Chinese financial numerals: groups by 万 and 亿 (which combine: 万亿, 亿亿), 元 角 分. */
	static BigDecimal readChinese(String words) {
		boolean negative = words.startsWith("负");
		String w = negative ? words.substring(1) : words;
		w = w.replace("整", "");
		BigInteger yuan = BigInteger.ZERO;
		int jiao = 0;
		int fen = 0;
		int yuanAt = w.indexOf('元');
		String integer = yuanAt >= 0 ? w.substring(0, yuanAt) : "";
		String minor = yuanAt >= 0 ? w.substring(yuanAt + 1) : w;
		yuan = readChineseInteger(integer);
		for (int i = 0; i < minor.length(); i++) {
			int digit = CN_DIGITS.indexOf(minor.charAt(i));
			if (digit > 0 && i + 1 < minor.length()) {
				if (minor.charAt(i + 1) == '角') {
					jiao = digit;
				} else if (minor.charAt(i + 1) == '分') {
					fen = digit;
				}
			}
		}
		BigDecimal value = new BigDecimal(yuan).add(BigDecimal.valueOf(jiao * 10 + fen, 2));
		return negative ? value.negate() : value;
	}

	private static BigInteger readChineseInteger(String text) {
		// Each group of four digits is followed by its whole unit: 万, 亿, 万亿, 亿亿 or 万亿亿.
		Map<String, Integer> units = Map.of("万", 4, "亿", 8, "万亿", 12, "亿亿", 16, "万亿亿", 20);
		BigInteger total = BigInteger.ZERO;
		int section = 0;
		int digit = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int d = CN_DIGITS.indexOf(c);
			if (d >= 0) {
				digit = d;
			} else if (c == '万' || c == '亿') {
				int end = i;
				while (end < text.length() && (text.charAt(end) == '万' || text.charAt(end) == '亿')) {
					end++;
				}
				Integer power = units.get(text.substring(i, end));
				if (power == null) {
					throw new AssertionError("unexpected unit '" + text.substring(i, end) + "' in " + text);
				}
				total = total.add(BigInteger.valueOf(section + digit).multiply(BigInteger.TEN.pow(power)));
				section = 0;
				digit = 0;
				i = end - 1;
			} else {
				int place = switch (c) {
					case '拾' -> 10;
					case '佰' -> 100;
					case '仟' -> 1000;
					default -> throw new AssertionError("unexpected '" + c + "' in " + text);
				};
				section += digit * place;
				digit = 0;
			}
		}
		return total.add(BigInteger.valueOf(section + digit));
	}

	/** Reads "... and NN/100 Currency". */
	static BigDecimal readEnglish(String words) {
		boolean negative = words.startsWith("minus ");
		String w = negative ? words.substring(6) : words;
		int and = w.lastIndexOf(" and ");
		String integer = w.substring(0, and);
		int cents = Integer.parseInt(w.substring(and + 5, and + 7));
		BigInteger total = BigInteger.ZERO;
		int chunk = 0;
		for (String token : integer.replace('-', ' ').split(" ")) {
			if (token.equals("hundred")) {
				chunk *= 100;
			} else if (EN_SCALES.contains(token)) {
				total = total.add(BigInteger.valueOf(chunk).multiply(BigInteger.valueOf(1000).pow(EN_SCALES.indexOf(token) + 1)));
				chunk = 0;
			} else {
				Integer v = EN_ONES.get(token);
				if (v == null) {
					throw new AssertionError("unexpected '" + token + "' in " + words);
				}
				chunk += v;
			}
		}
		BigDecimal value = new BigDecimal(total.add(BigInteger.valueOf(chunk))).add(BigDecimal.valueOf(cents, 2));
		return negative ? value.negate() : value;
	}
}
