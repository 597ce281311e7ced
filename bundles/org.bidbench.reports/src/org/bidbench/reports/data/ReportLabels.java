package org.bidbench.reports.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The labels of our reports in Chinese or English (by the locale's language; anything but
 * Chinese gets English), and the number and date formats printed figures use.
 */
public final class ReportLabels {

	private ReportLabels() {
	}

	/**
	 * A code in words: the label {@code prefix + code} (e.g. {@code flag.missing-quantity}), or the code
	 * itself when there is no such label (a kind a newer engine added), so that nothing is hidden.
	 */
	public static String worded(Map<String, String> labels, String prefix, String code) {
		return code == null ? "" : labels.getOrDefault(prefix + code, code);
	}

	public static boolean isChinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage());
	}

	public static Map<String, String> of(Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>(load("labels.properties"));
		if (isChinese(locale)) {
			labels.putAll(load("labels_zh.properties"));
		}
		return labels;
	}

	private static Map<String, String> load(String name) {
		Properties properties = new Properties();
		try (InputStream in = ReportLabels.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("The report labels " + name + " are missing from org.bidbench.reports");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new IllegalStateException("Cannot read the report labels " + name + ": " + e.getMessage(), e);
		}
		Map<String, String> map = new LinkedHashMap<>();
		properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
		return map;
	}

	/** Money as printed: thousands separators and the scale given, e.g. 1,234,567.80. */
	public static String money(BigDecimal amount, int scale) {
		if (amount == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("#,##0" + (scale > 0 ? "." + "0".repeat(scale) : ""),
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setParseBigDecimal(true);
		return format.format(amount.setScale(scale, RoundingMode.HALF_UP));
	}

	public static String date(LocalDate date) {
		return date == null ? "" : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
	}
}
