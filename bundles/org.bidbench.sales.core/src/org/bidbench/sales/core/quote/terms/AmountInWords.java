package org.bidbench.sales.core.quote.terms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An amount of money written out in words, as quotes and contracts print it under the figures so
 * that a figure cannot be altered unnoticed: Chinese financial numerals (大写, e.g.
 * 壹万贰仟叁佰肆拾伍元陆角柒分) and English words.
 */
public final class AmountInWords {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] PLACES = { "", "拾", "佰", "仟" };
    private static final String[] GROUPS = { "", "万", "亿", "万亿" };
    private static final String[] ONES = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
    private static final String[] TENS = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety" };
    private static final String[] SCALES = { "", " thousand", " million", " billion", " trillion" };

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
        long yuan = cents.longValue();
        int fraction = cents.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        int jiao = fraction / 10;
        int fen = fraction % 10;
        if (yuan > 0 || fraction == 0) {
            out.append(chineseInteger(yuan)).append('元');
        }
        if (fraction == 0) {
            return out.append('整').toString();
        }
        if (jiao > 0) {
            out.append(DIGITS[jiao]).append('角');
        } else if (yuan > 0) {
            out.append('零');
        }
        if (fen > 0) {
            out.append(DIGITS[fen]).append('分');
        } else {
            out.append('整');
        }
        return out.toString();
    }

    private static String chineseInteger(long value) {
        if (value == 0) {
            return String.valueOf(DIGITS[0]);
        }
        int[] groups = new int[GROUPS.length];
        int count = 0;
        for (long rest = value; rest > 0; rest /= 10000) {
            groups[count++] = (int) (rest % 10000);
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
        long whole = cents.longValue();
        int fraction = cents.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String name;
        try {
            name = java.util.Currency.getInstance(currency).getDisplayName(Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            name = currency;
        }
        return sign + englishInteger(whole) + " and " + String.format(Locale.ROOT, "%02d", fraction) + "/100 " + name;
    }

    private static String englishInteger(long value) {
        if (value == 0) {
            return ONES[0];
        }
        StringBuilder out = new StringBuilder();
        int scale = 0;
        for (long rest = value; rest > 0; rest /= 1000, scale++) {
            int chunk = (int) (rest % 1000);
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
