package org.bidbench.sales.core.quote.terms;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

import org.bidbench.sales.model.PaymentShare;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.SalesFactory;

/**
 * A firm's terms for its quotes, kept in the workspace as {@code terms/NAME.properties} (English)
 * and {@code terms/NAME_zh.properties} (Chinese), UTF-8:
 *
 * <pre>
 * currency = CNY
 * tax = 9
 * validity-days = 60
 * payment.1 = 30 Advance payment
 * payment.2 = 60 On delivery
 * payment.3 = 10 After acceptance
 * text.1 = Unit prices are excluding VAT; VAT at {tax}% is added on top.
 * </pre>
 *
 * {@code {tax}}, {@code {validity}} and {@code {currency}} in the text are replaced by the
 * template's own values, so the text cannot drift from the figures. A text that contradicts the
 * computation (prices "including VAT" while VAT is added) is refused when the template is read.
 *
 * The firm's letterhead comes from the same file: {@code firm.name}, {@code firm.address},
 * {@code firm.contact} (each optional).
 *
 * @param name      the template's name, {@code standard} for the built-in terms
 * @param currency  the currency its prices are in, or {@code null} for any
 * @param terms     tax, schedule, validity and text
 * @param letterhead the firm's name, address and contact lines, empty for none
 */
public record QuoteTermsTemplate(String name, String currency, QuoteTerms terms, List<String> letterhead) {

	public QuoteTermsTemplate {
		letterhead = letterhead == null ? List.of() : List.copyOf(letterhead);
	}

	/** The folder of a workspace the templates live in. */
	public static final String FOLDER = "terms";

	/** A template that cannot be used, with the file and what to fix. */
	public static final class TemplateException extends Exception {
		private static final long serialVersionUID = 1L;

		public TemplateException(String message) {
			super(message);
		}
	}

	/** BidBench's own terms: 9 % VAT added, 30/60/10, 90 days. */
	public static QuoteTermsTemplate standard(boolean chinese) {
		return new QuoteTermsTemplate("standard", null, QuoteTerms.standard(chinese), List.of());
	}

	/** The file of a template in a workspace for a language. */
	public static Path file(Path workspace, String name, boolean chinese) {
		return workspace.resolve(FOLDER).resolve(name + (chinese ? "_zh" : "") + ".properties");
	}

	/**
	 * Reads template {@code name} from the workspace's {@code terms/} folder in the language; a
	 * Chinese quote falls back to the English file only when there is no Chinese one.
	 */
	public static QuoteTermsTemplate load(Path workspace, String name, boolean chinese) throws IOException, TemplateException {
		if (!name.matches("[\\w.-]+")) {
			throw new TemplateException("terms template name '" + name + "' may hold letters, digits, '.', '_' and '-' only");
		}
		Path file = file(workspace, name, chinese);
		if (chinese && !Files.isRegularFile(file)) {
			file = file(workspace, name, false);
		}
		if (!Files.isRegularFile(file)) {
			throw new TemplateException("no terms template '" + name + "': " + file(workspace, name, chinese)
					+ " does not exist; write it (see QuoteTermsTemplate) or choose another with --terms");
		}
		return read(file, name);
	}

	/** Reads one template file. */
	public static QuoteTermsTemplate read(Path file, String name) throws IOException, TemplateException {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		BigDecimal tax = number(p, "tax", file, "9");
		int validity = number(p, "validity-days", file, "90").intValueExact();
		String currency = blankToNull(p.getProperty("currency"));
		List<QuoteTerms.MilestoneShare> schedule = new ArrayList<>();
		for (String value : numbered(p, "payment.")) {
			String[] parts = value.strip().split("\\s+", 2);
			try {
				schedule.add(new QuoteTerms.MilestoneShare(parts.length > 1 ? parts[1] : "", new BigDecimal(parts[0].replace("%", ""))));
			} catch (NumberFormatException e) {
				throw new TemplateException(file + ": payment '" + value + "' must start with its percentage, e.g. '30 Advance payment'");
			}
		}
		List<String> text = new ArrayList<>();
		for (String t : numbered(p, "text.")) {
			text.add(t.replace("{tax}", tax.stripTrailingZeros().toPlainString()).replace("{validity}", String.valueOf(validity))
					.replace("{currency}", currency == null ? "" : currency));
		}
		QuoteTerms terms;
		try {
			terms = new QuoteTerms(tax, BigDecimal.ZERO, schedule, validity, text);
		} catch (IllegalArgumentException e) {
			throw new TemplateException(file + ": " + e.getMessage());
		}
		List<String> contradictions = terms.contradictions();
		if (!contradictions.isEmpty()) {
			throw new TemplateException(file + ": the terms text contradicts the computation: " + contradictions.get(0));
		}
		List<String> letterhead = new ArrayList<>();
		for (String key : List.of("firm.name", "firm.address", "firm.contact")) {
			String v = blankToNull(p.getProperty(key));
			if (v != null) {
				letterhead.add(v);
			}
		}
		return new QuoteTermsTemplate(name, currency, terms, letterhead);
	}

	/**
	 * Saves what the revision was quoted under on it: template name, tax, discount, payment
	 * schedule, text, and the valid-until date from the validity.
	 */
	public void recordOn(Quote quote, QuoteTerms used) {
		used.recordOn(quote);
		quote.setTermsTemplate(name);
		quote.getTermsText().clear();
		quote.getTermsText().addAll(used.conditions());
		quote.getPaymentSchedule().clear();
		for (QuoteTerms.MilestoneShare m : used.milestones()) {
			PaymentShare share = SalesFactory.eINSTANCE.createPaymentShare();
			share.setName(m.name());
			share.setPercent(m.percent());
			quote.getPaymentSchedule().add(share);
		}
		if (quote.getCreatedAt() != null) {
			quote.setValidUntil(LocalDate.ofInstant(quote.getCreatedAt(), ZoneOffset.UTC).plusDays(used.validityDays()));
		}
	}

	private static List<String> numbered(Properties p, String prefix) {
		TreeMap<Integer, String> out = new TreeMap<>();
		for (String key : p.stringPropertyNames()) {
			if (key.startsWith(prefix)) {
				try {
					out.put(Integer.parseInt(key.substring(prefix.length())), p.getProperty(key));
				} catch (NumberFormatException e) {
					// Not a numbered entry: ignored like any unknown key.
				}
			}
		}
		return new ArrayList<>(out.values());
	}

	private static BigDecimal number(Properties p, String key, Path file, String otherwise) throws TemplateException {
		String v = blankToNull(p.getProperty(key));
		try {
			return new BigDecimal((v == null ? otherwise : v).replace("%", "").strip());
		} catch (NumberFormatException | ArithmeticException e) {
			throw new TemplateException(file + ": " + key + " = '" + v + "' is not a number");
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
