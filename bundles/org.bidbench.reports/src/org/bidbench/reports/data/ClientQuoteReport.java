package org.bidbench.reports.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bidbench.qto.ItemCharacteristics;
import org.bidbench.reports.ReportData;
import org.bidbench.reports.ReportTable;
import org.bidbench.sales.core.quote.ClientQuoteStatement;
import org.bidbench.sales.core.quote.QuoteStatement;
import org.bidbench.sales.core.quote.terms.AmountInWords;
import org.bidbench.sales.core.quote.terms.QuoteTerms;
import org.bidbench.sales.model.Opportunity;
import org.bidbench.sales.model.Quote;

/**
 * The data of the client quote ({@code client-quote}). Its lines and figures come from a
 * {@link ClientQuoteStatement}, which has no unit cost, cost or margin, so no design can print them.
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
		return data(QuoteStatement.of(quote, terms).forClient(), quote, terms, locale, customer, project);
	}

	/**
	 * The client quote of a statement: every figure printed is the statement's; the quote gives the
	 * cover (number, dates, exclusions, model) and the terms the schedule's conditions and validity.
	 *
	 * @param customer shown on the cover; null to take the opportunity's customer
	 * @param project  shown on the cover; null to take the opportunity's name
	 */
	public static ReportData data(ClientQuoteStatement statement, Quote quote, QuoteTerms terms, Locale locale, String customer,
			String project) {
		Map<String, String> labels = ReportLabels.of(locale);
		ReportData data = new ReportData().labels(labels);
		Opportunity opportunity = quote.eContainer() instanceof Opportunity o ? o : null;
		String customerName = customer != null
				? customer
				: opportunity != null && opportunity.getCustomer() != null ? opportunity.getCustomer().getName() : "";
		String projectName = project != null ? project : opportunity != null ? opportunity.getName() : "";
		boolean chinese = ReportLabels.isChinese(locale);

		ReportTable lines = new ReportTable("sectionNo", "section", "sectionSubtotal", "lineNo", "code", "description", "unit",
				"quantity", "unitPrice", "discount", "amount", "elements", "links", "characteristics");
		int lineNo = 0;
		int sectionNo = 0;
		for (ClientQuoteStatement.Section section : statement.sections()) {
			sectionNo++;
			String name = section.storey().isEmpty() ? labels.getOrDefault("general", "—") : section.storey();
			for (ClientQuoteStatement.Line line : section.lines()) {
				lines.add(sectionNo, name, section.subtotal().amount(), ++lineNo, line.code(), describe(line), line.unit(),
						line.quantity(), line.unitPrice() == null ? null : line.unitPrice().amount(),
						line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent(), line.amount().amount(),
						line.globalIds().size(), compactLinks(line.globalIds(), chinese),
						line.characteristics() == null ? "" : ItemCharacteristics.inLanguage(line.characteristics(), chinese));
			}
		}
		data.table("lines", lines);

		ReportTable milestones = new ReportTable("name", "percent", "amount");
		statement.milestones().forEach(m -> milestones.add(m.name(), m.percent(), m.amount().amount()));
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
		// The firm's letterhead (HTML), set by whoever knows the firm: empty here.
		data.text("letterhead", "");
		data.text("customer", customerName).text("project", projectName).text("quoteNumber", quote.getId())
				.text("revision", String.valueOf(quote.getRevision())).text("date", ReportLabels.date(date))
				.text("validUntil", ReportLabels.date(valid)).text("currency", statement.currency())
				.text("discountPercent", statement.discountPercent().stripTrailingZeros().toPlainString())
				.text("taxRate", statement.taxRatePercent().stripTrailingZeros().toPlainString())
				.number("linesTotal", statement.linesTotal().amount()).number("discount", statement.discount().amount().negate())
				.number("net", statement.net().amount()).number("tax", statement.tax().amount())
				.number("grandTotal", statement.grandTotal().amount())
				.text("inWords", chinese
						? ("CNY".equals(statement.currency()) ? "人民币" : statement.currency() + " ")
								+ AmountInWords.chinese(statement.grandTotal().amount())
						: AmountInWords.english(statement.grandTotal().amount(), statement.currency()))
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
	static String describe(ClientQuoteStatement.Line line) {
		String characteristics = line.characteristics() == null ? "" : line.characteristics().strip();
		String detail = java.util.Arrays.stream(line.detail().split(" / ")).map(String::strip)
				.filter(v -> !v.isEmpty() && !v.equals(characteristics) && !characteristics.contains(": " + v))
				.collect(java.util.stream.Collectors.joining(" / "));
		String description = line.description() == null ? "" : line.description();
		return detail.isEmpty() ? description : description + " · " + detail;
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
