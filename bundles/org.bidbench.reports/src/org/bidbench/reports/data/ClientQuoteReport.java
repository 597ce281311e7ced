package org.bidbench.reports.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bidbench.qto.ItemCharacteristics;
import org.bidbench.reports.ReportData;
import org.bidbench.reports.ReportTable;
import org.bidbench.sales.core.quote.QuoteAmounts;
import org.bidbench.sales.core.quote.takeoff.QuoteSections;
import org.bidbench.sales.core.quote.terms.AmountInWords;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.core.quote.terms.QuoteTotals;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;
import org.bidbench.sales.model.QuoteLine;

/**
 * The data of the client quote ({@code client-quote}). It is built from the customer-facing
 * fields only: no unit cost, cost or margin enters it, so no design can print them.
 */
public final class ClientQuoteReport {

	/** The link the workbench opens to select an element in the model. */
	public static final String SELECT_LINK = "bidbench://select/";

	private ClientQuoteReport() {
	}

	/**
	 * @param customer shown on the cover; null to take the opportunity's customer
	 * @param project  shown on the cover; null to take the opportunity's name
	 */
	public static ReportData data(Quote quote, QuoteTerms terms, Locale locale, String customer, String project) {
		Map<String, String> labels = ReportLabels.of(locale);
		ReportData data = new ReportData().labels(labels);
		Opportunity opportunity = quote.eContainer() instanceof Opportunity o ? o : null;
		String customerName = customer != null
				? customer
				: opportunity != null && opportunity.getCustomer() != null ? opportunity.getCustomer().getName() : "";
		String projectName = project != null ? project : opportunity != null ? opportunity.getName() : "";
		QuoteTotals totals = QuoteTotals.of(quote, terms);

		// Sections in order of first appearance, each with its exact subtotal.
		Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
		for (QuoteLine line : quote.getLines()) {
			subtotals.merge(section(line, labels), QuoteAmounts.amount(line).amount(), BigDecimal::add);
		}
		List<String> order = new ArrayList<>(subtotals.keySet());
		ReportTable lines = new ReportTable("sectionNo", "section", "sectionSubtotal", "lineNo", "code", "description", "unit",
				"quantity", "unitPrice", "discount", "amount", "elements", "links", "characteristics");
		int lineNo = 0;
		for (String section : order) {
			for (QuoteLine line : quote.getLines()) {
				if (!section(line, labels).equals(section)) {
					continue;
				}
				lines.add(order.indexOf(section) + 1, section, subtotals.get(section), ++lineNo, line.getCostItemCode(),
						describe(line), line.getUnit(), line.getQuantity(),
						line.getUnitPrice() == null ? null : line.getUnitPrice().amount(),
						line.getDiscountPercent() == null ? BigDecimal.ZERO : line.getDiscountPercent(),
						QuoteAmounts.amount(line).amount(), line.getGlobalIds().size(),
						compactLinks(line.getGlobalIds(), ReportLabels.isChinese(locale)),
						line.getCharacteristics() == null
								? ""
								: ItemCharacteristics.inLanguage(line.getCharacteristics(), ReportLabels.isChinese(locale)));
			}
		}
		data.table("lines", lines);

		ReportTable milestones = new ReportTable("name", "percent", "amount");
		totals.milestones().forEach(m -> milestones.add(m.name(), m.percent(), m.amount().amount()));
		data.table("milestones", milestones);
		ReportTable conditions = new ReportTable("no", "text");
		for (int i = 0; i < terms.conditions().size(); i++) {
			conditions.add(i + 1, terms.conditions().get(i));
		}
		data.table("terms", conditions);
		// What the price leaves out, in words: the client reads what is not included, not a silence.
		ReportTable exclusions = new ReportTable("text");
		quote.getExclusions().forEach(e -> exclusions.add(ExclusionWords.of(e, labels)));
		data.table("exclusions", exclusions);

		LocalDate date = quote.getCreatedAt() == null
				? LocalDate.now(ZoneOffset.UTC)
				: LocalDate.ofInstant(quote.getCreatedAt(), ZoneOffset.UTC);
		LocalDate valid = quote.getValidUntil() != null ? quote.getValidUntil() : date.plusDays(terms.validityDays());
		boolean chinese = ReportLabels.isChinese(locale);
		// The firm's letterhead (HTML), set by whoever knows the firm: empty here.
		data.text("letterhead", "");
		data.text("customer", customerName).text("project", projectName).text("quoteNumber", quote.getId())
				.text("revision", String.valueOf(quote.getRevision())).text("date", ReportLabels.date(date))
				.text("validUntil", ReportLabels.date(valid)).text("currency", quote.getCurrency())
				.text("discountPercent", totals.discountPercent().stripTrailingZeros().toPlainString())
				.text("taxRate", totals.taxRatePercent().stripTrailingZeros().toPlainString())
				.number("linesTotal", totals.linesTotal().amount()).number("discount", totals.discount().amount().negate())
				.number("net", totals.net().amount()).number("tax", totals.tax().amount())
				.number("grandTotal", totals.grandTotal().amount())
				.text("inWords", chinese
						? ("CNY".equals(quote.getCurrency()) ? "人民币" : quote.getCurrency() + " ")
								+ AmountInWords.chinese(totals.grandTotal().amount())
						: AmountInWords.english(totals.grandTotal().amount(), quote.getCurrency()))
				.text("model", quote.getLines().isEmpty() || quote.getLines().get(0).getModelSha256() == null
						? ""
						: quote.getLines().get(0).getModelSha256())
				.text("rulePack", quote.getLines().isEmpty() || quote.getLines().get(0).getRulePackName() == null
						? ""
						: quote.getLines().get(0).getRulePackName() + " " + quote.getLines().get(0).getRulePackVersion());
		return data;
	}

	/**
	 * The catalog's description, and what the take-off split the line by besides the storey and the
	 * item characteristics (e.g. the type); the characteristics (项目特征) have their own column.
	 */
	static String describe(QuoteLine line) {
		String characteristics = line.getCharacteristics() == null ? "" : line.getCharacteristics().strip();
		String detail = java.util.Arrays.stream(QuoteSections.detail(line).split(" / ")).map(String::strip)
				.filter(v -> !v.isEmpty() && !v.equals(characteristics) && !characteristics.contains(": " + v))
				.collect(java.util.stream.Collectors.joining(" / "));
		String description = line.getDescription() == null ? "" : line.getDescription();
		return detail.isEmpty() ? description : description + " · " + detail;
	}

	static String section(QuoteLine line, Map<String, String> labels) {
		String section = QuoteSections.of(line);
		return section.isEmpty() ? labels.getOrDefault("general", "—") : section;
	}

	/** The GlobalIds as HTML links, which BIRT turns into link annotations in the PDF. */
	static String links(List<String> globalIds) {
		StringBuilder html = new StringBuilder();
		for (String id : globalIds) {
			if (!html.isEmpty()) {
				html.append(' ');
			}
			html.append(link(id));
		}
		return html.toString();
	}

	/**
	 * One compact link per line: its first element, and how many more the appendix lists. A client
	 * reads prices, not lists of GlobalIds.
	 */
	static String compactLinks(List<String> globalIds, boolean chinese) {
		if (globalIds.isEmpty()) {
			return "";
		}
		// The link's text is short enough for a narrow column (a GlobalId of 22 characters is not):
		// it opens the first element; the appendix lists them all.
		int n = globalIds.size();
		String text = chinese ? n + " 个构件" : n == 1 ? "1 element" : n + " elements";
		String more = n == 1 ? "" : chinese ? "<br/>（见附录）" : "<br/>(appendix)";
		return link(globalIds.get(0), text) + more;
	}

	private static String link(String id, String text) {
		String safe = id.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
		return "<a href=\"" + SELECT_LINK + safe + "\">" + text + "</a>";
	}

	private static String link(String id) {
		String safe = id.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
		return "<a href=\"" + SELECT_LINK + safe + "\">" + safe + "</a>";
	}
}
